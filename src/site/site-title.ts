/**
 * The handbook's name as the header of every page shows it: the organisation's name from
 * the config, then "Handbook". The home page's title is the same name, so a reader meets
 * the handbook under one name.
 */
export function siteTitle(organisation: string): string {
	return `${organisation} Handbook`;
}
