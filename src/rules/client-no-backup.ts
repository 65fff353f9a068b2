import { at, type Rule } from '../engine/rule.ts';

export const clientNoBackup: Rule = {
	id: 'client/no-backup',
	severity: 'error',
	description: 'An active client has no backup_csa, or it is the csa.',
	*check({ handbook }) {
		for (const client of handbook.clients.values()) {
			const { status, csa, backup_csa: backup } = client.data;
			if (status !== 'active') continue;
			if (backup === undefined) {
				yield at(client.file, ['csa'], `client "${client.id}" has no backup_csa to cover it when ${csa} is out.`, 'Name a CSA from the same pod:\nbackup_csa: <their id>');
			} else if (backup === csa) {
				yield at(client.file, ['backup_csa'], `backup_csa is the same person as csa ("${csa}").`, 'Name a different CSA from the same pod:\nbackup_csa: <their id>');
			}
		}
	},
};
