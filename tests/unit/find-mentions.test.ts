import { describe, expect, it } from "vitest";
import { findMentions } from "@/lib/comments/find-mentions";

const people = [
  { id: "dara", name: "Dara", slug: "dara-sok" },
  { id: "dara-keo", name: "Dara Keo", slug: "dara-keo" },
  { id: "sophea", name: "Sophea Chan", slug: "sophea-chan" },
  { id: "khmer", name: "សុខា ចាន់", slug: "sokha-chan" },
];

describe("findMentions", () => {
  it("finds people by full name or slug, ignoring case, each once, in order", () => {
    expect(findMentions("@sophea chan can you check this? cc @dara-keo and again @Sophea Chan", people)).toEqual(["sophea", "dara-keo"]);
  });

  it("prefers the longest name at each @", () => {
    expect(findMentions("Thanks @Dara Keo!", people)).toEqual(["dara-keo"]);
    expect(findMentions("Thanks @Dara, and @Dara Keo.", people)).toEqual(["dara", "dara-keo"]);
  });

  it("needs the name to end where the mention ends", () => {
    expect(findMentions("@Darawan please", people)).toEqual([]);
    expect(findMentions("@dara-sokha", people)).toEqual([]);
  });

  it("does not read an email address as a mention", () => {
    expect(findMentions("write to desk@dara-keo.org", people)).toEqual([]);
  });

  it("finds Khmer names", () => {
    expect(findMentions("សូម @សុខា ចាន់ ពិនិត្យ", people)).toEqual(["khmer"]);
    expect(findMentions("@សុខា ចាន់ា", people)).toEqual([]);
  });

  it("finds nobody in a comment without @", () => {
    expect(findMentions("Dara Keo should see this", people)).toEqual([]);
  });
});
