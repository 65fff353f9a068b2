import { plainDate, type PlainDate } from '../schemas/date.ts';

/** The calendar day that `instant` falls on in `timeZone`. */
export function dateInTimeZone(instant: Date, timeZone: string): PlainDate {
	const fields = new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).formatToParts(instant);
	const get = (type: string) => fields.find((part) => part.type === type)?.value ?? '';
	return plainDate(`${get('year')}-${get('month')}-${get('day')}`);
}
