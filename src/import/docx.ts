import mammoth from 'mammoth';
import { htmlToMdast, type Converted } from './html.ts';

/** A Word document's pictures, by the name its converted text links them with. */
export type Pictures = Map<string, Uint8Array>;

const EXTENSIONS: Record<string, string> = {
	'image/png': 'png',
	'image/jpeg': 'jpg',
	'image/gif': 'gif',
	'image/webp': 'webp',
};

/** Thrown when a file is not a Word document mammoth can read; the message says so in words. */
export class UnreadableDocument extends Error {}

/**
 * A `.docx` (from Word or Google Docs' Word export) to Markdown's tree, by mammoth: its
 * headings, lists and tables as HTML, then through the same conversion as HTML exports.
 * Pictures are kept aside under `image1.png`, ... for the import to copy.
 */
export async function docxToMdast(bytes: Uint8Array): Promise<Converted & { pictures: Pictures }> {
	const pictures: Pictures = new Map();
	const dropped = new Map<string, number>();
	let html: string;
	try {
		const result = await mammoth.convertToHtml(
			{ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
			{
				externalFileAccess: false,
				convertImage: mammoth.images.imgElement(async (image) => {
					const ext = EXTENSIONS[image.contentType];
					if (!ext) {
						const what = `a picture of type ${image.contentType}`;
						dropped.set(what, (dropped.get(what) ?? 0) + 1);
						return { src: '' };
					}
					const name = `image${pictures.size + 1}.${ext}`;
					pictures.set(name, new Uint8Array(await image.readAsBuffer()));
					return { src: name };
				}),
			},
		);
		html = result.value;
	} catch (error) {
		const detail =
			error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : String(error);
		throw new UnreadableDocument(
			`is not a Word document that can be read (${detail}); open it in Word and save it again as .docx.`,
		);
	}
	const converted = await htmlToMdast(`<body>${html}</body>`);
	return {
		...converted,
		dropped: [
			...converted.dropped,
			...[...dropped].map(([w, n]) => (n === 1 ? w : `${w} (${n} times)`)),
		],
		pictures,
	};
}
