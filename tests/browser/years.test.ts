import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { atlasData, startAtlasBrowser } from "./fixture";

const atlas = startAtlasBrowser();

const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
/** The atlas's years, read from the data the app loads. */
const years = atlasData.activities.flatMap((a) => [a.yearStart, a.yearEnd]);
const FIRST = Math.min(...years);
const LAST = Math.max(...years);

/**
 * A year of the atlas written with a grouping separator ("2,016", "2.016", "2 016", "٢٬٠١٦"), unless
 * it is a distance ("2,016 km").
 */
function groupedYears(text: string): string[] {
  const grouped =
    /(?<![\d\u0660-\u0669])([2\u0662])[,.\u066C\u00A0\u202F ]([\d\u0660-\u0669]{3})(?![\d\u0660-\u0669])(?!\s*(?:km|км|كم|公里))/g;
  const digit = (c: string) => String("0123456789".indexOf(c) >= 0 ? c : c.charCodeAt(0) - 0x0660);
  return [...text.matchAll(grouped)]
    .filter(([, a = "", b = ""]) => {
      const year = Number([...`${a}${b}`].map(digit).join(""));
      return year >= FIRST && year <= LAST;
    })
    .map(([match]) => match);
}

/** The text a user sees: the page's rendered text, isolates taken out. */
const visibleText = async (page: Page) =>
  (await page.evaluate(() => document.body.innerText)).replace(/[\u2066-\u2069]/g, "");

describe("years are written as years in every language", () => {
  for (const lang of LANGUAGES)
    it(`${lang}: the slider, the gap list and a country panel show no grouped year`, async () => {
      // The gaps view: the slider's ticks, the summary, the gap list's last activities.
      const { page, errors } = await atlas.reuse(`lang=${lang}&view=gaps&years=2014-2019`);
      expect(await page.locator(".gaps-list tbody tr").count()).toBeGreaterThan(0);
      const gapsText = await visibleText(page);
      expect(groupedYears(gapsText)).toEqual([]);
      const ticks = await page
        .locator(".year-ticks [data-year]")
        .evaluateAll((spans) => spans.map((s) => s.textContent?.replace(/[\u2066-\u2069]/g, "")));
      expect(ticks).toEqual(Array.from({ length: LAST - FIRST + 1 }, (_, i) => String(FIRST + i)));
      // The caveat is on the screen, not folded away, in every language.
      expect(await page.locator(".gaps-caveat").isVisible()).toBe(true);
      expect((await page.locator(".gaps-caveat").innerText()).length).toBeGreaterThan(20);

      // A country panel: its counts heading, year chart and records' years.
      await atlas.reuse(`lang=${lang}&country=KEN`);
      expect(await page.locator(".country-panel .activity").count()).toBeGreaterThan(0);
      const panelText = await visibleText(page);
      expect(panelText).toContain(`${FIRST}–${LAST}`);
      expect(groupedYears(panelText)).toEqual([]);

      // A region panel: the partnership figures' years.
      await atlas.reuse(`lang=${lang}&view=regions&region=AFR`);
      expect(await page.locator(".partnership-figures tbody tr").count()).toBeGreaterThan(0);
      expect(groupedYears(await visibleText(page))).toEqual([]);
      expect(errors).toEqual([]);
    });

  it("finds a grouped year when there is one (the check itself)", () => {
    expect(groupedYears("2,016 (5 years before 2,021)")).toEqual(["2,016", "2,021"]);
    expect(groupedYears("2 013: 1 records; 2\u202f014")).toEqual(["2 013", "2\u202f014"]);
    expect(groupedYears("India, 2,016 km; 2016–2021; 12,345")).toEqual([]);
  });
});
