import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startAtlasBrowser } from "./fixture";

/**
 * One time axis: in the bottom bar, each year's bar stands centred over its year's tick, at any
 * width and in either reading direction. Self-contained: it needs only `open(query, viewport)`.
 */
const atlas = startAtlasBrowser();

interface Centre {
  year: number;
  x: number;
}

/** The centre x of each `[data-year]` element under `selector`, in document order. */
async function centres(page: Page, selector: string): Promise<Centre[]> {
  return page.$$eval(`${selector} [data-year]`, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { year: Number(element.getAttribute("data-year")), x: box.left + box.width / 2 };
    }),
  );
}

async function box(page: Page, selector: string) {
  return page.$eval(selector, (element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right };
  });
}

describe("time axis", () => {
  for (const width of [390, 800, 1440]) {
    for (const lang of ["en", "ar"]) {
      it(`puts each bar over its year's tick at ${width} px (${lang})`, async () => {
        const { page, errors } = await atlas.open(`lang=${lang}`, { width, height: 900 });
        const bars = await centres(page, ".time-axis .year-chart");
        const ticks = await centres(page, ".time-axis .year-ticks");
        expect(bars.length).toBeGreaterThan(1);
        expect(bars.map((b) => b.year)).toEqual(ticks.map((t) => t.year));
        for (const [i, bar] of bars.entries()) {
          const tick = ticks[i];
          expect(Math.abs(bar.x - (tick?.x ?? Number.NaN)), `year ${bar.year}`).toBeLessThanOrEqual(
            2,
          );
        }
        // Years run with the reading direction: right to left in Arabic.
        const first = ticks[0]?.x ?? 0;
        const last = ticks.at(-1)?.x ?? 0;
        expect(lang === "ar" ? first > last : first < last).toBe(true);
        // The buttons' row and the axis do not overlap.
        const bar = await box(page, ".time-bar");
        const axis = await box(page, ".time-axis");
        const apart =
          bar.bottom <= axis.top + 1 ||
          axis.bottom <= bar.top + 1 ||
          bar.right <= axis.left + 1 ||
          axis.right <= bar.left + 1;
        expect(apart).toBe(true);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
