import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { loadConfig } from '../src/model/load.ts';

const ROOT = join(import.meta.dirname, '..');
const { config } = loadConfig(ROOT, 'YYYY-MM-DD');

describe('the sample handbook', () => {
	it('states the day its review dates were written against', () => {
		expect(config.sample_as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('has no errors as of that day, so npm start builds it on any later date', () => {
		const { report } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('is judged against the date given, like any handbook: a year on, its reviews are overdue', () => {
		const { report } = checkHandbook({ root: ROOT, today: '2027-12-01' });
		expect(report.diagnostics.some((d) => d.rule === 'review/overdue')).toBe(true);
	});

	it('has the content a new hire learns from', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const people = [...handbook.people.values()];
		const clients = [...handbook.clients.values()];
		const activeSops = [...handbook.sops.values()].filter((s) => s.data.status === 'active');
		const inTrack = (track: string) => [...handbook.training.values()].filter((t) => t.data.track.includes(track));
		expect([...handbook.principles.values()].filter((p) => p.data.order !== undefined)).toHaveLength(13);
		expect([...handbook.principles.values()].filter((p) => p.data.plus_one)).toHaveLength(1);
		expect(handbook.pods.size).toBeGreaterThanOrEqual(3);
		expect(people.length).toBeGreaterThanOrEqual(12);
		for (const role of ['csa', 'bpa', 'approver', 'supervisor'])
			expect(
				people.some((p) => p.data.roles.includes(role)),
				role,
			).toBe(true);
		expect(people.some((p) => !p.data.active)).toBe(true);
		expect(clients.length).toBeGreaterThanOrEqual(8);
		expect(new Set(clients.map((c) => c.data.platform))).toEqual(new Set(['qbo', 'sage-intacct']));
		expect(clients.some((c) => c.data.industry === 'law firm')).toBe(true);
		expect(activeSops.length).toBeGreaterThanOrEqual(20);
		expect(inTrack('csa').length).toBeGreaterThanOrEqual(5);
		expect(inTrack('bpa').length).toBeGreaterThanOrEqual(5);
		expect(handbook.docs.has('reference/glossary')).toBe(true);
	});

	it('gives every active SOP the sections a reader expects', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		for (const sop of handbook.sops.values()) {
			if (sop.data.status !== 'active') continue;
			for (const heading of ['## Purpose', '## When to use', '## Steps', '## Escalation']) {
				expect(sop.file.body?.split('\n'), `${sop.file.path} lacks ${heading}`).toContain(heading);
			}
		}
	});
});

describe('the sample handbook history', () => {
	it('carries material changes with notes, one backup inside the re-training window and none past it', () => {
		const { handbook, report } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const material = [...handbook.sops.values()].flatMap((sop) => sop.data.reviews.filter((r) => r.change === 'material'));
		expect(material.length).toBeGreaterThanOrEqual(5);
		expect(material.every((r) => (r.note ?? '').trim().length > 20)).toBe(true);
		const retrain = report.diagnostics.filter((d) => d.rule === 'training/retrain');
		expect(retrain.map((d) => d.message.split(' ')[0])).toEqual(['priya-raman']);
		expect(report.diagnostics.filter((d) => d.rule === 'backup/old-version')).toEqual([]);
	});
});
