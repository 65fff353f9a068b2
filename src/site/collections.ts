import { getCollection } from 'astro:content';
import { isPublished } from '../model/status.ts';

/** Drafts are readable in `astro dev` and never published by a production build. */
const published = (entry: { data: { status: string } }) => isPublished(entry, import.meta.env.DEV);

export const publishedSops = () => getCollection('sops', published);
export const publishedPrinciples = () => getCollection('principles', published);
export const publishedTraining = () => getCollection('training', published);

/** Sorts by a string key, the way people read lists. */
export function byText<T>(key: (item: T) => string) {
	return (a: T, b: T) => key(a).localeCompare(key(b), 'en');
}
