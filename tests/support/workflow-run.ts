/**
 * Runs a workflow's jobs on this machine as GitHub would run them, as far as a test can: the
 * jobs in the order their `needs` allow, each job's `if:` and each step's `if:` judged as
 * GitHub judges them, every `${{ }}` filled in from fixture values, and each `run:` step's
 * script given to `bash -e` (GitHub's default shell) in the job's folder with the step's
 * `env:`. Steps that use an action (`uses:`) are recorded, not run; so are the commands
 * the caller names (installing from the registry, the whole test suite). `gh` is a stub on
 * PATH that records its calls and answers from fixtures, so nothing reaches the network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
	chmodSync,
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { astroEnv, PROJECT } from './build-site.ts';
import {
	EXPRESSION,
	jobOrder,
	needsOf,
	stepLabel,
	type Job,
	type Step,
	type Workflow,
} from './workflows.ts';

// ---------------------------------------------------------------------------------------
// Expressions: the small part of GitHub's expression language the workflows use.

type Value = string | number | boolean | null | { [key: string]: Value };

export interface ExpressionContext {
	github: { [key: string]: Value };
	steps?: { [id: string]: Value };
	needs?: { [job: string]: Value };
	/** What `success()` and `failure()` say where the expression is: of the steps before, or of the jobs needed. */
	status?: { success: boolean; failure: boolean };
	/** The repository's secrets; one not set reads as an empty string, as on GitHub. */
	secrets?: { [name: string]: string };
}

const TOKEN =
	/\s*(\|\||&&|==|!=|!|\(|\)|'(?:[^']|'')*'|-?\d+(?:\.\d+)?|[A-Za-z_][\w-]*(?:\.[A-Za-z_*][\w-]*)*)/y;

/** Evaluates one expression, `failure() && steps.build.outcome == 'failure'`; an unknown name throws. */
export function evaluate(expression: string, context: ExpressionContext): Value {
	const tokens: string[] = [];
	TOKEN.lastIndex = 0;
	const text = expression.trim();
	while (TOKEN.lastIndex < text.length) {
		const start = TOKEN.lastIndex;
		const match = TOKEN.exec(text);
		if (!match) throw new Error(`expression not understood at "${text.slice(start)}": ${text}`);
		tokens.push(match[1]!);
	}
	let at = 0;
	const peek = () => tokens[at];
	const take = (expected?: string) => {
		const token = tokens[at++];
		if (token === undefined || (expected !== undefined && token !== expected))
			throw new Error(`expected ${expected ?? 'more'} in: ${text}`);
		return token;
	};
	const truthy = (v: Value) => v !== null && v !== false && v !== 0 && v !== '';
	const lookup = (path: string): Value => {
		const [root, ...rest] = path.split('.');
		if (root === 'secrets' && rest.length === 1) return context.secrets?.[rest[0]!] ?? '';
		let value: Value | undefined = (context as unknown as Record<string, Value | undefined>)[root!];
		for (const key of rest) {
			if (value === null || typeof value !== 'object' || !(key in value))
				throw new Error(`the test has no value for ${path} (in: ${text})`);
			value = value[key];
		}
		if (value === undefined) throw new Error(`the test has no value for ${path} (in: ${text})`);
		return value;
	};
	const primary = (): Value => {
		const token = take();
		if (token === '(') {
			const value = or();
			take(')');
			return value;
		}
		if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
		if (/^-?\d/.test(token)) return Number(token);
		if (token === 'true' || token === 'false') return token === 'true';
		if (token === 'null') return null;
		if (peek() === '(') {
			take('(');
			take(')');
			const { success = true, failure = false } = context.status ?? {};
			const status: Record<string, boolean> = { success, failure, always: true, cancelled: false };
			if (!(token in status))
				throw new Error(`the test does not know the function ${token}() (in: ${text})`);
			return status[token]!;
		}
		return lookup(token);
	};
	const comparison = (): Value => {
		const left = primary();
		if (peek() === '==' || peek() === '!=') {
			const op = take();
			const right = primary();
			// GitHub compares strings without regard to case.
			const same =
				typeof left === 'string' && typeof right === 'string'
					? left.toLowerCase() === right.toLowerCase()
					: left === right;
			return op === '==' ? same : !same;
		}
		return left;
	};
	const unary = (): Value => {
		if (peek() === '!') {
			take();
			return !truthy(unary());
		}
		return comparison();
	};
	const and = (): Value => {
		let value = unary();
		while (peek() === '&&') {
			take();
			const right = unary();
			value = truthy(value) ? right : value;
		}
		return value;
	};
	const or = (): Value => {
		let value = and();
		while (peek() === '||') {
			take();
			const right = and();
			value = truthy(value) ? value : right;
		}
		return value;
	};
	const value = or();
	if (at !== tokens.length) throw new Error(`expression not understood: ${text}`);
	return value;
}

