import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../core/url/viewState";
import { allCatalogues, isRightToLeft } from "./catalogues";
import type { Message, MessageKey } from "./messages.en";
import { createTranslator, type Params, YEAR_PARAMS } from "./translate";
import { createYearFormat, LRI, PDI } from "./years";

/** A year written with a grouping separator: "2,016", "2.016", "2 016", Arabic "٢٬٠١٦". */
const CATALOGUES = await allCatalogues();

const GROUPED_YEAR =
  /[12\u0661\u0662][,.\u066C\u00A0\u202F ][0-9\u0660-\u0669]{3}(?![0-9\u0660-\u0669])/;
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "");

/** Params that are not years: counts, distances, and text. A new placeholder must be listed. */
const NUMBER_PARAMS = [
  "count",
  "members",
  "dated",
  "period",
  "activities",
  "sources",
  "gaps",
  "total",
  "shown",
  "km",
  "years",
];
const TEXT_PARAMS = [
  "categories",
  "documents",
  "records",
  "title",
  "countries",
  "date",
  "country",
  "param",
  "place",
  "population",
  "query",
  "reason",
  "region",
  "regions",
  "value",
];
/** A different year per param, so a param written by the wrong format shows. */
const YEAR_VALUES: Record<string, number> = {
  year: 2016,
  from: 2014,
  to: 2020,
  start: 2015,
  end: 2019,
  first: 2017,
  last: 2018,
  firstYear: 2013,
  lastYear: 2021,
};

const textsOf = (message: Message) =>
  typeof message === "string" ? [message] : Object.values(message);
const placeholdersOf = (message: Message) =>
  textsOf(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""));

function paramsOf(message: Message): Params {
  const params: Params = {};
  for (const name of placeholdersOf(message)) {
    if (YEAR_PARAMS.has(name)) params[name] = YEAR_VALUES[name] ?? 2016;
    else if (name === "window") params[name] = { from: 2017, to: 2018 };
    else if (NUMBER_PARAMS.includes(name)) params[name] = 3;
    else params[name] = "Kenya";
  }
  return params;
}

describe("the one year format", () => {
  it("writes a year without grouping and a range with an en dash", () => {
    const years = createYearFormat("en");
    expect(years(2016)).toBe("2016");
    expect(years(2013, 2021)).toBe("2013–2021");
    expect(years(2018, 2018)).toBe("2018");
    expect(years.window({ from: 2018, to: 2020 })).toBe("2018–2020");
  });

  it("writes Western digits in every language, Arabic too, as counts are written", () => {
    for (const language of LANGUAGES) {
      const t = createTranslator(language);
      expect(plain(t.years(2016, 2021)), language).toBe("2016–2021");
      expect(plain(t.number(7)), language).toBe("7");
    }
  });

  it("isolates a range left to right in a right-to-left language only", () => {
    expect(createYearFormat("ar")(2013, 2021)).toBe(`${LRI}2013–2021${PDI}`);
    expect(createYearFormat("fr")(2013, 2021)).toBe("2013–2021");
  });
});

describe("years in every message of every language", () => {
  const catalogues = Object.entries(CATALOGUES) as [Language, Record<MessageKey, Message>][];

  it("knows every placeholder as a year, a window, a number or a text", () => {
    const known = new Set([...YEAR_PARAMS, "window", ...NUMBER_PARAMS, ...TEXT_PARAMS]);
    for (const [language, messages] of catalogues)
      for (const [key, message] of Object.entries(messages))
        for (const name of placeholdersOf(message))
          expect(known.has(name), `${language} ${key}: {${name}}`).toBe(true);
  });

  for (const [language, messages] of catalogues)
    it(`${language}: no year is grouped, each year param is written as a year`, () => {
      const t = createTranslator(language);
      for (const [key, message] of Object.entries(messages) as [MessageKey, Message][]) {
        const params = paramsOf(message);
        for (const count of typeof message === "string" ? [3] : [0, 1, 2, 3, 11, 100]) {
          const text = plain(t(key, { ...params, ...("count" in params ? { count } : {}) }));
          expect(text, `${language} ${key}`).not.toMatch(GROUPED_YEAR);
          for (const name of placeholdersOf(message).filter((n) => YEAR_PARAMS.has(n)))
            expect(text, `${language} ${key} {${name}}`).toContain(String(YEAR_VALUES[name]));
          if (placeholdersOf(message).includes("window"))
            expect(text, `${language} ${key} {window}`).toContain("2017–2018");
        }
      }
    });

  for (const [language, messages] of catalogues)
    it(`${language}: a range typed in a message has an en dash${isRightToLeft(language) ? " and is isolated left to right" : ""}`, () => {
      const range = /(.?)\{(?:firstYear|from|start)\}\s*([-–—])\s*\{(?:lastYear|to|end)\}(.?)/g;
      for (const [key, message] of Object.entries(messages))
        for (const text of textsOf(message))
          for (const [, before, dash, after] of text.matchAll(range)) {
            expect(dash, `${language} ${key}`).toBe("–");
            if (isRightToLeft(language))
              expect(`${before}${after}`, `${language} ${key}`).toBe(LRI + PDI);
          }
    });
});
