import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/core/data/schema";
import { ITU_REGIONS } from "../../src/core/geography/types";
import { CATEGORY_STYLE } from "../../src/ui/theme/categoryStyle";
import {
  activitiesIn,
  atlasData,
  countColourPixels,
  SCREENSHOTS,
  startAtlasBrowser,
  waitForDrawn,
  waitForIdleMap,
} from "./fixture";

const atlas = startAtlasBrowser();
const legendCount = (category: string) => `[data-count-for="${category}"]`;

describe("the main screen", () => {
  it("shows, for a window given in the URL, the counts computed from the data", async () => {
    const { page, errors } = await atlas.reuse("years=2018-2020&mode=range");
    for (const category of CATEGORIES) {
      const expected = activitiesIn(2018, 2020, [category]).length;
      expect(await page.locator(legendCount(category)).textContent(), category).toBe(
        String(expected),
      );
    }
    const total = activitiesIn(2018, 2020, [...CATEGORIES]).length;
    expect(await page.locator('.overview-panel [data-category="total"] td').textContent()).toBe(
      String(total),
    );
    await page.screenshot({ path: join(SCREENSHOTS, "atlas-countries-2018-2020.png") });
    expect(errors).toEqual([]);
  });

  it("moves the year with the keyboard and recounts", async () => {
    const { page } = await atlas.reuse("years=2018-2020&mode=range");
    const to = page.getByRole("slider", { name: "To year" });
    await to.focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator(".time-window").textContent()).toBe("2018–2019");
    expect(new URL(page.url()).searchParams.get("years")).toBe("2018-2019");
    for (const category of CATEGORIES)
      expect(await page.locator(legendCount(category)).textContent(), category).toBe(
        String(activitiesIn(2018, 2019, [category]).length),
      );
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.locator(".time-window").textContent()).toBe("2018");
    expect(await to.getAttribute("aria-valuetext")).toContain("2018");
  });

  it("plays through the years and stops at 2021", async () => {
    const { page } = await atlas.reuse("mode=year&years=2019");
    await page.getByRole("button", { name: "Play" }).click();
    await expect
      .poll(() => page.locator(".time-window").textContent(), { timeout: 15_000 })
      .toBe("2021");
    await expect.poll(() => page.locator(".play").getAttribute("aria-pressed")).toBe("false");
    const assistance2021 = activitiesIn(2021, 2021, ["assistance"]).length;
    expect(await page.locator(legendCount("assistance")).textContent()).toBe(
      String(assistance2021),
    );
  });

  it("removes a layer's symbols when it is switched off", async () => {
    const { page } = await atlas.reuse("layers=cirt");
    await waitForIdleMap(page);
    const before = await countColourPixels(page, CATEGORY_STYLE.cirt.hex);
    expect(before, "CIRT symbols drawn").toBeGreaterThan(200);
    await page.locator('[data-layer="cirt"]').uncheck();
    await waitForDrawn(page);
    const after = await countColourPixels(page, CATEGORY_STYLE.cirt.hex);
    // Only the legend's own key keeps the colour.
    expect(after).toBeLessThan(before / 4);
    expect(new URL(page.url()).searchParams.get("layers")).toBe("");
  });

  it("shows six regions with their totals in the regions view", async () => {
    const { page } = await atlas.reuse("view=regions&years=2018-2020");
    const regionOf = new Map(atlasData.countries.map((c) => [c.iso3, c.region]));
    const rows = page.locator(".region-counts tr");
    expect(await rows.count()).toBe(ITU_REGIONS.length);
    for (const region of ITU_REGIONS) {
      const expected = activitiesIn(2018, 2020, [...CATEGORIES]).filter(
        (a) => a.region === region || a.countries.some((iso3) => regionOf.get(iso3) === region),
      ).length;
      expect(await page.locator(`[data-region="${region}"] td`).textContent(), region).toBe(
        String(expected),
      );
    }
    await page.screenshot({ path: join(SCREENSHOTS, "atlas-regions-2018-2020.png") });
  });

  it("falls back to the default for a bad URL value and says so", async () => {
    const { page, errors } = await atlas.reuse("years=2031&view=globe");
    const notice = await page.locator(".url-notices").textContent();
    expect(notice).toContain("years=2031");
    expect(notice).toContain("view=globe");
    expect(await page.locator(".time-window").textContent()).toBe("2013–2021");
    expect(errors).toEqual([]);
  });
});
