import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getList, OPTIONS } from "@/app/api/v1/articles/route";
import { GET as getOne } from "@/app/api/v1/articles/[slug]/route";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { createSyndicationWorld, SITE_URL, useDatabaseForRoutes, type SyndicationWorld } from "../support/syndication-fixtures";

let t: TestDatabase;
let w: SyndicationWorld;

type ListBody = {
  data: { id: string; slug: string; language: string; headline: string; url: string; [key: string]: unknown }[];
  pagination: { limit: number; nextCursor: string | null; next: string | null };
};
type ErrorBody = { error: { code: string; message: string; issues?: { param: string; message: string }[] } };

async function list(query = ""): Promise<{ response: Response; body: ListBody }> {
  const response = await getList(new Request(`http://localhost/api/v1/articles${query}`));
  return { response, body: (await response.json()) as ListBody };
}

async function listError(query: string): Promise<ErrorBody> {
  const response = await getList(new Request(`http://localhost/api/v1/articles${query}`));
  expect(response.status, query).toBe(400);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()) as ErrorBody;
}

function one(slug: string, query = ""): Promise<Response> {
  return getOne(new Request(`http://localhost/api/v1/articles/${encodeURIComponent(slug)}${query}`), {
    params: Promise.resolve({ slug: encodeURIComponent(slug) }),
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  useDatabaseForRoutes(t.handle);
  w = await createSyndicationWorld(t.db);
});

afterAll(() => t?.close());

describe("GET /api/v1/articles", () => {
  it("lists every live story newest first, and no draft", async () => {
    const { response, body } = await list();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toContain("public");
    expect(body.data.map((a) => a.id)).toEqual([w.riverEn.id, w.riverKm.id, w.budgetKm.id, w.electionEn.id, w.archiveEn.id]);
    expect(JSON.stringify(body)).not.toContain(w.draftEn.headline);
  });

  it("gives a story's public face only, with absolute addresses", async () => {
    const { body } = await list("?limit=1");
    const river = body.data[0];
    expect(river).toMatchObject({
      slug: w.riverEn.slug,
      language: "en",
      url: `${SITE_URL}/articles/${w.riverEn.slug}`,
      headline: "River levels fall early as dry season begins",
      section: { slug: w.environment.slug, name: "Environment", url: `${SITE_URL}/sections/${w.environment.slug}` },
      tags: [{ slug: w.mekong.slug, name: "Mekong", url: `${SITE_URL}/tags/${w.mekong.slug}` }],
      authors: [{ name: "Dara Keo", slug: w.reporter.slug, url: `${SITE_URL}/authors/${w.reporter.slug}` }],
      leadImage: { alt: "Boats on the river at dawn", caption: "Boats return at dawn.", credit: "Dara Keo", width: 1600, height: 1067 },
    });
    expect((river?.leadImage as { url: string }).url).toMatch(new RegExp(`^${SITE_URL}/media/test/`));
    for (const internal of ["version", "publishedBy", "searchHead", "searchBody", "searchVector", "createdBy", "status", "body", "storageKey"]) {
      expect(river).not.toHaveProperty(internal);
    }
  });

  it("filters by language, section, tag, author and since", async () => {
    const ids = async (query: string) => (await list(query)).body.data.map((a) => a.id);
    expect(await ids("?language=km")).toEqual([w.riverKm.id, w.budgetKm.id]);
    expect(await ids(`?section=${w.politics.slug}`)).toEqual([w.budgetKm.id, w.electionEn.id]);
    expect(await ids(`?section=${w.politics.slug}&language=en`)).toEqual([w.electionEn.id]);
    expect(await ids(`?tag=${w.mekong.slug}`)).toEqual([w.riverEn.id, w.riverKm.id]);
    expect(await ids(`?author=${w.editor.slug}`)).toEqual([w.budgetKm.id, w.electionEn.id]);
    const since = new Date(w.now.getTime() - 3 * 60 * 60 * 1000).toISOString();
    // The archive story was published long ago but updated an hour ago.
    expect(await ids(`?since=${encodeURIComponent(since)}`)).toEqual([w.riverEn.id, w.riverKm.id, w.archiveEn.id]);
    expect(await ids("?section=no-such-section")).toEqual([]);
  });

  it("pages with a cursor until the last page, seeing each story once", async () => {
    const seen: string[] = [];
    let query = "?limit=2";
    let pages = 0;
    for (;;) {
      const { body } = await list(query);
      pages++;
      seen.push(...body.data.map((a) => a.id));
      expect(body.pagination.limit).toBe(2);
      if (!body.pagination.nextCursor) {
        expect(body.pagination.next).toBeNull();
        break;
      }
      expect(body.pagination.next).toContain("limit=2");
      query = `?limit=2&cursor=${body.pagination.nextCursor}`;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([w.riverEn.id, w.riverKm.id, w.budgetKm.id, w.electionEn.id, w.archiveEn.id]);
  });

  it("refuses bad parameters with 400 and a message naming each one", async () => {
    expect((await listError("?limit=51")).error.issues).toEqual([{ param: "limit", message: "limit must be at most 50." }]);
    expect((await listError("?limit=0")).error.issues?.[0]?.param).toBe("limit");
    expect((await listError("?limit=ten")).error.message).toContain("limit must be a whole number");
    expect((await listError("?language=fr")).error.message).toContain("language must be one of: en, km");
    expect((await listError("?since=yesterday")).error.message).toContain("since must be an ISO 8601 date");
    expect((await listError("?cursor=not-a-cursor")).error.message).toContain("cursor is not one this API gave out");
    expect((await listError("?lang=km")).error.message).toContain("Unknown parameter: lang");
    expect((await listError("?language=en&language=km")).error.message).toContain("language may be given once");
    const body = await listError("?limit=99&language=xx");
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.issues?.map((i) => i.param).sort()).toEqual(["language", "limit"]);
  });

  it("answers a CORS preflight", async () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
  });
});

