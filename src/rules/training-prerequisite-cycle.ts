import { at, type Rule } from '../engine/rule.ts';

export const trainingPrerequisiteCycle: Rule = {
	id: 'training/prerequisite-cycle',
	severity: 'error',
	description: 'Training prerequisites go round in a circle.',
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
