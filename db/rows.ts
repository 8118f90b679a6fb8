/**
 * The rows of a raw `db.execute(sql...)` result, whichever driver ran it:
 * postgres-js answers with an array of rows, PGlite with `{ rows }`. The row
 * type is the caller's promise about its own select list.
 */
export function rowsOf<Row>(result: unknown): Row[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
}
