import type { Rule } from '../engine/rule.ts';

export const clientNoSop: Rule = {
	id: 'client/no-sop',
	severity: 'error',
	description: 'An active client has no active SOP.',
	why: 'Be replaceable by design: a client whose work is written down nowhere can be served only by the people who remember it.',
	fix: 'Write its SOPs under `src/content/sops/clients/<client-id>/` with `client: <client-id>`.',
	examples: {
		fails: [
			{
				title: 'a new client with no SOP yet',
				files: {
					'src/content/clients/zeta.yaml':
						'name: Zeta Dental\npod: east\ncsa: ben-ode\nbackup_csa: ana-silva\nplatform: qbo\n',
				},
				message:
					'client "zeta" (Zeta Dental) is active but has no active SOP, so nobody else could pick it up.',
			},
		],
		passes: [
			{
				title: 'a client that has left',
				files: {
					'src/content/clients/zeta.yaml':
						'name: Zeta Dental\npod: east\ncsa: ben-ode\nbackup_csa: ana-silva\nplatform: qbo\nstatus: offboarded\n',
				},
			},
		],
	},
	*check({ handbook }) {
		const covered = new Set<string>();
		for (const sop of handbook.sops.values()) {
			if (sop.data.status === 'active' && sop.data.client) covered.add(sop.data.client);
		}
		for (const client of handbook.clients.values()) {
			if (client.data.status !== 'active' || covered.has(client.id)) continue;
			yield {
				file: client.file.path,
				line: 1,
				column: 1,
				message: `client "${client.id}" (${client.data.name}) is active but has no active SOP, so nobody else could pick it up.`,
				hint: `Write its SOPs under src/content/sops/clients/${client.id}/ with\nclient: ${client.id}`,
			};
		}
	},
};
