import type { HandbookConfig } from '../schemas/config.ts';

type RoleConfig = Pick<HandbookConfig, 'roles' | 'role_labels'> &
	Partial<Pick<HandbookConfig, 'client_roles'>>;

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
 * and a trailing colon inside the bold (`**BPA:**`): one of the firm's roles, else one of
 * the client's side (`client_roles`); undefined when it names none.
 */
export function roleOfLabel(config: RoleConfig, text: string): string | undefined {
	const wanted = text.trim().replace(/:$/, '').trim().toLowerCase();
	if (wanted === '') return undefined;
	const firm = config.roles.find(
		(id) => roleLabel(config, id).toLowerCase() === wanted || id === wanted,
	);
	if (firm !== undefined) return firm;
	return Object.entries(config.client_roles ?? {}).find(
		([id, label]) => label.toLowerCase() === wanted || id === wanted,
	)?.[0];
}
