import { z } from 'astro/zod';

/** Lowercase kebab-case: `maria-lopez`, `acme-dental`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A document id is a path of kebab-case parts: `clients/acme-dental/weekly-bill-run`. */
export const DOCUMENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** The id of a person, pod, client, principle or role: the file name without `.yaml`. */
export const entityId = z.string().regex(ID_PATTERN, { error: 'not-an-id' });

/** The id of an SOP or training module: its path under `sops/` or `training/`, no extension. */
export const documentId = z.string().regex(DOCUMENT_ID_PATTERN, { error: 'not-a-document-id' });
