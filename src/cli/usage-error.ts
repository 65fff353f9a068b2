/** A command that cannot run as asked: exit code 2, a message, and nothing changed. */
export class UsageError extends Error {}

export function fail(message: string): never {
	throw new UsageError(message);
}
