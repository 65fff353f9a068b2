import { at, type Rule } from '../engine/rule.ts';
import { edited } from './utils/base-handbook.ts';

export const clientNoBackup: Rule = {
	id: 'client/no-backup',
	severity: 'error',
	description: 'An active client has no backup_csa, or it is the csa.',
	why: 'Every client has a second CSA who knows the account, so a sick day or a holiday does not stop its bills.',
	fix: 'Name a different CSA, from the same pod, under `backup_csa`.',
	examples: {
		fails: [
			{
				title: 'no backup CSA',
				files: edited('src/content/clients/acme.yaml', ['backup_csa: ben-ode\n', '']),
				message: 'client "acme" has no backup_csa to cover it when ana-silva is out.',
			},
			{
				title: 'the CSA as their own backup',
				files: edited('src/content/clients/acme.yaml', [
					'backup_csa: ben-ode',
					'backup_csa: ana-silva',
				]),
				message: 'backup_csa is the same person as csa ("ana-silva").',
			},
		],
		passes: [
			{
				title: 'a second CSA from the same pod',
				files: edited('src/content/clients/acme.yaml', [
					'backup_csa: ben-ode',
					'backup_csa: ben-ode',
				]),
			},
		],
	},
	*check({ handbook }) {
		for (const client of handbook.clients.values()) {
			const { status, csa, backup_csa: backup } = client.data;
			if (status !== 'active') continue;
			if (backup === undefined) {
				yield at(
					client.file,
					['csa'],
					`client "${client.id}" has no backup_csa to cover it when ${csa} is out.`,
					'Name a CSA from the same pod:\nbackup_csa: <their id>',
				);
			} else if (backup === csa) {
				yield at(
					client.file,
					['backup_csa'],
					`backup_csa is the same person as csa ("${csa}").`,
					'Name a different CSA from the same pod:\nbackup_csa: <their id>',
				);
			}
		}
	},
};
