import type { Failure } from "@/lib/forms/form-state";
import type { TaxonomyField } from "@/lib/taxonomy/taxonomy-schemas";

// What the sections and tags actions return to their forms (see user-action-states.ts).

export type TaxonomyState = { ok: true; message: string } | Failure<TaxonomyField>;
