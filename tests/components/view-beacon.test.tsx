import { render } from "@testing-library/react";
import { StrictMode } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ViewBeacon } from "@/components/site/view-beacon";

const A = "6f1c2f3e-8a9b-4c1d-9e2f-0a1b2c3d4e5f";
const B = "7a2d3e4f-9b0c-4d2e-8f3a-1b2c3d4e5f60";

describe("ViewBeacon", () => {
  const sendBeacon = vi.fn<(url: string, data?: BodyInit | null) => boolean>(() => true);
  const fetchMock = vi.fn<typeof fetch>(async () => new Response(null, { status: 202 }));

  beforeEach(() => {
    sendBeacon.mockClear();
    fetchMock.mockClear();
    Object.defineProperty(navigator, "sendBeacon", { value: sendBeacon, configurable: true });
    vi.stubGlobal("fetch", fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends the story id once per page view, even under StrictMode's double effects, and renders nothing", () => {
    const { container } = render(
      <StrictMode>
        <ViewBeacon articleId={A} />
      </StrictMode>,
    );
    expect(container.innerHTML).toBe("");
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    expect(sendBeacon).toHaveBeenCalledWith("/api/views", JSON.stringify({ articleId: A }));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(document.cookie).toBe("");
    expect(localStorage.length).toBe(0);
  });

  it("sends again when the reader moves on to another story", () => {
    const { rerender } = render(<ViewBeacon articleId={A} />);
    rerender(<ViewBeacon articleId={A} />);
    rerender(<ViewBeacon articleId={B} />);
    expect(sendBeacon.mock.calls.map((call) => call[1])).toEqual([JSON.stringify({ articleId: A }), JSON.stringify({ articleId: B })]);
  });

  it("falls back to a keepalive fetch when the browser will not queue a beacon", () => {
    sendBeacon.mockReturnValueOnce(false);
    render(<ViewBeacon articleId={A} />);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/views");
    expect(init).toMatchObject({ method: "POST", keepalive: true, credentials: "omit", body: JSON.stringify({ articleId: A }) });
  });
});
