import type { Handbook } from '../model/handbook.ts';
import type { Kind } from '../model/kinds.ts';
import { count } from '../text/plural.ts';
import type { PlainDate } from '../schemas/date.ts';
import { spanOf, type Coverage, type CoverageGap } from './coverage.ts';

/** A coverage gap in words, with the entry to open to fix it: the same sentence in the report, the JSON and on the site. */
export interface GapInWords {
	kind: CoverageGap['kind'];
	/** What is uncovered, in plain text. */
	what: string;
	/** What to do about it. */
	fix: string;
	/** The entry that fixes it. */
	target: { kind: Kind; id: string; title: string };
	from: string;
	to: string;
	/** Working days uncovered (for a single BPA: none yet, the risk is standing). */
	days: number;
	people: string[];
}

/** How a gap is written: for authors (the check, the report: ISO dates, the field to change), or for readers of the site (days as people say them, no field names). */
export interface GapWording {
	span: (run: { from: PlainDate; to: PlainDate }) => string;
	readers: boolean;
}

const FOR_AUTHORS: GapWording = { span: spanOf, readers: false };

export function gapInWords(
	handbook: Handbook,
	gap: CoverageGap,
	{ span, readers }: GapWording = FOR_AUTHORS,
): GapInWords {
	const name = (id: string) => handbook.people.get(id)?.data.name ?? id;
	const names = (ids: readonly string[]) => ids.map(name).join(', ');
	switch (gap.kind) {
		case 'sop-part':
			return {
				kind: gap.kind,
				what: gap.untrained
					? `No one active is trained for the ${gap.label} part of "${gap.sop.data.title}".`
					: `No one can run the ${gap.label} part of "${gap.sop.data.title}" on ${span(gap.run)} (${count(gap.run.days, 'working day')}): ${names(gap.run.out)} ${gap.run.out.length === 1 ? 'is' : 'are all'} out.`,
				fix: gap.untrained
					? `Train someone who holds the ${gap.label} role${readers ? ' on it' : ' and record them under trained (or trained_roles)'}.`
					: `Move one of the absences, or cross-train another ${gap.label}${readers ? ' on it' : ' and record them under trained'}.`,
				target: { kind: 'sop', id: gap.sop.id, title: gap.sop.data.title },
				from: gap.run.from,
				to: gap.run.to,
				days: gap.run.days,
				people: gap.run.out,
			};
		case 'client-csas':
			return {
				kind: gap.kind,
				what: `${gap.client.data.name} has no CSA in on ${span(gap.run)} (${count(gap.run.days, 'working day')}): ${names(gap.run.out)} ${gap.run.out.length === 1 ? 'is' : 'are both'} out.`,
				fix: readers
					? 'Move one of the absences, or name another CSA to cover it in the hand-off note and as its backup CSA.'
					: 'Move one of the absences, or name another CSA to cover in the hand-off note and as backup_csa.',
				target: { kind: 'client', id: gap.client.id, title: gap.client.data.name },
				from: gap.run.from,
				to: gap.run.to,
				days: gap.run.days,
				people: gap.run.out,
			};
		case 'pod-lead':
			return {
				kind: gap.kind,
				what: `${gap.pod.data.name} has no lead on ${span(gap.run)} (${count(gap.run.days, 'working day')}): ${name(gap.lead)} is out and no acting lead is named.`,
				fix: readers
					? `Name an acting lead for ${name(gap.lead)}'s time off.`
					: `Name an acting lead on ${name(gap.lead)}'s absence: acting_lead: <person id>.`,
				target: { kind: 'person', id: gap.lead, title: name(gap.lead) },
				from: gap.run.from,
				to: gap.run.to,
				days: gap.run.days,
				people: [gap.lead],
			};
		case 'single-bpa':
			return {
				kind: gap.kind,
				what:
					gap.bpa === undefined
						? `${gap.client.data.name} has no active BPA for the BPA part of ${count(gap.sops.length, 'SOP')}.`
						: `${gap.client.data.name} has one BPA (${name(gap.bpa)}) and no backup BPA for the BPA part of ${count(gap.sops.length, 'SOP')}: when ${name(gap.bpa)} is out, no one enters its bills.`,
				fix: readers
					? 'Cross-train another BPA on the client and name them as its backup BPA.'
					: 'Cross-train another BPA on the client and list them under backup_bpas.',
				target: { kind: 'client', id: gap.client.id, title: gap.client.data.name },
				from: '',
				to: '',
				days: 0,
				people: gap.bpa === undefined ? [] : [gap.bpa],
			};
	}
}

/** Coverage as data for scripts: the report's JSON and the site's handbook.json carry exactly this. */
export interface CoverageData {
	as_of: string;
	weeks: number;
	/** Every SOP in use, by role part: who can run it as of today. */
	sops: {
		id: string;
		single_point: boolean;
		parts: { role: string; label: string; people: string[] }[];
	}[];
	/** Every gap in the window, worst first. */
	gaps: (Omit<GapInWords, 'target'> & { target: { kind: string; id: string } })[];
}

export function coverageData(handbook: Handbook, coverage: Coverage): CoverageData {
	return {
		as_of: coverage.today,
		weeks: handbook.config.coverage_weeks,
		sops: coverage.sops.map((s) => ({
			id: s.sop.id,
			single_point: s.singlePoint,
			parts: s.parts.map((p) => ({
				role: p.role,
				label: p.label,
				people: p.runners.map((r) => r.person),
			})),
		})),
		gaps: coverage.gaps.map((g) => {
			const words = gapInWords(handbook, g);
			return { ...words, target: { kind: words.target.kind, id: words.target.id } };
		}),
	};
}
