import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/content-policy/pipeline.ts';
import { markdownToMdast } from '../../src/import/markdown.ts';
import { sectionOf, toHandbookFile, type Shaping } from '../../src/import/to-sop.ts';
import { configSchema } from '../../src/schemas/config.ts';

const config = configSchema.parse({});
const shaping: Shaping = {
	kind: 'sop',
	sections: config.sop_sections,
	synonyms: config.heading_synonyms,
	route: () => undefined,
	picture: () => undefined,
	pictureFolder: 'x.files',
	people: { owner: 'ana-silva', backup: 'ben-ode', approvers: ['cara-wu'] },
	today: '2026-11-22',
};

async function shape(markdown: string) {
	const converted = await markdownToMdast(markdown);
	return toHandbookFile(converted.tree, converted.title, 'Fallback', shaping, converted.dropped);
}

describe('making a converted document an SOP', () => {
	it('reads headings as the configured sections through the default synonyms, ignoring case, numbering and colons', () => {
		const { sections, synonyms } = shaping;
		expect(
			[
				'Overview',
				'1. Background:',
				'PROCEDURE',
				'How to',
				'Who to call',
				'Escalation path',
				'Booking steps',
				'Notes',
			].map((h) => sectionOf(h, sections, synonyms)),
		).toEqual([
			'Purpose',
			'Purpose',
			'Steps',
			'Steps',
			'Escalation',
			'Escalation',
			'Steps',
			undefined,
		]);
	});

	it('puts the sections in the configured order, each with the headings that followed it', async () => {
		const { text, sections } = await shape(
			'# T\n\n## Contacts\n\nCall Ana.\n\n## Procedure\n\nStep 1: A.\n\nStep 2: B.\n\n### Notes\n\nN.\n\n## Overview\n\nWhy.\n',
		);
		expect(sections).toEqual({
			found: ['Purpose', 'Steps', 'Escalation'],
			missing: ['When to use'],
		});
		expect(text.slice(text.indexOf('## '))).toBe(
			'## Purpose\n\nWhy.\n\n## When to use\n\nTODO: write this section.\n\n## Steps\n\n1. A.\n2. B.\n\n### Notes\n\nN.\n\n## Escalation\n\nCall Ana.\n',
		);
	});

	it('leaves numbers that do not run on as they were', async () => {
		const { text } = await shape(
			'# T\n\n## Steps\n\n2020: the year it began.\n\nStep 1: A.\n\nStep 3: C.\n',
		);
		expect(text).toContain('2020: the year it began.\n\n1. A.\n\nStep 3: C.\n');
	});

	it('escapes what MDX would read as code, so the page compiles and says what was written', async () => {
		const { text } = await shape(
			'# T\n\nUse {client} and a < b, and 3 <4 or <b>bold</b>, <x-y>.\n',
		);
		const body = text.slice(text.indexOf('\n---\n') + 5);
		expect(() => parseBody(body, 'mdx')).not.toThrow();
		expect(body).toContain('Use \\{client} and a \\< b, and 3 \\<4 or **bold**');
	});

	it('masks a card number split across marks once the text is written out', async () => {
		const { text, masked } = await shape('# T\n\nCard: **4111** 1111 1111 1111 on file.\n');
		expect(text.replace(/[\s*-]/g, '')).not.toContain('4111111111111111');
		expect(masked).toEqual(['1111']);
	});
});
