import { kindSpec } from '../model/kinds.ts';
import type { Candidate, Requirement } from './requirements.ts';

export interface Decision {
	requirement: Requirement;
	/** Who gave the approval, when someone did. */
	approvedBy?: Candidate;
	/** Why it is not approved, in words, when it is not. */
	reason?: string;
}

/**
 * Whether each requirement is met: an approval still standing (`states`, by lowercase
 * login) from one of its candidates, who is neither the pull request's author nor excluded.
 */
export function decide(
	requirements: readonly Requirement[],
	states: ReadonlyMap<string, string>,
	author: string,
): Decision[] {
	const self = author.toLowerCase();
	return requirements.map((requirement) => {
		const eligible = requirement.candidates.filter(
			(c) => c.login && c.login !== self && !requirement.excluded.includes(c.id),
		);
		const approvedBy = eligible.find((c) => states.get(c.login!) === 'APPROVED');
		if (approvedBy) return { requirement, approvedBy };
		return { requirement, reason: reasonFor(requirement, eligible) };
	});
}

/** What the requirement asks for, in words; empty for a plain change to a controlled document. */
function needs(requirement: Requirement): string {
	switch (requirement.basis) {
		case 'control':
			return 'a change to anything but a controlled document needs a supervisor of the base branch, unless approvals_free in the config lists it';
		case 'unreadable':
			return 'its approvers cannot be read, so it needs a supervisor of the base branch';
		case 'new-document':
			return `a new ${requirement.document ? kindSpec(requirement.document.kind).noun : 'document'} needs one of its approvers who holds the approver role on the base branch`;
		case 'approvers':
			return requirement.change === 'deleted'
				? 'deleting it needs one of its approvers on the base branch'
				: '';
	}
}

function reasonFor(requirement: Requirement, eligible: Candidate[]): string {
	const what = needs(requirement);
	const then = (and: string, tail: string) => (what ? `${what}, ${and} ${tail}` : tail);
	const supervised = requirement.basis === 'control' || requirement.basis === 'unreadable';
	if (requirement.candidates.length === 0) {
		if (supervised) return then('and', 'there is none');
		return then(
			'but',
			requirement.basis === 'new-document'
				? 'it names none'
				: 'it names no approvers on the base branch',
		);
	}
	if (eligible.length === 0)
		return then(
			'but',
			`${supervised ? 'the only supervisors' : 'its only approvers'} are the author or have no github handle`,
		);
	const handles = eligible.map((c) => `@${c.login}`).join(', ');
	return then(
		'and',
		`none of ${supervised ? 'the supervisors' : 'its approvers'} (${handles}) has approved the pull request`,
	);
}
