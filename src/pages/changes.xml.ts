import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { atUtcMidnight } from '../dates/calendar.ts';
import { site } from '../site/context.ts';
import { materialChangeList, roleLabelFrom } from '../site/changes.ts';
import { routeOf } from '../model/routes.ts';
import { escapeHtmlText } from '../text/html.ts';

/**
 * The "What changed" list as an RSS feed, for a team's chat or mail client. Notes are
 * text: a reader shows an item's description as HTML, so each note is escaped as HTML
 * here and then again as XML by the feed package, and arrives as the words written.
 */
export const GET: APIRoute = (context) => {
	const { handbook, today, config } = site();
	const changes = materialChangeList(handbook, today, import.meta.env.DEV);
	const base = config.site_url ?? context.site?.href ?? 'http://localhost:4321/';
	const roleLabel = roleLabelFrom(config.role_labels);
	return rss({
		title: `${config.organisation}: what changed in the SOPs`,
		description: 'Material changes to the SOPs, newest first: what changed and when.',
		site: base,
		items: changes.map((change) => ({
			title: `${change.title}: changed on ${change.date}`,
			// One item per change: the fragment keeps two changes of one SOP apart (a reader keys items by link).
			link: `${new URL(routeOf('sop', change.sopId), base).href}#changed-${change.date}`,
			pubDate: atUtcMidnight(change.date),
			description: escapeHtmlText(change.note === '' ? 'No note recorded.' : change.note),
			categories: [
				...(change.client ? [change.client.name] : []),
				...change.pods.map((pod) => pod.name),
				...change.roles.map(roleLabel),
			],
		})),
	});
};
