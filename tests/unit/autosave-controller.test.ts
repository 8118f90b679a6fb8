import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ArticleDraft, SaveRequest } from "@/lib/articles/article-input";
import { AutosaveController, type LocalCopy, type SaveStatus, type SaveTransport, type TransportResult } from "@/components/editor/autosave-controller";

const BYLINE = "3f1c2a4e-8b7d-4c1e-9a2b-5d6e7f8a9b0c";

function doc(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: text ? [{ type: "text", text }] : [] }] };
}

function draft(text: string, headline = "Headline"): ArticleDraft {
  return { headline, standfirst: "", slug: "headline", language: "en", sectionId: null, leadImageId: null, bylineIds: [BYLINE], tagIds: [], body: doc(text) };
}

type Deferred = { request: SaveRequest; keepalive: boolean; resolve(result: TransportResult): void };

/** A server holding one story: it applies saves in the order they arrive, checking the version like the real one. */
function fakeServer() {
  const state = { version: 1, text: "", applied: [] as string[] };
  const pending: Deferred[] = [];
  const send = vi.fn(
    (request: SaveRequest, options: { keepalive: boolean }) =>
      new Promise<TransportResult>((resolve) => pending.push({ request, keepalive: options.keepalive, resolve })),
  );
  /** Answers the oldest request as the server would. */
  function answerNext(): SaveRequest {
    const next = pending.shift();
    if (!next) throw new Error("no request in flight");
    if (next.request.baseVersion !== state.version) {
      next.resolve({
        ok: false,
        code: "conflict",
        error: "Someone else saved this story.",
        current: { version: state.version, status: "draft", draft: draft(state.text), updatedAt: new Date().toISOString(), updatedByName: "Dara" },
      });
    } else {
      state.version += 1;
      const body = next.request.draft.body as ReturnType<typeof doc>;
      state.text = body.content[0]?.content[0]?.text ?? "";
      state.applied.push(state.text);
      next.resolve({ ok: true, version: state.version, savedAt: new Date().toISOString(), changed: true });
    }
    return next.request;
  }
  return { state, pending, send, answerNext };
}

function memoryStore() {
  let copy: LocalCopy | null = null;
  return {
    read: () => copy,
    write: (value: LocalCopy) => {
      copy = value;
    },
    clear: () => {
      copy = null;
    },
  };
}

let current = draft("");
let statuses: SaveStatus[] = [];
let online = true;

function setup(overrides: { send?: (request: SaveRequest, options: { keepalive: boolean }) => Promise<TransportResult> } = {}) {
  const server = fakeServer();
  const store = memoryStore();
  const controller = new AutosaveController({
    version: 1,
    saved: draft(""),
    read: () => current,
    send: overrides.send ?? server.send,
    store,
    onStatus: (status) => statuses.push(status),
    isOnline: () => online,
  });
  return { server, store, controller };
}

function type(controller: AutosaveController, text: string) {
  current = draft(text);
  controller.changed();
}

