import type { Training } from '../schemas/training.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import { isDraft, isInUse } from '../model/status.ts';

export interface TrackStep {
	module: Entry<Training>;
	/** SOPs the module teaches, with a reading time from their length. */
	sops: { id: string; title: string; minutes: number }[];
}

export interface Track {
	id: string;
	name: string;
	steps: TrackStep[];
	minutes: number;
}

const WORDS_PER_MINUTE = 200;

/** Minutes to read a document body, rounded up, at least one. */
export function readingMinutes(body: string | undefined): number {
	const words = (body ?? '').split(/\s+/).filter(Boolean).length;
	return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** Every onboarding track in use, its modules in order, and what each asks you to read. */
export function onboardingTracks(
	handbook: Handbook,
	names: Record<string, string>,
	includeDrafts: boolean,
): Track[] {
	const modules = [...handbook.training.values()].filter(
		(m) => isInUse(m) || (includeDrafts && isDraft(m)),
	);
	// Tracks in the order the config names them, then any others alphabetically.
	const order = Object.keys(names);
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	const ids = [...new Set(modules.flatMap((m) => m.data.track))].sort(
		(a, b) => rank(a) - rank(b) || a.localeCompare(b),
	);
	return ids.map((id) => {
		const steps = modules
			.filter((m) => m.data.track.includes(id))
			.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
			.map((module) => ({
				module,
				sops: module.data.sops.flatMap((sopId) => {
					const sop = handbook.sops.get(sopId);
					return sop && isInUse(sop)
						? [{ id: sopId, title: sop.data.title, minutes: readingMinutes(sop.file.body) }]
						: [];
				}),
			}));
		const minutes = steps.reduce(
			(sum, s) =>
				sum + s.module.data.duration_minutes + s.sops.reduce((t, sop) => t + sop.minutes, 0),
			0,
		);
		return { id, name: names[id] ?? id.toUpperCase(), steps, minutes };
	});
}

/** `1 h 45 min`, `40 min`. */
export function duration(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}
