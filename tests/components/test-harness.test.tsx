import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";

// Checks the components project itself: JSX compiles for React's automatic
// runtime (no React import above), the DOM is jsdom, and Testing Library
// unmounts what a test rendered before the next test starts.

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label}: {count}
    </button>
  );
}

describe("components test harness", () => {
  it("renders JSX into jsdom and runs React state updates", () => {
    render(<Counter label="Clicks" />);
    const button = screen.getByRole("button", { name: "Clicks: 0" });
    fireEvent.click(button);
    expect(screen.getByRole("button").textContent).toBe("Clicks: 1");
  });

  it("starts each test with an empty document", () => {
    expect(document.body.innerHTML).toBe("");
    render(<Counter label="Again" />);
    expect(screen.getAllByRole("button")).toHaveLength(1);
  });
});
