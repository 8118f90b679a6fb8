import { isValidSlug } from "@/lib/slug";

/**
 * Whether a slug from an address or a query string is worth looking up
 * (undefined: no filter). One that no story, section, tag or person could
 * have (slugs are letters, marks and digits joined by single hyphens:
 * lib/slug.ts) finds nothing without asking the database, which refuses some
 * such values (a NUL character) with an error rather than an empty answer.
 */
export function isLookupSlug(slug: string | undefined): boolean {
  return slug === undefined || isValidSlug(slug);
}