/** `if:` as GitHub reads it: with or without `${{ }}`, and `success()` when there is none. */
function condition(text: string | undefined, context: ExpressionContext): boolean {
	const expression = (text ?? 'success()').trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
	const value = evaluate(
		/\b(success|failure|always|cancelled)\(\)/.test(expression)
			? expression
			: `success() && (${expression})`,
		context,
	);
	return value !== null && value !== false && value !== 0 && value !== '';
}

/** A text with each `${{ }}` filled in, as GitHub fills it in before anything runs. */
export function interpolate(text: string, context: ExpressionContext): string {
	return text.replace(EXPRESSION, (_whole, expression: string) => {
		const value = evaluate(expression, context);
		return value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
	});
}

// ---------------------------------------------------------------------------------------
// Running jobs.

export type Outcome = 'success' | 'failure' | 'skipped';

export interface StepRun {
	label: string;
	/** `run` for a script that ran, `uses` for an action, `not run here` for a named command. */
	kind: 'run' | 'uses' | 'not run here';
	outcome: Outcome;
	output: string;
}

export interface JobRun {
	result: Outcome;
	steps: StepRun[];
	outputs: Record<string, string>;
	/** What the job's steps wrote to `$GITHUB_STEP_SUMMARY`. */
	summary: string;
}

export interface RunOptions {
	/** The folder each job runs in (its checkout). */
	workspace: (job: string) => string;
	github: { [key: string]: Value };
	/** The runner's environment, besides what each step sets. */
	env: Record<string, string>;
	/** Commands recorded rather than run, each with the reason. */
	notRunHere: Readonly<Record<string, string>>;
	/** The repository's secrets (none set, when left out). */
	secrets?: { [name: string]: string };
}

/** Runs `workflow`'s jobs in order; returns what each did. */
export function runWorkflow(workflow: Workflow, options: RunOptions): Record<string, JobRun> {
	const results: Record<string, JobRun> = {};
	for (const key of ['env', 'defaults'] as const)
		if (key in workflow)
			throw new Error(
				`the test does not apply a workflow's ${key} yet: teach tests/support/workflow-run.ts`,
			);
	for (const name of jobOrder(workflow)) {
		const job = workflow.jobs[name]!;
		const needs = Object.fromEntries(
			needsOf(job).map((need) => [
				need,
				{ result: results[need]!.result, outputs: results[need]!.outputs },
			]),
		);
		// A job runs by default only when every job it needs succeeded; `failure()` asks whether one failed.
		const status = {
			success: needsOf(job).every((need) => results[need]!.result === 'success'),
			failure: needsOf(job).some((need) => results[need]!.result === 'failure'),
		};
		const runs = condition(job.if, { github: options.github, needs, status });
		results[name] = runs
			? runJob(job, options.workspace(name), needs, options)
			: { result: 'skipped', steps: [], outputs: {}, summary: '' };
	}
	return results;
}

