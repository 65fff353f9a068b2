/** Sorts by a string key, the way people read lists. */
export function byText<T>(key: (item: T) => string) {
	return (a: T, b: T) => key(a).localeCompare(key(b), 'en');
}
