/**
 * Errors a command reports as a one-line message and exit code 2, not as a fault in the
 * tool. They live apart from the code that throws them, so the command line can tell them
 * apart without loading that code first.
 */

/** `--root` names a folder that is not a handbook. */
export class HandbookRootError extends Error {}

/** `--today` or `HANDBOOK_TODAY` is not a calendar date. */
export class TodayError extends Error {}