function runJob(
	job: Job,
	folder: string,
	needs: { [job: string]: Value },
	options: RunOptions,
): JobRun {
	for (const key of ['env', 'defaults', 'container', 'services'] as const)
		if (key in job)
			throw new Error(
				`the test does not apply a job's ${key} yet: teach tests/support/workflow-run.ts`,
			);
	const stepFiles = mkdtempSync(join(tmpdir(), 'workflow-step-'));
	const summaryFile = join(stepFiles, 'step-summary.md');
	writeFileSync(summaryFile, '');
	const steps: { [id: string]: Value } = {};
	const ran: StepRun[] = [];
	// Each step's `$GITHUB_OUTPUT`, read back as `steps.<id>.outputs`.
	const outputFile = (index: number) => join(stepFiles, `step-${index}.output`);
	let failed = false;
	for (const [index, step] of job.steps.entries()) {
		const context: ExpressionContext = {
			github: options.github,
			needs,
			steps,
			status: { success: !failed, failure: failed },
			secrets: options.secrets ?? {},
		};
		const label = stepLabel(step);
		let run: StepRun;
		if (!condition(step.if, context))
			run = {
				label,
				kind: step.uses === undefined ? 'run' : 'uses',
				outcome: 'skipped',
				output: '',
			};
		else if (step.uses !== undefined) run = { label, kind: 'uses', outcome: 'success', output: '' };
		else if (step.run !== undefined && step.run.trim() in options.notRunHere)
			run = {
				label,
				kind: 'not run here',
				outcome: 'success',
				output: options.notRunHere[step.run.trim()]!,
			};
		else
			run = {
				label,
				kind: 'run',
				...runStep(step, context, folder, join(stepFiles, `step-${index}.sh`), {
					...options.env,
					GITHUB_STEP_SUMMARY: summaryFile,
					GITHUB_OUTPUT: outputFile(index),
				}),
			};
		if (run.outcome === 'failure') failed = true;
		if (step.id)
			steps[step.id] = {
				outcome: run.outcome,
				conclusion: run.outcome,
				outputs: stepOutputs(outputFile(index)),
			};
		ran.push(run);
	}
	const outputs = Object.fromEntries(
		Object.entries(job.outputs ?? {}).map(([key, text]) => [
			key,
			interpolate(text, { github: options.github, needs, steps }),
		]),
	);
	const summary = readFileSync(summaryFile, 'utf8');
	rmSync(stepFiles, { recursive: true, force: true });
	return { result: failed ? 'failure' : 'success', steps: ran, outputs, summary };
}

/** What a step wrote to its `$GITHUB_OUTPUT`, `name=value` a line (the one-line form; the test has no use for the other yet). */
function stepOutputs(file: string): Record<string, string> {
	if (!existsSync(file)) return {};
	const outputs: Record<string, string> = {};
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const at = line.indexOf('=');
		if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
	}
	return outputs;
}

function runStep(
	step: Step,
	context: ExpressionContext,
	folder: string,
	scriptFile: string,
	env: Record<string, string>,
): { outcome: Outcome; output: string } {
	if (step.shell !== undefined && step.shell !== 'bash')
		throw new Error(`the test runs steps with bash only, not ${step.shell}`);
	writeFileSync(scriptFile, interpolate(step.run!, context));
	const stepEnv = Object.fromEntries(
		Object.entries(step.env ?? {}).map(([key, text]) => [key, interpolate(text, context)]),
	);
	// GitHub's own invocations: `bash -e {0}` when no shell is named, stricter when bash is named.
	const bash =
		step.shell === 'bash'
			? ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile]
			: ['-e', scriptFile];
	const result = spawnSync('bash', bash, {
		cwd: join(folder, step['working-directory'] ?? ''),
		env: { ...env, ...stepEnv },
		encoding: 'utf8',
	});
	return {
		outcome: result.status === 0 ? 'success' : 'failure',
		output: `${result.stdout}${result.stderr}`,
	};
}

// ---------------------------------------------------------------------------------------
// A fixture repository: this project's code with a small handbook, as a firm's repository is.

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** A fresh temporary folder, removed after the test file. */
export function temporaryFolder(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	scratch.push(dir);
	return dir;
}

export function git(dir: string, ...args: string[]): string {
	return execFileSync(
		'git',
		[
			'-C',
			dir,
			'-c',
			'user.name=Test',
			'-c',
			'user.email=test@example.invalid',
			'-c',
			'init.defaultBranch=main',
			...args,
		],
		{ encoding: 'utf8' },
	).trim();
}

