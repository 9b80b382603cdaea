import { describe, expect, it } from "vitest";
import { FIRST_YEAR, LAST_YEAR } from "../core/data/schema";
import type { Language } from "../core/url/viewState";
import { allCatalogues } from "./catalogues";
import { en, type Message } from "./messages.en";

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const textsOf = (message: Message) =>
  typeof message === "string" ? [message] : Object.values(message);
const categoriesOf = (language: string) =>
  [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();

/**
 * Messages that may read the same as the English one: codes and placeholders only, and words
 * that are spelt the same in both languages.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  all: ["gaps.column.rank", "gaps.sameYear", "gaps.nearestKm", "title.everywhere"],
  fr: [
    "region.EUR",
    "category.assistance",
    "counts.total",
    "time.pause",
    "table.column.source",
    "export.png",
    "menu.label",
    "sources.open",
  ],
  es: ["counts.total"],
};

const CATALOGUES = await allCatalogues();
const englishKeys = Object.keys(en).sort();
const catalogues = Object.entries(CATALOGUES) as [Language, Record<string, Message>][];

describe("message catalogues", () => {
  for (const [language, messages] of catalogues) {
    it(`${language} has exactly the keys of the English catalogue`, () => {
      expect(Object.keys(messages).sort()).toEqual(englishKeys);
    });

    it(`${language} uses the placeholders of each English message`, () => {
      for (const [key, english] of Object.entries(en) as [string, Message][]) {
        const expected = placeholders(textsOf(english).join(" "));
        // A plural form may spell its number out ("one activity", Arabic dual): `count` is optional.
        for (const text of textsOf(messages[key] as Message)) {
          const found = placeholders(text);
          const wanted =
            typeof english === "string" || found.includes("count")
              ? expected
              : expected.filter((p) => p !== "count");
          expect(found, `${language} ${key}: ${text}`).toEqual(wanted);
        }
      }
    });

    it(`${language} plural messages have the plural categories of the language`, () => {
      for (const [key, english] of Object.entries(en) as [string, Message][]) {
        const message = messages[key] as Message;
        expect(typeof message, `${language} ${key}`).toBe(typeof english);
        if (typeof message === "object")
          expect(Object.keys(message).sort(), `${language} ${key}`).toEqual(categoriesOf(language));
      }
    });

    it(`${language} has no year literal between ${FIRST_YEAR} and ${LAST_YEAR}`, () => {
      for (const [key, message] of Object.entries(messages))
        for (const text of textsOf(message))
          for (const [digits] of text.matchAll(/\d{4}/g))
            expect(
              Number(digits) >= FIRST_YEAR && Number(digits) <= LAST_YEAR,
              `${language} ${key}: ${text}`,
            ).toBe(false);
    });

    if (language !== "en")
      it(`${language} translates every message but the allowed ones`, () => {
        const allowed = [...(SAME_AS_ENGLISH.all ?? []), ...(SAME_AS_ENGLISH[language] ?? [])];
        const same = Object.keys(en).filter(
          (key) =>
            JSON.stringify(messages[key]) === JSON.stringify(en[key as keyof typeof en]) &&
            !allowed.includes(key),
        );
        expect(same).toEqual([]);
      });
  }

  it("runs with the plural rules of every language (not only English's)", () => {
    expect(categoriesOf("ar")).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(categoriesOf("ru")).toEqual(["few", "many", "one", "other"]);
    expect(categoriesOf("zh")).toEqual(["other"]);
  });
});