/** Lets promise callbacks run (fake timers do not advance microtasks on their own). */
async function settle() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
  current = draft("");
  statuses = [];
  online = true;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("AutosaveController", () => {
  it("saves once after a pause, with the newest text and the version it was based on", async () => {
    const { server, controller } = setup();
    type(controller, "O");
    type(controller, "On");
    type(controller, "One");
    await vi.advanceTimersByTimeAsync(999);
    expect(server.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(server.pending[0]?.request).toMatchObject({ baseVersion: 1 });
    expect(statuses.at(-1)).toEqual({ kind: "saving" });
    server.answerNext();
    await settle();
    expect(statuses.at(-1)?.kind).toBe("saved");
    expect(controller.currentVersion).toBe(2);
    expect(controller.hasUnsavedChanges()).toBe(false);
  });

  it("saves at least every ten seconds while someone types without pausing", async () => {
    const { server, controller } = setup();
    for (let i = 1; i <= 24; i++) {
      type(controller, "x".repeat(i));
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(server.send).toHaveBeenCalled();
  });

  it("runs one save at a time and sends the newest state after the one in flight, so an older save never lands last", async () => {
    const { server, controller } = setup();
    type(controller, "first");
    await vi.advanceTimersByTimeAsync(1_000);
    type(controller, "second");
    await vi.advanceTimersByTimeAsync(1_000);
    type(controller, "third");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.send).toHaveBeenCalledTimes(1);

    server.answerNext();
    await settle();
    // Newer work is still on its way: the status does not claim it is saved.
    expect(statuses.at(-1)).toEqual({ kind: "saving" });
    expect(controller.hasUnsavedChanges()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.send).toHaveBeenCalledTimes(2);
    expect(server.pending[0]?.request.baseVersion).toBe(2);
    server.answerNext();
    await settle();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.state.applied).toEqual(["first", "third"]);
    expect(server.state.text).toBe("third");
    expect(statuses.at(-1)?.kind).toBe("saved");
    expect(controller.hasUnsavedChanges()).toBe(false);
  });

  it("flush sends at once and resolves true only when the server holds the current text", async () => {
    const { server, controller } = setup();
    type(controller, "urgent");
    const flushed = controller.flush();
    await settle();
    expect(server.send).toHaveBeenCalledTimes(1);
    server.answerNext();
    await expect(flushed).resolves.toBe(true);
    expect(controller.currentVersion).toBe(2);
  });

  it("stops at a conflict, shows both versions, keeps the text on the device and sends nothing more", async () => {
    const { server, store, controller } = setup();
    server.state.version = 5;
    server.state.text = "theirs";
    type(controller, "mine");
    await vi.advanceTimersByTimeAsync(1_000);
    server.answerNext();
    await settle();
    const status = statuses.at(-1);
    expect(status?.kind).toBe("conflict");
    if (status?.kind === "conflict") {
      expect(status.current.version).toBe(5);
      expect(status.mine.body).toEqual(doc("mine"));
    }
    expect(store.read()?.draft.body).toEqual(doc("mine"));
    type(controller, "mine, more");
    await vi.advanceTimersByTimeAsync(20_000);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(await controller.flush()).toBe(false);
    expect(server.state.text).toBe("theirs");
  });

  it("after a merge by hand saves against the server's new version", async () => {
    const { server, controller } = setup();
    server.state.version = 3;
    server.state.text = "theirs";
    type(controller, "mine");
    await vi.advanceTimersByTimeAsync(1_000);
    server.answerNext();
    await settle();
    const status = statuses.at(-1);
    if (status?.kind !== "conflict") throw new Error("expected a conflict");
    controller.startMerge(status.current);
    type(controller, "theirs and mine");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(server.send).toHaveBeenCalledTimes(1);
    const merged = controller.finishMerge();
    await settle();
    expect(server.pending[0]?.request.baseVersion).toBe(3);
    server.answerNext();
    await expect(merged).resolves.toBe(true);
    expect(server.state.text).toBe("theirs and mine");
  });

  it("taking theirs adopts the server's version and forgets the local copy", async () => {
    const { server, store, controller } = setup();
    server.state.version = 4;
    type(controller, "mine");
    await vi.advanceTimersByTimeAsync(1_000);
    server.answerNext();
    await settle();
    const status = statuses.at(-1);
    if (status?.kind !== "conflict") throw new Error("expected a conflict");
    current = status.current.draft;
    controller.acceptServerCopy(status.current);
    expect(store.read()).toBeNull();
    expect(controller.hasUnsavedChanges()).toBe(false);
    type(controller, "edit on theirs");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.pending[0]?.request.baseVersion).toBe(4);
  });

  it("keeps a copy on the device within two seconds of a change, and clears it once the server confirms", async () => {
    const { server, store, controller } = setup();
    type(controller, "draft text");
    await vi.advanceTimersByTimeAsync(1_999);
    expect(store.read()).toMatchObject({ baseVersion: 1, draft: { body: doc("draft text") } });
    server.answerNext();
    await settle();
    expect(store.read()).toBeNull();
  });

  it.each([
    ["at once", undefined],
    ["after waiting as long as allowed for an idle moment", (task: () => void, deadlineMs: number) => void setTimeout(task, deadlineMs)],
  ])("while someone types without a pause, the device copy is never more than two seconds behind (timed work runs %s)", async (_when, whenIdle) => {
    const store = memoryStore();
    const writes: number[] = [];
    // A server that never answers: the copy on the device is all there is.
    const controller = new AutosaveController({
      version: 1,
      saved: draft(""),
      read: () => current,
      send: () => new Promise<TransportResult>(() => {}),
      store: { ...store, write: (copy) => (writes.push(Date.now()), store.write(copy)) },
      onStatus: () => {},
      whenIdle,
    });
    const storedText = () => (store.read()?.draft.body as ReturnType<typeof doc> | undefined)?.content[0]?.content[0]?.text ?? "";
    const start = Date.now();
    let typed = "";
    // One character every 100 ms for ten seconds: what was typed two seconds ago is 20 characters back.
    for (let tick = 1; tick <= 100; tick++) {
      typed += "a";
      type(controller, typed);
      await vi.advanceTimersByTimeAsync(100);
      expect(storedText().length, `after ${tick * 100} ms`).toBeGreaterThanOrEqual(typed.length - 20);
    }
    const gaps = writes.map((at, index) => at - (writes[index - 1] ?? start));
    expect(writes.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2_000);
    controller.dispose();
  });

  it("a refused save keeps the text on the device, to be offered again when the story is reopened", async () => {
    const refusing = vi.fn<SaveTransport>(async () => ({ ok: false, code: "invalid", error: "Another English story already uses this address.", fieldErrors: { slug: ["taken"] } }));
    const { store, controller } = setup({ send: refusing });
    type(controller, "refused words");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(statuses.at(-1)).toMatchObject({ kind: "failed", fieldErrors: { slug: ["taken"] } });
    expect(store.read()).toMatchObject({ baseVersion: 1, draft: { body: doc("refused words") } });
    expect(controller.hasUnsavedChanges()).toBe(true);
    // Time passes (the tab stays open, or crashes): the copy stays.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.read()?.draft.body).toEqual(doc("refused words"));
  });

  it("offline: says so, keeps the text on the device, and saves when the connection returns", async () => {
    const failing = vi.fn<SaveTransport>(async () => ({ ok: false, code: "network", error: "Failed to fetch" }));
    const { server, store, controller } = setup({ send: failing });
    type(controller, "written in the field");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(statuses.at(-1)).toEqual({ kind: "offline" });
    expect(store.read()?.draft.body).toEqual(doc("written in the field"));

    online = false;
    controller.offline();
    type(controller, "written in the field, still offline");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(statuses.at(-1)).toEqual({ kind: "offline" });
    expect(store.read()?.draft.body).toEqual(doc("written in the field, still offline"));

    // Back online, with a working server this time.
    failing.mockImplementation((request: SaveRequest, options: { keepalive: boolean }) => server.send(request, options));
    online = true;
    controller.online();
    await settle();
    server.answerNext();
    await settle();
    expect(server.state.text).toBe("written in the field, still offline");
    expect(statuses.at(-1)?.kind).toBe("saved");
    expect(store.read()).toBeNull();
  });

  it("does not send a draft the server would refuse, and says why", async () => {
    const { server, controller } = setup();
    current = { ...draft("text"), slug: "" };
    controller.changed();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.send).not.toHaveBeenCalled();
    const status = statuses.at(-1);
    expect(status?.kind).toBe("failed");
    if (status?.kind === "failed") expect(status.fieldErrors.slug?.[0]).toMatch(/address/);
  });

  it("does not send a story over the size limit, says so, and keeps it on the device", async () => {
    const { server, store, controller } = setup();
    type(controller, "x".repeat(6 * 1024 * 1024));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.send).not.toHaveBeenCalled();
    const status = statuses.at(-1);
    expect(status?.kind).toBe("failed");
    if (status?.kind === "failed") expect(status.reason).toMatch(/too large to save \(6\.0 MB; the limit is 5 MB\)/);
    expect(store.read()).not.toBeNull();
  });

  it("shows a refusal's reason and tries again after the next change", async () => {
    const refusing = vi.fn<SaveTransport>(async () => ({ ok: false, code: "forbidden", error: "This story is in review." }));
    const { controller } = setup({ send: refusing });
    type(controller, "one");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(statuses.at(-1)).toEqual({ kind: "failed", reason: "This story is in review.", fieldErrors: {} });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refusing).toHaveBeenCalledTimes(1);
    type(controller, "two");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refusing).toHaveBeenCalledTimes(2);
    expect(controller.hasUnsavedChanges()).toBe(true);
  });

  it("on leaving sends what is unsaved with keepalive and writes the device copy at once", async () => {
    const { server, store, controller } = setup();
    type(controller, "last words");
    controller.leave();
    expect(store.read()?.draft.body).toEqual(doc("last words"));
    expect(server.pending[0]?.keepalive).toBe(true);
  });

  it("adopts the version a workflow step moved to, so the next save does not conflict", async () => {
    const { server, controller } = setup();
    server.state.version = 2;
    controller.adoptVersion(2);
    type(controller, "after submitting");
    await vi.advanceTimersByTimeAsync(1_000);
    server.answerNext();
    await settle();
    expect(server.state.text).toBe("after submitting");
  });
});
