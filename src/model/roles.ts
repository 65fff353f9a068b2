import type { HandbookConfig } from '../schemas/config.ts';

type RoleConfig = Pick<HandbookConfig, 'roles' | 'role_labels'>;

/**
 * How readers see a role: its label from `role_labels`, else its id in capitals when it is
 * three letters or fewer (`csa` → `CSA`), else with a capital first letter and spaces for
 * hyphens (`pod-lead` → `Pod lead`).
 */
export function roleLabel(config: RoleConfig, id: string): string {
	const label = config.role_labels[id];
	if (label) return label;
	if (id.length <= 3) return id.toUpperCase();
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Several roles as readers see them, in the order given: `CSA, Approver`. */
export function roleLabels(config: RoleConfig, ids: readonly string[]): string {
	return ids.map((id) => roleLabel(config, id)).join(', ');
}

/**
 * The role a step's bold label names, by its configured label or its id, ignoring case
 * and a trailing colon inside the bold (`**BPA:**`); undefined when it names none.
 */
export function roleOfLabel(config: RoleConfig, text: string): string | undefined {
	const wanted = text.trim().replace(/:$/, '').trim().toLowerCase();
	if (wanted === '') return undefined;
	return config.roles.find((id) => roleLabel(config, id).toLowerCase() === wanted || id === wanted);
}
