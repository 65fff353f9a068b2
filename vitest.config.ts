import { defineConfig } from 'vitest/config';

/**
 * Every test runs with the clock in Kiribati (UTC+14); the date-sensitive ones run a
 * second time in American Samoa (UTC-11), so a date that shifted by a day would show.
 */
export default defineConfig({
	test: {
		testTimeout: 60_000,
		projects: [
			{
				test: {
					name: 'UTC+14',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/browser/**'],
					env: { TZ: 'Pacific/Kiritimati' },
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					env: { TZ: 'Pacific/Kiritimati' },
					hookTimeout: 180_000,
				},
			},
			{
				test: {
					name: 'UTC-11',
					include: ['tests/dates.test.ts', 'tests/rules/review.test.ts'],
					env: { TZ: 'Pacific/Pago_Pago' },
				},
			},
		],
	},
});
