import { describe, expect, it } from "vitest";
import { allCatalogues } from "./catalogues";
import { en } from "./messages.en";
import { createTranslator } from "./translate";

// Every language's messages, loaded as the app loads a chosen language.
await allCatalogues();

const FSI = "\u2068";
const LRI = "\u2066";
const PDI = "\u2069";
/** Arabic text with the isolates taken out, to compare words. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "");

describe("translate", () => {
  it("fills placeholders and formats numbers for the language", () => {
    const t = createTranslator("en");
    expect(t("source.counts", { activities: 1234, sources: 5 })).toBe(
      "1,234 activities from 5 ITU-D documents",
    );
    expect(createTranslator("fr")("table.count", { shown: 1234, total: 5678 })).toBe(
      "Affichage de 1\u202f234 sur 5\u202f678 enregistrements",
    );
    expect(t.number(1234567)).toBe("1,234,567");
    expect(t.language).toBe("en");
    expect(t.rightToLeft).toBe(false);
  });

  it("leaves an unknown placeholder visible rather than blank", () => {
    expect(createTranslator("en")("app.loadError", {})).toBe(en["app.loadError"]);
  });

  it("fills the atlas's first and last years into every message", () => {
    expect(createTranslator("en")("app.subtitle")).toBe(
      "ITU Telecommunication Development Sector, 2013–2021",
    );
    expect(createTranslator("zh")("gaps.never")).toBe("2013–2021年间从未有");
  });

  it("writes years without grouping, other numbers with it", () => {
    const t = createTranslator("en");
    expect(t("panel.startedIn", { year: 2016 })).toBe("Started in 2016");
    expect(t("gaps.nextOnly", { end: 2021, year: 2019 })).toBe("none by 2021; first in 2019");
    expect(t("time.chartBar", { year: 2016, count: 2016 })).toBe(
      "2016: 2,016 records dated from this year",
    );
    expect(createTranslator("ru")("panel.startedIn", { year: 2016 })).toContain("2016");
    expect(createTranslator("ru")("time.chartBar", { year: 2016, count: 2016 })).toBe(
      "2016: 2\u00a0016 записей, датированных этим годом",
    );
  });

  it("keeps Arabic's digits for years the same as for other numbers", () => {
    const t = createTranslator("ar");
    const digitsOf = (text: string) => plain(text).replace(/[^\d\u0660-\u0669\u06f0-\u06f9]/g, "");
    const yearDigits = digitsOf(t("panel.startedIn", { year: 2016 }));
    expect(yearDigits).toBe(digitsOf(t.number(2016)));
    expect(yearDigits).toHaveLength(4);
  });

  it("chooses the plural form by count (English 1 and 2)", () => {
    const t = createTranslator("en");
    expect(t("tooltip.activities", { count: 1 })).toBe("1 activity in the time window");
    expect(t("tooltip.activities", { count: 2 })).toBe("2 activities in the time window");
    expect(t("gaps.yearsSince", { year: 2016, years: 1, end: 2017 })).toBe(
      "2016 (1 year before 2017)",
    );
    expect(t("source.counts", { activities: 1, sources: 1 })).toBe(
      "1 activity from 1 ITU-D document",
    );
  });

  it("chooses Arabic's six plural forms (0, 1, 2, 3, 11, 100)", () => {
    const t = createTranslator("ar");
    const form = (count: number) => plain(t("table.caption", { count, window: "x" }));
    expect(form(0)).toBe("0 سجل، x");
    expect(form(1)).toBe("سجل واحد، x");
    expect(form(2)).toBe("سجلان، x");
    expect(form(3)).toBe("3 سجلات، x");
    expect(form(11)).toBe("11 سجلاً، x");
    expect(form(100)).toBe("100 سجل، x");
  });

  it("chooses Russian's forms (1, 2, 5, 21)", () => {
    const t = createTranslator("ru");
    const form = (count: number) => t("gaps.yearsSince", { year: 2010, years: count, end: 2021 });
    expect(form(1)).toBe("2010 (за 1 год до 2021)");
    expect(form(2)).toBe("2010 (за 2 года до 2021)");
    expect(form(5)).toBe("2010 (за 5 лет до 2021)");
    expect(form(21)).toBe("2010 (за 21 год до 2021)");
  });

  it("uses the one form Chinese has", () => {
    const t = createTranslator("zh");
    expect(t("tooltip.activities", { count: 1 })).toBe("所选时段内1项活动");
    expect(t("tooltip.activities", { count: 2 })).toBe("所选时段内2项活动");
  });

  it("joins lists the language's way", () => {
    expect(createTranslator("en").list(["A", "B", "C"])).toBe("A, B, and C");
    expect(createTranslator("en").list(["A", "B", "C"], "unit")).toBe("A, B, C");
    expect(createTranslator("fr").list(["A", "B", "C"])).toBe("A, B et C");
    expect(createTranslator("zh").list(["甲", "乙", "丙"])).toBe("甲、乙和丙");
    expect(createTranslator("en").list([])).toBe("");
  });

  it("isolates filled-in values and list items in right-to-left text", () => {
    const t = createTranslator("ar");
    expect(t.rightToLeft).toBe(true);
    expect(t("panel.countsIn", { window: "2013–2021" })).toContain(`${FSI}2013–2021${PDI}`);
    // Years come from the one year format: a left-to-right isolate, so a range keeps its order.
    expect(t("panel.startedIn", { year: 2016 })).toContain(`${LRI}2016${PDI}`);
    expect(t("panel.countsIn", { window: { from: 2013, to: 2021 } })).toContain(
      `${LRI}2013–2021${PDI}`,
    );
    expect(t("table.caption", { count: 5, window: "2020" })).toBe(
      `${FSI}5${PDI} سجلات، ${FSI}2020${PDI}`,
    );
    expect(t("app.subtitle")).toContain(`${LRI}${LRI}2013${PDI}–${LRI}2021${PDI}${PDI}`);
    expect(t.list(["ITU", "UNDP"])).toBe(`${FSI}ITU${PDI} و${FSI}UNDP${PDI}`);
    expect(createTranslator("en")("panel.countsIn", { window: "2013–2021" })).toBe(
      "Activities in 2013–2021",
    );
  });
});
