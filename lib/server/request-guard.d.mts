import type { IncomingMessage, ServerResponse } from "node:http";

export type Refusal = { status: number; headers: Record<string, string>; body: string };

/** What the production server answers instead of Next, or null to let Next answer (request-guard.mjs says why). */
export function refuseRequest(request: { method?: string; url?: string }): Refusal | null;

/** Answers the request when it must be refused; true when it was. */
export function answerRefusedRequest(request: IncomingMessage, response: ServerResponse): boolean;
