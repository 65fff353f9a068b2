import type { HandbookConfig } from '../schemas/config.ts';
import type { Handbook } from '../model/handbook.ts';
import { loadHandbook } from '../model/load.ts';
import { reviewStatus, type DocumentLike, type ReviewStatus } from '../dates/review-status.ts';
import { handbookDay, type ResolvedToday } from '../dates/today.ts';
import { handbookRoot } from './handbook-root.ts';
import { isActivePerson, isInUse } from '../model/status.ts';
import type { ShownState } from './status.ts';
import { coverageOf, type Coverage } from '../coverage/coverage.ts';
import { retrainingList, type Retraining } from '../reports/retraining.ts';

export interface SiteContext extends ResolvedToday {
	config: HandbookConfig;
	/** The whole handbook as the check reads it: metadata, file paths, computed relations. */
	handbook: Handbook;
}

let context: SiteContext | undefined;

/** The config, the build date and the loaded handbook, read once per build. */
export function site(): SiteContext {
	if (!context) {
		const root = handbookRoot();
		const day = handbookDay(root);
		context = { ...day, handbook: loadHandbook(root, day.config, { exampleDay: day.today }) };
	}
	return context;
}

let coverage: Coverage | undefined;

/** Who can run what on each working day of the coverage window, from the build date: computed once per build. */
export function siteCoverage(): Coverage {
	coverage ??= coverageOf(site().handbook, site().today);
	return coverage;
}

/** The config and build date alone, for the build gate, which runs before any page. */
export function buildDate(): { config: HandbookConfig } & ResolvedToday {
	return handbookDay(handbookRoot());
}

/** Who must re-learn which SOP, and by when: the list the check warns from, grouped once per build. */
export interface SiteRetraining {
	/** By person name, then by the last day. */
	list: readonly Retraining[];
	/** By SOP id, soonest first. */
	bySop: ReadonlyMap<string, readonly Retraining[]>;
	/** By person id, soonest first. */
	byPerson: ReadonlyMap<string, readonly Retraining[]>;
}

let retraining: SiteRetraining | undefined;

export function siteRetraining(): SiteRetraining {
	if (!retraining) {
		const list = retrainingList(site().handbook, site().today);
		const soonest = [...list].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
		retraining = {
			list,
			bySop: Map.groupBy(soonest, (r) => r.id),
			byPerson: Map.groupBy(soonest, (r) => r.person),
		};
	}
	return retraining;
}

/** A document's status as a reader sees it on the build date: its review status, or "owner left". */
export function statusOf(doc: DocumentLike): Omit<ReviewStatus, 'state'> & { state: ShownState } {
	const { config, today, handbook } = site();
	const status = reviewStatus(config, doc, today, config.warn_days);
	const ownerLeft = isInUse(doc) && !isActivePerson(handbook.people.get(doc.data.owner));
	return ownerLeft && (status.state === 'current' || status.state === 'due-soon')
		? { ...status, state: 'owner-left' }
		: status;
}

/** Links to a file on the git host, when the config names them. */
export function repositoryLinks(path: string): { edit?: string; history?: string } {
	const { edit_url: edit, history_url: history } = site().config.repository;
	return {
		...(edit ? { edit: edit.replace('{path}', path) } : {}),
		...(history ? { history: history.replace('{path}', path) } : {}),
	};
}
