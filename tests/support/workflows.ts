import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { PROJECT } from './build-site.ts';

/** A step of a GitHub Actions job, as far as the tests read it. */
export interface Step {
	name?: string;
	id?: string;
	uses?: string;
	run?: string;
	if?: string;
	env?: Record<string, string>;
	with?: Record<string, string | number | boolean>;
	'working-directory'?: string;
	shell?: string;
}

export interface Job {
	'runs-on': string;
	needs?: string | string[];
	if?: string;
	permissions?: Record<string, string>;
	outputs?: Record<string, string>;
	environment?: { name: string; url?: string };
	steps: Step[];
	env?: Record<string, string>;
}

/** A workflow as GitHub reads it. */
export interface Workflow {
	name: string;
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress': boolean };
	jobs: Record<string, Job>;
}

export const WORKFLOWS = join(PROJECT, '.github', 'workflows');

/** The file names of every workflow the project has. */
export function workflowFiles(): string[] {
	return readdirSync(WORKFLOWS)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort();
}

export function readWorkflow(file: string): Workflow {
	return load(readFileSync(join(WORKFLOWS, file), 'utf8')) as Workflow;
}

/** How a run page names a step: its name, else its command's first line, else the action. */
export function stepLabel(step: Step): string {
	return step.name ?? step.run?.split('\n')[0] ?? step.uses ?? '(a step with nothing to do)';
}

/** An expression GitHub fills in before the shell sees the script: `${{ github.base_ref }}`. */
export const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/** The jobs' names in the order GitHub can run them: each after the jobs it needs. */
export function jobOrder(workflow: Workflow): string[] {
	const order: string[] = [];
	const visit = (name: string, path: string[]) => {
		if (order.includes(name)) return;
		if (path.includes(name))
			throw new Error(`jobs need each other in a cycle: ${[...path, name].join(' → ')}`);
		for (const need of needsOf(workflow.jobs[name]!)) visit(need, [...path, name]);
		order.push(name);
	};
	for (const name of Object.keys(workflow.jobs)) visit(name, []);
	return order;
}

export function needsOf(job: Job): string[] {
	return job.needs === undefined ? [] : typeof job.needs === 'string' ? [job.needs] : job.needs;
}
