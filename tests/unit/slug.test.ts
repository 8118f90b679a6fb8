import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "@/lib/slug";

describe("slugify", () => {
  it("lowercases Latin text and joins words with single hyphens", () => {
    expect(slugify("Hello World")).toBe("hello-world");
    expect(slugify("  Budget   2025:  what   changes?  ")).toBe("budget-2025-what-changes");
  });

  it("strips accents", () => {
    expect(slugify("Café au lait à Phnom Penh")).toBe("cafe-au-lait-a-phnom-penh");
    expect(slugify("Ångström Über Niño")).toBe("angstrom-uber-nino");
  });

  it("drops apostrophes instead of splitting the word on them", () => {
    expect(slugify("Don't stop: it’s fine!")).toBe("dont-stop-its-fine");
    expect(slugify("The minister's plan")).toBe("the-ministers-plan");
  });

  it("keeps Khmer letters and puts hyphens between the words ICU finds", () => {
    expect(slugify("កម្ពុជាជាប្រទេសមួយ")).toBe("កម្ពុជា-ជា-ប្រទេស-មួយ");
    expect(slugify("ព្រះរាជាណាចក្រកម្ពុជា")).toBe("ព្រះរាជាណាចក្រ-កម្ពុជា");
  });

  it("keeps both scripts in mixed text", () => {
    expect(slugify("Mixed ភាសាខ្មែរ words")).toBe("mixed-ភាសាខ្មែរ-words");
  });

  it("returns an empty slug when there is nothing to keep", () => {
    expect(slugify("")).toBe("");
    expect(slugify("   ")).toBe("");
    expect(slugify("!!! — ???")).toBe("");
  });

  it("stops at a word boundary within 80 characters", () => {
    const headline = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.startsWith("word0-word1-word2")).toBe(true);
    expect(headline.toLowerCase().replace(/ /g, "-").startsWith(`${slug}-`)).toBe(true);
  });
});

describe("isValidSlug", () => {
  it("accepts what slugify writes", () => {
    for (const text of ["Hello World", "Café au lait", "កម្ពុជាជាប្រទេសមួយ", "Mixed ភាសាខ្មែរ words"]) {
      expect(isValidSlug(slugify(text))).toBe(true);
    }
  });

  it("refuses empty slugs, stray hyphens, spaces and punctuation", () => {
    for (const slug of ["", "-lead", "trail-", "double--hyphen", "with space", "semi;colon", "a/b", "x".repeat(81)]) {
      expect(isValidSlug(slug)).toBe(false);
    }
  });
});

describe("slugify with very long words", () => {
  it("cuts a first word longer than the limit instead of returning nothing", () => {
    const slug = slugify("a".repeat(120) + " tail");
    expect(slug).toBe("a".repeat(80));
    expect(isValidSlug(slug)).toBe(true);
  });
});
