import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { selectPublicationSettings } from "@/db/queries/settings";
import { auditLog, publicationSettings } from "@/db/schema";
import { getPublicSite } from "@/lib/public/published-content";
import { getSiteUrl } from "@/lib/public/syndication-urls";
import { getPublicationSettingsForAdmin } from "@/lib/settings/get-publication-settings-for-admin";
import { updatePublicationSettings } from "@/lib/settings/update-publication-settings";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createUser, type User } from "../support/factories";

// The publication's settings as admins change them: what is saved, what is
// refused (every bad field at once, nothing saved), a form opened before
// someone else saved, and the record in the audit log.

let testDb: TestDatabase;
let admin: User;

const VALID = {
  name: "Cambodian Press Collective",
  nameKm: "សមូហភាពសារព័ត៌មានកម្ពុជា",
  tagline: "Independent reporting from Cambodia",
  taglineKm: "",
  siteUrl: "https://news.example.org/",
  timezone: "asia/phnom_penh",
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  admin = await createUser(testDb.db, { role: "admin" });
});

afterAll(async () => {
  await testDb?.close();
});

beforeEach(async () => {
  await testDb.db.delete(publicationSettings);
});

async function currentVersion(): Promise<string> {
  return (await selectPublicationSettings(testDb.db))?.updatedAt.toISOString() ?? "";
}

describe("updatePublicationSettings", () => {
  it("creates the settings on a database that has none, as the public site then shows them", async () => {
    const result = await updatePublicationSettings(testDb.db, { ...VALID, savedVersion: "" }, { actorId: admin.id });
    expect(result).toMatchObject({ ok: true, changed: ["name", "nameKm", "tagline", "taglineKm", "siteUrl", "timezone"] });
    expect(await selectPublicationSettings(testDb.db)).toMatchObject({ name: VALID.name, siteUrl: "https://news.example.org", timezone: "Asia/Phnom_Penh" });
    expect(await getPublicSite(testDb.db, "km")).toMatchObject({ name: VALID.nameKm, tagline: VALID.tagline });
    expect(await getSiteUrl(testDb.db)).toBe("https://news.example.org");
  });

  it("records what changed, from what to what, in the audit log; saving the same values again changes nothing", async () => {
    await updatePublicationSettings(testDb.db, { ...VALID, savedVersion: "" }, { actorId: admin.id });
    const version = await currentVersion();
    const recorded = async () => testDb.db.select().from(auditLog).where(eq(auditLog.action, "settings.updated")).orderBy(desc(auditLog.id));
    const entriesBefore = (await recorded()).length;
    const result = await updatePublicationSettings(testDb.db, { ...VALID, tagline: "Reporting that lasts", savedVersion: version }, { actorId: admin.id });
    expect(result).toMatchObject({ ok: true, changed: ["tagline"] });
    const [entry] = await recorded();
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "settings", details: { changed: ["tagline"], from: { tagline: VALID.tagline }, to: { tagline: "Reporting that lasts" } } });

    const again = await updatePublicationSettings(testDb.db, { ...VALID, tagline: "Reporting that lasts", savedVersion: await currentVersion() }, { actorId: admin.id });
    expect(again).toMatchObject({ ok: true, changed: [] });
    expect(await recorded()).toHaveLength(entriesBefore + 1);
  });

  it("refuses every bad field at once, with a message for each, and saves nothing", async () => {
    await updatePublicationSettings(testDb.db, { ...VALID, savedVersion: "" }, { actorId: admin.id });
    const before = await selectPublicationSettings(testDb.db);
    const result = await updatePublicationSettings(
      testDb.db,
      { name: "  ", nameKm: "ក".repeat(121), tagline: "t".repeat(201), taglineKm: "", siteUrl: "javascript:alert(1)", timezone: "Mars/Olympus_Mons", savedVersion: before?.updatedAt.toISOString() },
      { actorId: admin.id },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      name: ["Enter the publication's name."],
      nameKm: ["The Khmer name is at most 120 characters."],
      tagline: ["The tagline is at most 200 characters."],
      siteUrl: ["Enter the site's public address, starting with https:// (or http://), e.g. https://news.example.org."],
      timezone: ['"Mars/Olympus_Mons" is not a time zone this server knows; choose one from the list (e.g. Asia/Phnom_Penh).'],
    });
    expect(await selectPublicationSettings(testDb.db)).toEqual(before);
  });

  it.each([
    ["https://news.example.org/km", "without a path"],
    ["https://news.example.org/?ref=1", "starting with https://"],
    ["ftp://news.example.org", "starting with https://"],
    ["news.example.org", "starting with https://"],
    ["https://user:secret@news.example.org", "starting with https://"],
  ])("refuses %s as the public address", async (siteUrl, words) => {
    const result = await updatePublicationSettings(testDb.db, { ...VALID, siteUrl, savedVersion: "" }, { actorId: admin.id });
    expect(result).toMatchObject({ ok: false, fieldErrors: { siteUrl: [expect.stringContaining(words)] } });
    expect(await selectPublicationSettings(testDb.db)).toBeNull();
  });

  it("refuses a form opened before someone else saved, keeps theirs, and lets a second save knowingly replace it", async () => {
    await updatePublicationSettings(testDb.db, { ...VALID, savedVersion: "" }, { actorId: admin.id }, new Date("2026-12-06T01:00:00Z"));
    const opened = await currentVersion();
    const colleague = await createUser(testDb.db, { role: "admin" });
    await updatePublicationSettings(testDb.db, { ...VALID, tagline: "Theirs", savedVersion: opened }, { actorId: colleague.id }, new Date("2026-12-06T02:30:00Z"));

    const stale = await updatePublicationSettings(testDb.db, { ...VALID, tagline: "Mine", savedVersion: opened }, { actorId: admin.id });
    expect(stale).toMatchObject({ ok: false, savedVersion: "2026-12-06T02:30:00.000Z" });
    if (stale.ok) return;
    expect(stale.error).toBe(
      "Someone else saved these settings at 6 Dec 2026, 09:30 (Asia/Phnom_Penh), after you opened this page. Nothing was saved; your changes are still in the form. Save again to replace theirs with yours, or reload to see theirs.",
    );
    expect((await selectPublicationSettings(testDb.db))?.tagline).toBe("Theirs");

    const replaced = await updatePublicationSettings(testDb.db, { ...VALID, tagline: "Mine", savedVersion: stale.savedVersion }, { actorId: admin.id });
    expect(replaced).toMatchObject({ ok: true, changed: ["tagline"] });
    expect((await selectPublicationSettings(testDb.db))?.tagline).toBe("Mine");
  });
});

describe("getPublicationSettingsForAdmin", () => {
  it("shows the settings to an active admin only", async () => {
    await updatePublicationSettings(testDb.db, { ...VALID, savedVersion: "" }, { actorId: admin.id });
    expect(await getPublicationSettingsForAdmin(testDb.db, { role: "admin", active: true })).toMatchObject({ name: VALID.name, savedVersion: await currentVersion() });
    for (const viewer of [null, { role: "reporter", active: true }, { role: "editor", active: true }, { role: "admin", active: false }] as const) {
      expect(await getPublicationSettingsForAdmin(testDb.db, viewer)).toBeNull();
    }
  });

  it("shows what the public site uses when nothing was saved yet", async () => {
    expect(await getPublicationSettingsForAdmin(testDb.db, { role: "admin", active: true })).toMatchObject({ name: "Masthead", siteUrl: "http://localhost:3000", timezone: "Asia/Phnom_Penh", savedVersion: "" });
  });
});
