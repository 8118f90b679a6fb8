import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { TagField } from "@/components/editor/tag-field";

// Tags in the story editor: an existing tag is picked by its name, a new name
// creates a tag on the server, and a refusal is shown at the field.

const FLOODS = { id: "11111111-1111-4111-8111-111111111111", name: "Floods" };
const RICE = { id: "22222222-2222-4222-8222-222222222222", name: "Rice" };

type CreateTag = (name: string) => Promise<{ ok: true; tag: { id: string; name: string } } | { ok: false; error: string }>;

function Harness({ createTag, initial = [] }: { createTag: CreateTag; initial?: string[] }) {
  const [value, setValue] = useState(initial);
  const [tags, setTags] = useState([FLOODS, RICE]);
  return (
    <TagField
      value={value}
      tags={tags}
      disabled={false}
      onChange={setValue}
      createTag={async (name) => {
        const result = await createTag(name);
        if (result.ok) setTags((current) => [...current, result.tag]);
        return result;
      }}
    />
  );
}

const chosen = () => within(screen.getByRole("list", { name: "Chosen tags" })).getAllByRole("listitem").map((item) => item.firstChild?.textContent);

function add(name: string, how: "enter" | "button" = "enter") {
  const input = screen.getByLabelText("Add a tag");
  fireEvent.change(input, { target: { value: name } });
  if (how === "enter") fireEvent.keyDown(input, { key: "Enter" });
  else fireEvent.click(screen.getByRole("button", { name: "Add" }));
}

describe("TagField", () => {
  it("picks an existing tag by its name, whatever the case, without creating one, and offers the rest as suggestions", () => {
    const createTag = vi.fn<CreateTag>();
    const { container } = render(<Harness createTag={createTag} />);
    expect([...container.querySelectorAll("datalist option")].map((option) => option.getAttribute("value"))).toEqual(["Floods", "Rice"]);
    add("  floods ");
    expect(chosen()).toEqual(["Floods"]);
    expect((screen.getByLabelText("Add a tag") as HTMLInputElement).value).toBe("");
    // Picking it again does not add it twice; it is no longer suggested.
    add("Floods", "button");
    expect(chosen()).toEqual(["Floods"]);
    expect([...container.querySelectorAll("datalist option")].map((option) => option.getAttribute("value"))).toEqual(["Rice"]);
    expect(createTag).not.toHaveBeenCalled();
  });

  it("creates a tag for a new name and adds it; removes a tag by its button", async () => {
    const createTag = vi.fn<CreateTag>(async (name) => ({ ok: true, tag: { id: "33333333-3333-4333-8333-333333333333", name } }));
    render(<Harness createTag={createTag} initial={[RICE.id]} />);
    add("Floating schools");
    await waitFor(() => expect(chosen()).toEqual(["Rice", "Floating schools"]));
    expect(createTag).toHaveBeenCalledWith("Floating schools");
    fireEvent.click(screen.getByRole("button", { name: "Remove tag Rice" }));
    expect(chosen()).toEqual(["Floating schools"]);
  });

  it("shows why a tag could not be created and keeps the name typed", async () => {
    const createTag = vi.fn<CreateTag>(async () => ({ ok: false, error: "You cannot add tags to this story." }));
    render(<Harness createTag={createTag} />);
    add("Elections");
    expect(await screen.findByText("You cannot add tags to this story.")).toBeTruthy();
    expect((screen.getByLabelText("Add a tag") as HTMLInputElement).value).toBe("Elections");
    expect(screen.getByRole("group", { name: "Tags" }).getAttribute("aria-describedby")).toMatch(/-errors$/);
    expect(chosen()).toEqual(["No tags yet."]);
  });
});
