/** Files at a handbook root, by path from the root, that commands read besides `src/`. */

/** The handbook config. */
export const CONFIG_FILE = 'handbook.config.yaml';

/** The review routing GitHub reads, written by `codeowners` and compared by the check. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/** Files a page may link to by path, served as they are. */
export const PUBLIC_DIR = 'public';

/** Where the sample handbook lives in the tool's repository: Ledgerline Bill Pay, a handbook root of its own. */
export const SAMPLE_FOLDER = 'examples/ledgerline';
