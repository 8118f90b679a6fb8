import { MAX_PAGE } from "./published-content";

export type PageParam = { kind: "page"; page: number } | { kind: "first" } | { kind: "invalid" };

/**
 * Reads the n of a …/page/n address: a whole number from 2 up. Page 1 has the
 * listing's own address (callers redirect to it); anything else is not found.
 */
export function parsePageParam(value: string | undefined): PageParam {
  if (value === undefined) return { kind: "page", page: 1 };
  if (!/^[1-9][0-9]{0,4}$/.test(value)) return { kind: "invalid" };
  const page = Number(value);
  if (page === 1) return { kind: "first" };
  return page <= MAX_PAGE ? { kind: "page", page } : { kind: "invalid" };
}
