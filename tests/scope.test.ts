import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { affectedFiles } from '../src/engine/scope.ts';
import { editSop, TODAY, writeHandbook } from './support/handbook.ts';

const KPI = 'src/content/kpis/client-response.yaml';
const SOP = 'src/content/sops/clients/acme/bill-run.mdx';

describe('check --changed', () => {
	it('re-checks the SOPs that name a KPI when the KPI file changes', () => {
		const root = writeHandbook({
			[KPI]: 'name: Client response\nrole: csa\ntarget: Answer within 24 business hours.\nmeasure: Sampled monthly.\n',
			...editSop('principles: [verify-first]', 'principles: [verify-first]\nkpis: [client-response]'),
		});
		const { handbook } = checkHandbook({ root, today: TODAY });
		expect([...affectedFiles(handbook, new Set([KPI]), new Set())!].sort()).toEqual([KPI, SOP]);
	});
});
