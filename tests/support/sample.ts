import { join } from 'node:path';
import { loadConfig } from '../../src/model/load.ts';
import { SAMPLE_FOLDER } from '../../src/paths.ts';
import { PROJECT } from './build-site.ts';

/**
 * The sample handbook the tool ships, Ledgerline Bill Pay, at its own root: the tests
 * that read a whole real handbook read this one, by name, never whatever handbook the
 * project holds (a firm's, once `init` has run).
 */
export const SAMPLE_ROOT = join(PROJECT, SAMPLE_FOLDER);

/** The day the sample's review dates were written against. */
export const SAMPLE_AS_OF = loadConfig(SAMPLE_ROOT).config.sample_as_of!;
