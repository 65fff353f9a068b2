import { absenceOn } from '../model/away.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import { routeOf } from '../model/routes.ts';
import { isActivePerson } from '../model/status.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { PlainDate } from '../schemas/date.ts';
import type { Person } from '../schemas/person.ts';
import { roleLabel } from './kpis.ts';

/** One person as the contact sheet shows them. */
export interface Contact {
	id: string;
	name: string;
	href: string;
	/** Their roles by the config's labels: `CSA, Approver`. */
	roles: string;
	pod?: { name: string; href: string };
	email?: string;
	phone?: string;
	/** A `tel:` address: the phone's digits and a leading `+`, nothing else. */
	tel?: string;
	reach?: string;
	/** Out of office on the day the sheet is built: until when, and who leads the pod meanwhile. */
	away?: { to: PlainDate; acting?: { name: string; href: string } };
}

export interface PodLeadContact extends Contact {
	podId: string;
	podName: string;
}

export interface ContactSheet {
	podLeads: PodLeadContact[];
	/** The config's `escalation_roles`, in its order, each with its active people. */
	escalation: Array<{ role: string; label: string; people: Contact[] }>;
	supervisors: Contact[];
	approvers: Contact[];
}

function contact(
	handbook: Handbook,
	config: HandbookConfig,
	person: Entry<Person>,
	today: PlainDate,
): Contact {
	const { data } = person;
	const pod = data.pod ? handbook.pods.get(data.pod) : undefined;
	const absence = absenceOn(person, today);
	const acting = absence?.acting_lead ? handbook.people.get(absence.acting_lead) : undefined;
	const tel = data.phone?.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
	return {
		id: person.id,
		name: data.name,
		href: routeOf('person', person.id),
		roles: data.roles.map((r) => roleLabel(config, r)).join(', '),
		...(pod ? { pod: { name: pod.data.name, href: routeOf('pod', pod.id) } } : {}),
		...(data.email ? { email: data.email } : {}),
		...(data.phone ? { phone: data.phone } : {}),
		...(tel ? { tel: `tel:${tel}` } : {}),
		...(data.reach ? { reach: data.reach } : {}),
		...(absence
			? {
					away: {
						to: absence.to,
						...(acting
							? { acting: { name: acting.data.name, href: routeOf('person', acting.id) } }
							: {}),
					},
				}
			: {}),
	};
}

/** Who to reach when an SOP's escalation names a role: pod leads, the config's escalation roles, supervisors and approvers, active people only, by name. */
export function contactSheet(
	handbook: Handbook,
	config: HandbookConfig,
	today: PlainDate,
): ContactSheet {
	const active = [...handbook.people.values()]
		.filter((p) => isActivePerson(p))
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
	const withRole = (role: string) =>
		active
			.filter((p) => p.data.roles.includes(role))
			.map((p) => contact(handbook, config, p, today));
	const podLeads = [...handbook.pods.values()]
		.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'))
		.flatMap((pod) => {
			const lead = pod.data.lead ? handbook.people.get(pod.data.lead) : undefined;
			return lead && isActivePerson(lead)
				? [{ ...contact(handbook, config, lead, today), podId: pod.id, podName: pod.data.name }]
				: [];
		});
	const escalation = config.escalation_roles.map((role) => ({
		role,
		label: roleLabel(config, role),
		people: withRole(role),
	}));
	return {
		podLeads,
		escalation,
		supervisors: withRole('supervisor'),
		approvers: withRole('approver'),
	};
}
