import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../tools/loadDataset";
import { SCREENSHOTS, startAtlasBrowser } from "./fixture";

/**
 * Date precision, read from data/activities.csv here (not from the app's data): a record known only
 * by its reporting period is drawn once, as a band, and counted apart wherever a window cuts it.
 */
const atlas = startAtlasBrowser();

interface Row {
  id: string;
  category: string;
  countries: string;
  year_start: string;
  year_end: string;
  date_precision: string;
}
const rows = Papa.parse<Row>(readFileSync(join(PROJECT_ROOT, "data", "activities.csv"), "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const naming = (iso3: string) => rows.filter((r) => r.countries.split(";").includes(iso3));
/** Known only by a reporting period of more than one year: a band, never a bar. */
const isBand = (r: Row) => r.date_precision === "period" && r.year_end !== r.year_start;
const sumOf = async (page: Page, selector: string, attribute: string) =>
  (
    await page
      .locator(selector)
      .evaluateAll((els, a) => els.map((e) => e.getAttribute(a)), attribute)
  )
    .map(Number)
    .reduce((sum, n) => sum + n, 0);

async function downloadCsv(page: Page) {
  await page.getByText("Export", { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Records (CSV)" }).click(),
  ]);
  const path = join(SCREENSHOTS, `precision-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

describe("date precision", () => {
  it("Kenya's panel, year chart and CSV agree: each record once, periods as bands", async () => {
    const { page, errors } = await atlas.reuse("country=KEN");
    const kenya = naming("KEN");
    const bands = kenya.filter(isBand);
    expect(bands.length).toBeGreaterThan(0);
    expect(
      await page.locator('.country-panel [data-category="total"] td').first().textContent(),
    ).toBe(String(kenya.length));
    const chart = ".country-panel .year-chart";
    const barTotal = await sumOf(page, `${chart} .bar[data-total]`, "data-total");
    const bandTotal = await sumOf(page, `${chart} .band[data-count]`, "data-count");
    expect(barTotal).toBe(kenya.length - bands.length);
    expect(bandTotal).toBe(bands.length);
    // Every band spans exactly a reporting period of Kenya's records.
    const periods = new Set(bands.map((r) => `${r.year_start}-${r.year_end}`));
    const drawn = await page
      .locator(`${chart} .band`)
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute("data-from")}-${e.getAttribute("data-to")}`),
      );
    expect(new Set(drawn)).toEqual(periods);
    // The whole atlas window holds every period: all dated in it.
    const csv = await downloadCsv(page);
    expect(csv.map((r) => r.id).sort()).toEqual(kenya.map((r) => r.id).sort());
    expect(csv.every((r) => r.dated_in_window === "exact")).toBe(true);
    expect(errors).toEqual([]);
  });

  it("in a single year, counts period records apart in the legend, panel and CSV", async () => {
    const year = 2019;
    const { page, errors } = await atlas.reuse(`country=KEN&mode=year&years=${year}`);
    const active = (r: Row) => Number(r.year_start) <= year && Number(r.year_end) >= year;
    const cutPeriod = (r: Row) => active(r) && isBand(r); // a period that holds more than 2019
    const kenya = naming("KEN").filter(active);
    const kenyaPeriod = kenya.filter(cutPeriod);
    expect(kenyaPeriod.length).toBeGreaterThan(0);
    const panelCell = (nth: number) =>
      page.locator('.country-panel [data-category="total"] td').nth(nth).textContent();
    expect(await panelCell(0)).toBe(String(kenya.length));
    expect(await panelCell(1)).toBe(String(kenyaPeriod.length));
    // The legend: per category, all records active in the year and, apart, the period ones.
    for (const category of ["assistance", "cirt"]) {
      const inCategory = rows.filter((r) => r.category === category && active(r));
      expect(await page.locator(`[data-count-for="${category}"]`).textContent()).toBe(
        String(inCategory.length),
      );
      expect(
        await page.locator(`[data-period-for="${category}"] .layer-period-count`).textContent(),
      ).toBe(String(inCategory.filter(cutPeriod).length));
    }
    await expect.poll(() => page.locator(".legend-shading").textContent()).toContain(String(year));
    const csv = await downloadCsv(page);
    expect(
      csv
        .filter((r) => r.dated_in_window === "period")
        .map((r) => r.id)
        .sort(),
    ).toEqual(kenyaPeriod.map((r) => r.id).sort());
    expect(csv).toHaveLength(kenya.length);
    expect(errors).toEqual([]);
  });

  it("draws each reporting period under its years on the time axis", async () => {
    const { page } = await atlas.reuse("");
    const ticks = new Map(
      await page.locator(".time-axis .year-ticks [data-year]").evaluateAll((els) =>
        els.map((e) => {
          const box = e.getBoundingClientRect();
          return [Number(e.getAttribute("data-year")), box.left + box.width / 2] as const;
        }),
      ),
    );
    const bands = await page.locator(".time-axis .period-bands .band").evaluateAll((els) =>
      els.map((e) => {
        const box = e.getBoundingClientRect();
        return {
          from: Number(e.dataset.from),
          to: Number(e.dataset.to),
          centre: box.left + box.width / 2,
        };
      }),
    );
    const periods = new Set(rows.filter(isBand).map((r) => `${r.year_start}-${r.year_end}`));
    expect(new Set(bands.map((b) => `${b.from}-${b.to}`))).toEqual(periods);
    for (const band of bands) {
      const middle =
        ((ticks.get(band.from) ?? Number.NaN) + (ticks.get(band.to) ?? Number.NaN)) / 2;
      expect(Math.abs(band.centre - middle), `${band.from}-${band.to}`).toBeLessThanOrEqual(2);
    }
  });
});
