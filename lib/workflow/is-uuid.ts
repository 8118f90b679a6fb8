const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from requests; anything but a UUID names no row (and must not reach PostgreSQL's uuid parser). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
