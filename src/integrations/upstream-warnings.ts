/** A message from the bundler, as Rolldown hands it to `build.rolldownOptions.onLog`. */
export interface BundlerLog {
	code?: string | undefined;
	message: string;
}

/**
 * Whether a bundler message is a known upstream warning that says nothing about this
 * project, so the build leaves it out of its log. Today there is one:
 *
 * Astro starts every compiled MDX module with the directive `"use astro:head-inject"`, and
 * Rolldown warns, once for every MDX file, that it may not keep a module-level directive
 * when bundling: over 600 lines of a 670-line build log for the sample handbook. Open
 * upstream as https://github.com/withastro/astro/issues/18087; remove this case when it
 * is fixed. Any other directive, or any other warning, is still printed.
 */
export function isKnownUpstreamWarning(level: string, log: BundlerLog): boolean {
	return (
		level === 'warn' &&
		log.code === 'MODULE_LEVEL_DIRECTIVE' &&
		log.message.includes('"use astro:head-inject"')
	);
}
