import { coverageOf, type Coverage } from '../../coverage/coverage.ts';
import type { RuleContext } from '../../engine/rule.ts';
import { edited } from './base-handbook.ts';

/** The coverage model, computed once per check and shared by the coverage rules. */
const cache = new WeakMap<RuleContext, Coverage>();

export function coverage(context: RuleContext): Coverage {
	let found = cache.get(context);
	if (!found) {
		found = coverageOf(context.handbook, context.today);
		cache.set(context, found);
	}
	return found;
}

/** Base-handbook people files with time off added. */
export const away = (file: 'ana-silva' | 'ben-ode', absences: string) =>
	edited(`src/content/people/${file}.yaml`, [
		'pod: east\n',
		`pod: east\nout_of_office:\n${absences}`,
	]);
