import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MediaPicker } from "@/components/media/media-picker";
import type { MediaItem } from "@/lib/media/media-item";

const mocks = vi.hoisted(() => ({ searchMediaAction: vi.fn() }));
vi.mock("@/lib/actions/media-actions", () => ({ searchMediaAction: mocks.searchMediaAction }));

function item(overrides: Partial<MediaItem>): MediaItem {
  return {
    id: "11111111-1111-4111-8111-111111111111",
    filename: "market.jpg",
    src: "/media/a/original.jpg",
    srcSet: "/media/a/w480.webp 480w, /media/a/w960.webp 960w",
    thumbSrc: "/media/a/w480.webp",
    width: 960,
    height: 640,
    alt: "Boats unloading vegetables at dawn",
    caption: "Riverside market at dawn",
    credit: "Photo: Sok Chea",
    uploaderName: "Sophea",
    createdAt: "2026-01-01T00:00:00.000Z",
    canEdit: true,
    ...overrides,
  };
}

const MARKET = item({});
const FLOOD = item({ id: "22222222-2222-4222-8222-222222222222", filename: "flood.jpg", caption: "Flooded road", credit: "", alt: "" });

function page(items: MediaItem[]) {
  return { ok: true, items, total: items.length, page: 1, pageCount: 1, pageSize: 12 };
}

