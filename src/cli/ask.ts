import { createInterface } from 'node:readline/promises';
import type { Flags } from './options.ts';
import { fail } from './usage-error.ts';

/** A value a command asks for in a terminal when its flag is left out. */
export interface Question {
	flag: string;
	question: string;
	required: boolean;
	/** Several values, comma-separated. */
	many?: boolean;
	/** What is wrong with an answer, said before asking again; undefined when it is fine. */
	refuse?: (value: string) => string | undefined;
}

/** The questions as flags: each one answered on the command line by `--<flag>`, its question the flag's help. */
export function questionFlags(questions: readonly Question[]): Flags {
	return Object.fromEntries(
		questions.map((q) => [
			q.flag,
			{
				type: 'string',
				multiple: q.many === true,
				help: `${q.question}${q.many ? '; or give the flag once for each' : ''}${q.required ? '; required' : ''}.`,
			},
		]),
	);
}

/** The values of a flag or an answer: comma-separated for a question of many, else the one value. */
export function valuesOf(
	question: Question,
	given: string | readonly string[] | undefined,
): string[] {
	const raw = given === undefined ? [] : typeof given === 'string' ? [given] : [...given];
	return (question.many ? raw.flatMap((v) => v.split(',')) : raw)
		.map((v) => v.trim())
		.filter(Boolean);
}

/**
 * Asks, in a terminal, each question the flags left unanswered, in order, until a required
 * one is answered and every answer passes its `refuse`. Lines are read as they come, so
 * answers typed ahead are kept; Ctrl+D cancels and nothing is written.
 */
export async function askInTerminal(
	questions: readonly Question[],
	answers: Map<string, string[]>,
): Promise<void> {
	const prompt = createInterface({ input: process.stdin, terminal: false });
	const lines = prompt[Symbol.asyncIterator]();
	try {
		for (const q of questions) {
			while (!answers.has(q.flag)) {
				process.stdout.write(`${q.question}: `);
				const next = await lines.next();
				if (next.done) {
					process.stdout.write('\n');
					fail('cancelled; nothing was written.');
				}
				const values = valuesOf(q, next.value);
				if (values.length === 0) {
					if (!q.required) break;
					continue;
				}
				const refused = values.map((v) => q.refuse?.(v)).find((r) => r !== undefined);
				if (refused) process.stdout.write(`${refused}\n`);
				else answers.set(q.flag, values);
			}
		}
	} finally {
		prompt.close();
	}
}
