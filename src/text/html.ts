const HTML_TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text made safe to place inside an HTML element: it reads as the same words and can carry no markup. */
export function escapeHtmlText(text: string): string {
	return text.replace(/[&<>]/g, (c) => HTML_TEXT_ESCAPES[c]!);
}