/** A stand-in for the browser's XMLHttpRequest that the test drives by hand. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  responseText = "";
  headers: Record<string, string> = {};
  method = "";
  url = "";
  body: FormData | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

beforeEach(() => {
  mocks.searchMediaAction.mockReset();
  FakeXhr.sent = [];
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("MediaPicker", () => {
  it("lists the library, flags missing alt text and credit, and hands back the chosen image", async () => {
    mocks.searchMediaAction.mockResolvedValue(page([MARKET, FLOOD]));
    const onSelect = vi.fn();
    render(<MediaPicker onSelect={onSelect} onClose={vi.fn()} />);

    const dialog = screen.getByRole("dialog", { name: "Choose an image" });
    expect(document.activeElement).toBe(screen.getByLabelText("Search by caption or credit"));
    const flood = await within(dialog).findByRole("button", { name: /Choose Flooded road/ });
    expect(flood.textContent).toContain("Missing alt text and credit");
    expect(within(dialog).getByRole("button", { name: /Choose Riverside market/ }).textContent).not.toContain("Missing");

    fireEvent.click(within(dialog).getByRole("button", { name: /Choose Riverside market/ }));
    expect(onSelect).toHaveBeenCalledWith({
      id: MARKET.id,
      src: "/media/a/original.jpg",
      srcSet: "/media/a/w480.webp 480w, /media/a/w960.webp 960w",
      width: 960,
      height: 640,
      alt: "Boats unloading vegetables at dawn",
      caption: "Riverside market at dawn",
      credit: "Photo: Sok Chea",
    });
    expect(mocks.searchMediaAction).toHaveBeenCalledWith({ q: "", page: 1 });
  });

  it("searches by caption or credit and says when nothing matches", async () => {
    mocks.searchMediaAction.mockResolvedValueOnce(page([MARKET, FLOOD])).mockResolvedValueOnce(page([]));
    render(<MediaPicker onSelect={vi.fn()} onClose={vi.fn()} />);
    await screen.findByRole("button", { name: /Choose Flooded road/ });

    fireEvent.change(screen.getByLabelText("Search by caption or credit"), { target: { value: "elephants" } });
    expect(await screen.findByText("No image's caption or credit contains “elephants”.", {}, { timeout: 2000 })).toBeTruthy();
    expect(mocks.searchMediaAction).toHaveBeenLastCalledWith({ q: "elephants", page: 1 });
  });

  it("shows the server's refusal", async () => {
    mocks.searchMediaAction.mockResolvedValue({ ok: false, error: "Your session has ended. Sign in again to continue." });
    render(<MediaPicker onSelect={vi.fn()} onClose={vi.fn()} />);
    expect((await screen.findByRole("alert")).textContent).toBe("Your session has ended. Sign in again to continue.");
  });

  it("closes with Escape or the Close button", async () => {
    mocks.searchMediaAction.mockResolvedValue(page([]));
    const onClose = vi.fn();
    render(<MediaPicker onSelect={vi.fn()} onClose={onClose} />);
    await screen.findByText("The library is empty: upload an image above.");
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("uploads files with progress, offers the new image at once and shows a refusal naming the file", async () => {
    mocks.searchMediaAction.mockResolvedValue(page([MARKET]));
    const onSelect = vi.fn();
    const { container } = render(<MediaPicker onSelect={onSelect} onClose={vi.fn()} />);
    await screen.findByRole("button", { name: /Choose Riverside market/ });

    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error("no file input");
    const photo = new File([new Uint8Array(2048)], "new-photo.jpg", { type: "image/jpeg" });
    const notes = new File(["notes"], "notes.jpg", { type: "image/jpeg" });
    fireEvent.change(input, { target: { files: [photo, notes] } });

    expect(FakeXhr.sent).toHaveLength(2);
    const [photoRequest, notesRequest] = FakeXhr.sent as [FakeXhr, FakeXhr];
    expect(photoRequest.method).toBe("POST");
    expect(photoRequest.url).toBe("/api/media");
    expect(photoRequest.headers["X-Upload-Filename"]).toBe("new-photo.jpg");
    expect((photoRequest.body?.get("file") as File).name).toBe("new-photo.jpg");

    act(() => photoRequest.upload.onprogress?.({ lengthComputable: true, loaded: 1024, total: 2048 }));
    const progress = screen.getByRole("progressbar", { name: "Upload of new-photo.jpg" });
    expect(progress.getAttribute("value")).toBe("0.5");
    expect(screen.getByText("Uploading… 50%")).toBeTruthy();

    const uploaded = item({ id: "33333333-3333-4333-8333-333333333333", filename: "new-photo.jpg", caption: "", credit: "", alt: "" });
    act(() => photoRequest.respond(201, { media: uploaded }));
    act(() => notesRequest.respond(422, { error: "notes.jpg: the file is damaged or not an image" }));

    expect((await screen.findByRole("alert")).textContent).toBe("notes.jpg: the file is damaged or not an image");
    const chosen = await screen.findByRole("button", { name: /Choose new-photo\.jpg/ });
    fireEvent.click(chosen);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: uploaded.id, alt: "", credit: "" }));
  });

  it("refuses a file over 20 MB without sending it", async () => {
    mocks.searchMediaAction.mockResolvedValue(page([]));
    const { container } = render(<MediaPicker onSelect={vi.fn()} onClose={vi.fn()} />);
    const huge = new File([new Uint8Array(8)], "huge.jpg", { type: "image/jpeg" });
    Object.defineProperty(huge, "size", { value: 25 * 1024 * 1024 });
    fireEvent.change(container.querySelector('input[type="file"]')!, { target: { files: [huge] } });
    expect((await screen.findByRole("alert")).textContent).toBe("huge.jpg: 25.0 MB is over the 20 MB limit");
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it("uploads files dropped on the upload area", async () => {
    mocks.searchMediaAction.mockResolvedValue(page([]));
    render(<MediaPicker onSelect={vi.fn()} onClose={vi.fn()} />);
    const dropped = new File([new Uint8Array(64)], "dropped.png", { type: "image/png" });
    fireEvent.drop(screen.getByTestId("upload-drop-zone"), { dataTransfer: { files: [dropped] } });
    expect(FakeXhr.sent).toHaveLength(1);
    expect((FakeXhr.sent[0]?.body?.get("file") as File).name).toBe("dropped.png");
    expect(screen.getByRole("progressbar", { name: "Upload of dropped.png" })).toBeTruthy();
  });
});
