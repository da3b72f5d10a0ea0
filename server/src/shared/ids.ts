const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID: ids from clients are checked before they reach a query (a malformed id is simply not found). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
