import { describe, expect, it } from 'vitest';
import { KINDS } from '../src/model/kinds.ts';
import { PROJECT } from './support/build-site.ts';
import { missingPages } from './support/kind-pages.ts';

describe('every kind of the registry has its pages', () => {
	it('a list and a page per entry, so no link the check accepts leads nowhere', () => {
		expect(missingPages(PROJECT, KINDS)).toEqual([]);
	});

	it('names the page files a kind without them lacks', () => {
		expect(
			missingPages(PROJECT, [
				{ kind: 'system', folder: 'systems', nested: false },
				{ kind: 'runbook', folder: 'runbooks', nested: true },
			]),
		).toEqual([
			'src/pages/systems/index.astro',
			'src/pages/systems/[id].astro',
			'src/pages/runbooks/index.astro',
			'src/pages/runbooks/[...id].astro',
		]);
	});
});
