import type { PlainDate } from '../schemas/date.ts';
import type { StatusReport } from './status-report.ts';
import { count } from '../text/plural.ts';

/**
 * What a chat message about the weekly report says: counts only. No title, name or note
 * from content reaches a chat channel, so nothing there can mention, link or mislead; the
 * details are one click away, in the tracking issue.
 */
export interface ChatCounts {
	today: PlainDate;
	reviews_overdue: number;
	reviews_due_soon: number;
	/** People who must re-train on at least one SOP. */
	retrain_people: number;
	/** Of them, those with a re-training past its last day. */
	retrain_overdue_people: number;
	gaps: number;
	coverage_weeks: number;
	single_points: number;
}

export function chatCounts(report: StatusReport): ChatCounts {
	const overdue = report.reviews.filter((r) => r.state === 'overdue').length;
	return {
		today: report.today,
		reviews_overdue: overdue,
		reviews_due_soon: report.reviews.length - overdue,
		retrain_people: new Set(report.retrain.map((r) => r.person)).size,
		retrain_overdue_people: new Set(
			report.retrain.filter((r) => r.state === 'overdue').map((r) => r.person),
		).size,
		gaps: report.gaps.length,
		coverage_weeks: report.coverage_weeks,
		single_points: report.single_points.length + report.thin_clients.length,
	};
}

/** `Handbook status, 2026-11-22: reviews 1 overdue, 3 due soon; 2 people to re-train (1 past the last day); ...` */
export function chatSummary(c: ChatCounts): string {
	const retrain = `${count(c.retrain_people, 'person', 'people')} to re-train${c.retrain_overdue_people > 0 ? ` (${c.retrain_overdue_people} past the last day)` : ''}`;
	return `Handbook status, ${c.today}: reviews ${c.reviews_overdue} overdue, ${c.reviews_due_soon} due soon; ${retrain}; ${count(c.gaps, 'coverage gap')} in the next ${c.coverage_weeks} weeks; ${count(c.single_points, 'single point')} of failure.`;
}

/** Text for Slack's mrkdwn: `&`, `<` and `>` are the characters it reads as markup. */
export function slackEscape(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Slack incoming-webhook message: the summary and a link to the report. */
export function slackPayload(c: ChatCounts, issueUrl?: URL): { text: string } {
	// The address goes inside <...|...>: a `|` would end it early, so it is percent-encoded.
	const link = issueUrl
		? ` <${slackEscape(issueUrl.href.replace(/\|/g, '%7C'))}|Open the report>`
		: '';
	return { text: `${slackEscape(chatSummary(c))}${link}` };
}

/**
 * A Microsoft Teams message for a Workflows webhook ("Post to a channel when a webhook
 * request is received"), which takes Adaptive Cards only: a title, the counts as facts and
 * a button to the report.
 */
export function teamsPayload(c: ChatCounts, issueUrl?: URL) {
	return {
		type: 'message',
		attachments: [
			{
				contentType: 'application/vnd.microsoft.card.adaptive',
				contentUrl: null,
				content: {
					$schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
					type: 'AdaptiveCard',
					version: '1.4',
					body: [
						{
							type: 'TextBlock',
							text: `Handbook status, ${c.today}`,
							weight: 'Bolder',
							size: 'Medium',
							wrap: true,
						},
						{
							type: 'FactSet',
							facts: [
								{ title: 'Reviews overdue', value: String(c.reviews_overdue) },
								{ title: 'Reviews due soon', value: String(c.reviews_due_soon) },
								{
									title: 'People to re-train',
									value:
										c.retrain_overdue_people > 0
											? `${c.retrain_people} (${c.retrain_overdue_people} past the last day)`
											: String(c.retrain_people),
								},
								{ title: `Coverage gaps, next ${c.coverage_weeks} weeks`, value: String(c.gaps) },
								{ title: 'Single points of failure', value: String(c.single_points) },
							],
						},
					],
					actions: issueUrl
						? [{ type: 'Action.OpenUrl', title: 'Open the report', url: issueUrl.href }]
						: [],
				},
			},
		],
	};
}
