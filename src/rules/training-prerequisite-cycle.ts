import { at, type Rule } from '../engine/rule.ts';
import { edited } from './utils/base-handbook.ts';

/** A second module of the CSA track, which needs the first. */
const SECOND_WEEK =
	'---\ntitle: Second week\nowner: ana-silva\napprovers: [cara-wu]\nlast_reviewed: 2026-09-01\ntrack: [csa]\norder: 2\nduration_minutes: 30\nprerequisites: [csa/first-week]\n---\n\nRun a bill run with your lead.\n';

export const trainingPrerequisiteCycle: Rule = {
	id: 'training/prerequisite-cycle',
	severity: 'error',
	description: 'Training prerequisites go round in a circle.',
	why: 'A new hire works through a track in order; with prerequisites in a circle, no module in the circle could ever be started.',
	fix: "Remove one link of the circle from a module's `prerequisites`.",
	examples: {
		fails: [
			{
				title: 'two modules that each need the other first',
				files: {
					...edited('src/content/training/csa/first-week.mdx', [
						'order: 1\n',
						'order: 1\nprerequisites: [csa/second-week]\n',
					]),
					'src/content/training/csa/second-week.mdx': SECOND_WEEK,
				},
				message:
					'prerequisites go round in a circle: csa/first-week → csa/second-week → csa/first-week, so no one could ever start.',
			},
		],
		passes: [
			{
				title: 'the second week needs the first',
				files: { 'src/content/training/csa/second-week.mdx': SECOND_WEEK },
			},
		],
	},
	*check({ handbook }) {
		const prerequisitesOf = (id: string) => handbook.training.get(id)?.data.prerequisites ?? [];
		/** A path of prerequisites from `start` that leads back to `start`, if there is one. */
		const circleFrom = (start: string): string[] | undefined => {
			const seen = new Set<string>();
			const walk = (trail: string[]): string[] | undefined => {
				for (const next of prerequisitesOf(trail[trail.length - 1]!)) {
					if (next === start) return [...trail, next];
					if (seen.has(next)) continue;
					seen.add(next);
					const found = walk([...trail, next]);
					if (found) return found;
				}
				return undefined;
			};
			return walk([start]);
		};
		const reported = new Set<string>();
		for (const module of handbook.training.values()) {
			const circle = circleFrom(module.id);
			if (!circle) continue;
			const key = [...new Set(circle)].sort().join(' ');
			if (reported.has(key)) continue;
			reported.add(key);
			const index = module.data.prerequisites.indexOf(circle[1]!);
			yield at(
				module.file,
				['prerequisites', index],
				`prerequisites go round in a circle: ${circle.join(' → ')}, so no one could ever start.`,
				`Remove "${circle[1]}" from the prerequisites of ${module.id}, or break the circle further along.`,
			);
		}
	},
};
