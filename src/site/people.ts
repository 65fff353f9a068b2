import { PLATFORMS } from '../schemas/client.ts';
import type { Handbook } from '../model/handbook.ts';
import { routeOf } from '../model/routes.ts';

export const PLATFORM_NAMES: Record<(typeof PLATFORMS)[number], string> = {
	qbo: 'QuickBooks Online',
	'sage-intacct': 'Sage Intacct',
	xero: 'Xero',
	netsuite: 'NetSuite',
	other: 'Other',
};

/** A person's name and page link, for lists; ids without a file show as written. */
export function personLink(
	handbook: Handbook,
	id: string,
): { id: string; name: string; href: string } {
	return { id, name: handbook.people.get(id)?.data.name ?? id, href: routeOf('person', id) };
}
