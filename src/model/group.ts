/**
 * Appends `item` to the list under `key`, starting the list when there is none: for items
 * filed under several keys each (an SOP under each person it names). Items with one key
 * each are grouped with `Map.groupBy`.
 */
export function addTo<K, T>(map: Map<K, T[]>, key: K, item: T): void {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}
