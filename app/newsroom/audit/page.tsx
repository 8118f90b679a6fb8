import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass, inputClass, labelClass } from "@/components/forms/form-feedback";
import { getDb } from "@/db/client";
import type { AuditRow } from "@/db/queries/audit-log-search";
import { auditSearch, parseAuditParams, type RawSearchParams } from "@/lib/audit/audit-params";
import { listAuditFilterOptions, searchAuditLog } from "@/lib/audit/search-audit-log";
import { requirePermission } from "@/lib/auth/session";
import { getNewsroomTimeZone } from "@/lib/newsroom/newsroom-time-zone";

export const metadata: Metadata = { title: "Audit log" };

function targetHref(entry: AuditRow): string | null {
  if (entry.targetType === "article" && entry.targetId) return `/newsroom/stories/${entry.targetId}/workflow`;
  if (entry.targetType === "user" && entry.targetId) return `/newsroom/people/${entry.targetId}`;
  return null;
}

function detailsText(details: Record<string, unknown> | null): string {
  if (!details) return "";
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("audit.read", { path: "/newsroom/audit" });
  const params = parseAuditParams(await searchParams);
  const db = await getDb();
  const timeZone = await getNewsroomTimeZone(db);
  const [page, options] = [await searchAuditLog(db, user, params, timeZone), await listAuditFilterOptions(db, user)];
  const entries = page?.entries ?? [];
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone });
  const filtered = Boolean(params.actor || params.action || params.targetType || params.targetId || params.from || params.to);
  return (
    <>
      <h1 className="mb-1 font-serif text-3xl font-bold">Audit log</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        Every workflow step, publication, correction, role change, deactivation and refused attempt, newest first. Nobody can edit or delete it.
        Times are in the newsroom&rsquo;s time zone ({timeZone}).
      </p>
      <form method="get" className="mb-6 grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the audit log">
        <div>
          <label htmlFor="audit-actor" className={labelClass}>Who</label>
          <select id="audit-actor" name="actor" defaultValue={params.actor ?? ""} className={inputClass}>
            <option value="">Anyone</option>
            {options.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>{actor.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className={labelClass}>Action</label>
          <select id="audit-action" name="action" defaultValue={params.action ?? ""} className={inputClass}>
            <option value="">Any action</option>
            {options.actions.map((action) => (
              <option key={action} value={action}>{action}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-target-type" className={labelClass}>Target type</label>
          <select id="audit-target-type" name="targetType" defaultValue={params.targetType ?? ""} className={inputClass}>
            <option value="">Any</option>
            {options.targetTypes.map((type) => (
              <option key={type} value={type}>{type}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-target-id" className={labelClass}>Target id</label>
          <input id="audit-target-id" name="targetId" defaultValue={params.targetId ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-from" className={labelClass}>From</label>
          <input id="audit-from" name="from" type="date" defaultValue={params.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className={labelClass}>To</label>
          <input id="audit-to" name="to" type="date" defaultValue={params.to ?? ""} className={inputClass} />
        </div>
        <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className={buttonClass}>Filter</button>
          {filtered && (
            <Link href="/newsroom/audit" className="underline underline-offset-4">
              Clear filters
            </Link>
          )}
        </div>
      </form>
      {entries.length === 0 ? (
        <p className="text-stone-600 dark:text-stone-400">{filtered ? "No entries match these filters." : "The audit log is empty."}</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Audit entries, newest first</caption>
          <thead>
            <tr className="border-b-2 border-stone-800 dark:border-stone-300">
              <th scope="col" className="py-2 pr-4">When</th>
              <th scope="col" className="py-2 pr-4">Who</th>
              <th scope="col" className="py-2 pr-4">Action</th>
              <th scope="col" className="py-2 pr-4">Target</th>
              <th scope="col" className="py-2 pr-4">From → to</th>
              <th scope="col" className="py-2">Note and details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const href = targetHref(entry);
              return (
                <tr key={entry.id} className="border-b border-stone-200 align-top dark:border-stone-800">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{format.format(entry.createdAt)}</time>
                  </td>
                  <td className="py-2 pr-4">{entry.actorName ?? (entry.actorId ? "Unknown" : "System")}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{entry.action}</td>
                  <td className="py-2 pr-4 text-xs">
                    {entry.targetType}
                    {entry.targetId && (
                      <>
                        {" "}
                        {href ? (
                          <Link href={href} className="break-all underline underline-offset-4">{entry.targetId}</Link>
                        ) : (
                          <span className="break-all">{entry.targetId}</span>
                        )}
                      </>
                    )}
                  </td>
                  <td className="py-2 pr-4 text-xs">{entry.fromValue || entry.toValue ? `${entry.fromValue ?? "—"} → ${entry.toValue ?? "—"}` : ""}</td>
                  <td className="py-2 text-xs">
                    {entry.note && <p className="whitespace-pre-wrap">{entry.note}</p>}
                    <p className="break-all text-stone-600 dark:text-stone-400">{detailsText(entry.details)}</p>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {page?.nextBefore && (
        <p className="mt-4">
          <Link href={`/newsroom/audit${auditSearch(params, { before: page.nextBefore })}`} className="underline underline-offset-4">
            Older entries
          </Link>
        </p>
      )}
    </>
  );
}