function writeFiles(root: string, files: Readonly<Record<string, string | null>>): void {
	for (const [path, text] of Object.entries(files)) {
		if (text === null) rmSync(join(root, path));
		else {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
	}
}

/**
 * A repository as a firm keeps its handbook: this project's code (its tracked files, less
 * the sample handbook and the tests) and `handbook`'s files at the root, committed on
 * `main`. Returns its folder, which the checkouts clone as their `origin`.
 */
export function handbookRepository(handbook: Readonly<Record<string, string>>): string {
	const origin = join(temporaryFolder('workflow-origin-'), 'ops-handbook');
	mkdirSync(origin);
	const tracked = execFileSync('git', ['-C', PROJECT, 'ls-files', '-z'], {
		encoding: 'utf8',
	}).split('\0');
	for (const path of tracked) {
		if (
			path === '' ||
			path.startsWith('examples/') ||
			path.startsWith('tests/') ||
			!existsSync(join(PROJECT, path))
		)
			continue;
		mkdirSync(dirname(join(origin, path)), { recursive: true });
		copyFileSync(join(PROJECT, path), join(origin, path));
		chmodSync(join(origin, path), statSync(join(PROJECT, path)).mode);
	}
	writeFiles(origin, handbook);
	git(origin, 'init', '-q');
	git(origin, 'add', '-A');
	git(origin, 'commit', '-q', '-m', 'The handbook');
	return origin;
}

/** Commits `changes` (null deletes a file) on a new branch of `origin` made from main; returns the commit. */
export function commitOnBranch(
	origin: string,
	branch: string,
	changes: Readonly<Record<string, string | null>>,
): string {
	git(origin, 'checkout', '-q', '-b', branch, 'main');
	writeFiles(origin, changes);
	git(origin, 'add', '-A');
	git(origin, 'commit', '-q', '-m', `Change on ${branch}`);
	const head = git(origin, 'rev-parse', 'HEAD');
	git(origin, 'checkout', '-q', 'main');
	return head;
}

/**
 * `origin` checked out at `ref` into `dir`, as actions/checkout leaves it with
 * `fetch-depth: 0`, with this project's node_modules where `npm ci` would have put them:
 * - `build`: hard links to its files (a moment, and no space; a copy where links cannot be
 *   made), because Astro's build follows a linked node_modules out of the checkout and
 *   loses its way;
 * - `link`: one symbolic link, enough for the handbook's commands;
 * - `none`: a checkout that is only read.
 */
export function checkout(
	origin: string,
	ref: string,
	dir: string,
	install: 'build' | 'link' | 'none',
): string {
	mkdirSync(dirname(dir), { recursive: true });
	execFileSync('git', ['clone', '-q', origin, dir]);
	git(dir, 'checkout', '-q', ref);
	const modules = join(dir, 'node_modules');
	if (install === 'link') symlinkSync(join(PROJECT, 'node_modules'), modules);
	if (install === 'build') {
		mkdirSync(modules);
		// Not the caches a run writes into: a hard-linked file written in place would change this project's own.
		const entries = readdirSync(join(PROJECT, 'node_modules')).filter(
			(name) => !name.startsWith('.') || name === '.bin' || name === '.package-lock.json',
		);
		const sources = entries.map((name) => join(PROJECT, 'node_modules', name));
		if (spawnSync('cp', ['-al', '-t', modules, ...sources]).status !== 0)
			execFileSync('cp', ['-a', '-t', modules, ...sources]);
	}
	return dir;
}

/**
 * The `gh` stand-in on PATH: a folder holding `gh`, which runs tests/support/gh-stub.ts
 * with this Node; returns the folder.
 */
export function ghStub(): string {
	const bin = temporaryFolder('workflow-bin-');
	writeFileSync(
		join(bin, 'gh'),
		`#!/usr/bin/env bash\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(import.meta.dirname, 'gh-stub.ts'))} "$@"\n`,
	);
	chmodSync(join(bin, 'gh'), 0o755);
	return bin;
}

/** One call of the `gh` stand-in. */
export interface GhCall {
	args: string[];
	/** The text of the file given as `--body-file`, when one was. */
	body: string | null;
	token: string | null;
}

export function ghCalls(log: string): GhCall[] {
	if (!existsSync(log)) return [];
	return readFileSync(log, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as GhCall);
}

/** The environment of a runner: this machine's, less the test runner's own variables, plus `extra`. */
export function runnerEnv(extra: Record<string, string>): Record<string, string> {
	// No compile cache: a runner starts without one, and a linked node_modules would put it in this project's.
	const env = astroEnv({ CI: 'true', NODE_DISABLE_COMPILE_CACHE: '1', ...extra });
	return Object.fromEntries(
		Object.entries(env).flatMap(([key, value]) => (value === undefined ? [] : [[key, value]])),
	);
}
