/** One review as the git host's API returns it (GitHub's pull request reviews). */
export interface HostReview {
	/** `null` when the reviewer's account was deleted. */
	user: { login: string } | null;
	state: string;
	submitted_at?: string | null;
}

/** The reviews are not what the git host returns; says which one and why, in one line. */
export class ReviewsError extends Error {}

/** A value from the input, short and on one line, for a message. */
function show(value: unknown): string {
	// JSON.stringify gives undefined for undefined, a function or a symbol, which String spells out.
	// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the shape of the reviews JSON before anything trusts a field of it. */
export function parseReviews(text: string): HostReview[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		throw new ReviewsError(`not JSON: ${(error as Error).message.split('\n')[0]}`);
	}
	if (!Array.isArray(parsed)) throw new ReviewsError('not a list');
	return parsed.map((review: unknown, index) => {
		const which = `review ${index + 1}`;
		if (!isObject(review)) throw new ReviewsError(`${which} is ${show(review)}, not an object`);
		const { user, state, submitted_at: at } = review;
		if (
			user !== null &&
			user !== undefined &&
			!(isObject(user) && typeof user.login === 'string')
		) {
			throw new ReviewsError(`${which} has user ${show(user)}, not { "login": "..." }`);
		}
		if (typeof state !== 'string')
			throw new ReviewsError(
				`${which} has state ${state === undefined ? 'missing' : show(state)}, not a word such as "APPROVED"`,
			);
		if (at !== undefined && at !== null && typeof at !== 'string')
			throw new ReviewsError(`${which} has submitted_at ${show(at)}, not a time`);
		return {
			user: isObject(user) ? { login: user.login as string } : null,
			state,
			...(typeof at === 'string' ? { submitted_at: at } : {}),
		};
	});
}

/** Each reviewer's latest decision, by lowercase login: a later "changes requested" or dismissal cancels an approval. */
export function latestStates(reviews: readonly HostReview[]): Map<string, string> {
	const latest = new Map<string, { state: string; at: string; order: number }>();
	reviews.forEach((review, order) => {
		const login = review.user?.login.toLowerCase();
		const state = review.state.toUpperCase();
		if (!login || state === 'COMMENTED' || state === 'PENDING') return;
		const at = review.submitted_at ?? '';
		const previous = latest.get(login);
		if (!previous || at > previous.at || (at === previous.at && order > previous.order))
			latest.set(login, { state, at, order });
	});
	return new Map([...latest].map(([login, { state }]) => [login, state]));
}
