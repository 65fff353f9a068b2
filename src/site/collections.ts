import { getCollection } from 'astro:content';
import { isPublished } from '../model/status.ts';

/** Drafts are readable in `astro dev` and never published by a production build. */
const published = (entry: { data: { status: string } }) => isPublished(entry, import.meta.env.DEV);

export const publishedSops = () => getCollection('sops', published);
export const publishedPrinciples = () => getCollection('principles', published);
export const publishedTraining = () => getCollection('training', published);