describe("GET /api/v1/articles/{slug}", () => {
  it("returns one live story with its stored document, plain text, images, corrections and translation", async () => {
    const response = await one(w.riverEn.slug, "?language=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const { data } = (await response.json()) as { data: Record<string, unknown> };
    expect(data).toMatchObject({
      id: w.riverEn.id,
      body: w.riverEn.body,
      wordCount: w.riverEn.wordCount,
      translation: { language: "km", slug: w.riverKm.slug, url: `${SITE_URL}/km/articles/${encodeURIComponent(w.riverKm.slug)}` },
      views: 0,
    });
    expect(data.bodyText).toContain("The river fell a metre in a week");
    expect(data.images).toMatchObject({ [w.inline.id]: { alt: "A flooded rice field", caption: "A field near Kratie." } });
    for (const internal of ["version", "publishedBy", "searchHead", "searchVector", "createdBy", "status", "comments"]) {
      expect(data).not.toHaveProperty(internal);
    }

    const corrected = (await (await one(w.archiveEn.slug)).json()) as { data: { corrections: { kind: string; text: string }[] } };
    expect(corrected.data.corrections).toMatchObject([{ kind: "correction", text: "An earlier version gave the wrong year." }]);
  });

  it("finds a Khmer story by its Khmer slug, with or without the language", async () => {
    for (const query of ["?language=km", ""]) {
      const response = await one(w.riverKm.slug, query);
      expect(response.status, query).toBe(200);
      const { data } = (await response.json()) as { data: { language: string; section: { name: string } } };
      expect(data.language).toBe("km");
      expect(data.section.name).toBe("បរិស្ថាន");
    }
  });

  it("answers 404 in JSON for a draft, a wrong language or an unknown slug", async () => {
    for (const [slug, query] of [
      [w.draftEn.slug, ""],
      [w.riverEn.slug, "?language=km"],
      ["no-such-story", ""],
    ] as const) {
      const response = await one(slug, query);
      expect(response.status, `${slug}${query}`).toBe(404);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe("not_found");
      expect(body.error.message).toContain(slug);
    }
  });

  it("refuses an unknown language with 400", async () => {
    const response = await one(w.riverEn.slug, "?language=fr");
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.message).toContain("language must be one of");
  });
});
