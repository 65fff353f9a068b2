import type { APIRoute } from 'astro';
import { site, siteRetraining, statusOf } from '../site/context.ts';
import { controlledDocuments } from '../model/handbook.ts';
import { routeOf } from '../model/routes.ts';
import { coverageOf } from '../coverage/coverage.ts';
import { coverageData } from '../coverage/describe.ts';
import { sopMaintenance } from '../reports/sop-maintenance.ts';
import { kpiSeries } from '../reports/kpi-results.ts';
import { sopsServing, sortedKpis } from '../site/kpis.ts';

/**
 * Every document's metadata and computed review status as of the build date, for
 * notifiers and dashboards outside the site. Drafts are left out of a production build.
 */
export const GET: APIRoute = () => {
	const { handbook, config, today } = site();
	const documents = controlledDocuments(handbook)
		.filter((doc) => import.meta.env.DEV || doc.data.status !== 'draft')
		.map((doc) => {
			// The state every page shows: "owner-left" for a document in use whose owner has left, never "current".
			const status = statusOf(doc);
			return {
				id: doc.id,
				kind: doc.kind,
				title: doc.data.title,
				url: routeOf(doc.kind, doc.id),
				file: doc.file.path,
				status: doc.data.status,
				review: {
					state: status.state,
					cycle: status.cycle,
					last_reviewed: doc.data.last_reviewed,
					due: status.due,
					days_left: status.daysLeft,
				},
				owner: doc.data.owner,
				approvers: doc.data.approvers,
				...(doc.kind === 'sop'
					? {
							backup: doc.data.backup ?? null,
							client: doc.data.client ?? null,
							principles: doc.data.principles,
							kpis: doc.data.kpis,
							superseded_by: doc.data.superseded_by ?? null,
						}
					: {}),
				...(doc.kind === 'training'
					? {
							track: doc.data.track,
							order: doc.data.order,
							duration_minutes: doc.data.duration_minutes,
						}
					: {}),
				...(doc.kind === 'principle'
					? { order: doc.data.order ?? null, plus_one: doc.data.plus_one === true }
					: {}),
			};
		});
	const body = {
		organisation: config.organisation,
		as_of: today,
		warn_days: config.warn_days,
		documents,
		people: [...handbook.people.values()].map((p) => ({ id: p.id, ...p.data })),
		clients: [...handbook.clients.values()].map((c) => ({ id: c.id, ...c.data })),
		pods: [...handbook.pods.values()].map((p) => ({ id: p.id, ...p.data })),
		coverage: coverageData(handbook, coverageOf(handbook, today)),
		// `results` as the supervisor recorded them; `series`, each figure's results read against its target, with the periods missing.
		kpis: sortedKpis(handbook).map((k) => ({
			id: k.id,
			url: routeOf('kpi', k.id),
			...k.data,
			sops: sopsServing(handbook, k.id).map((s) => s.id),
			series: kpiSeries(k.data, today),
		})),
		sop_maintenance: sopMaintenance(handbook, today),
		// Who must re-learn which SOP and by when, as in report --format json.
		retrain: siteRetraining().list,
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json' },
	});
};
