import type { IncomingMessage, ServerResponse } from "node:http";

export const VIEW_BEACON_PATH: string;

/** Answers a view beacon when it is one and start-up has exposed the answer; false otherwise (Next answers). */
export function answerViewBeaconDirectly(request: IncomingMessage, response: ServerResponse): boolean;

/** The answer start-up exposed (lib/views/expose-view-beacon.ts), if it has. */
export function findViewBeaconHook(): { maxBodyBytes: number; headers: Record<string, string>; flush(): Promise<void> } | undefined;
