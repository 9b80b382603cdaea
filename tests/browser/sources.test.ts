import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../tools/loadDataset";
import { startAtlasBrowser } from "./fixture";

/**
 * The Sources view and the coverage bands, checked against data/sources.csv and
 * data/activities.csv read here, independently of the app's data pipeline.
 */
const atlas = startAtlasBrowser();

const csv = <T>(name: string) =>
  Papa.parse<T>(readFileSync(join(PROJECT_ROOT, "data", name), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
const sources = csv<{ id: string; title: string; period_start: string; period_end: string }>(
  "sources.csv",
);
const activities = csv<{ id: string; source: string; year_start: string }>("activities.csv");
const recordsOf = (id: string) => activities.filter((a) => a.source === id).length;
const years = Array.from({ length: 2021 - 2013 + 1 }, (_, i) => 2013 + i);
const uncovered = years.filter(
  (y) => !sources.some((s) => Number(s.period_start) <= y && y <= Number(s.period_end)),
);

describe("the Sources view", () => {
  it("lists every document with its records; the counts sum to the total", async () => {
    const { page, errors } = await atlas.reuse("display=sources");
    const items = page.locator(".sources-view .source-item");
    await expect.poll(() => items.count()).toBe(sources.length);
    expect(sources).toHaveLength(5);
    const listed = await items.evaluateAll((els) =>
      els.map((el) => [
        (el as HTMLElement).dataset.source,
        Number((el as HTMLElement).dataset.records),
      ]),
    );
    expect(listed).toEqual(sources.map((s) => [s.id, recordsOf(s.id)]));
    const sum = listed.reduce((total, [, n]) => total + Number(n), 0);
    expect(sum).toBe(activities.length);
    // The planning document: listed with 0, and says it reports no country-level activity.
    const empty = page.locator('.source-item[data-records="0"]');
    expect(await empty.count()).toBe(sources.filter((s) => recordsOf(s.id) === 0).length);
    expect(await empty.locator(".source-none").count()).toBe(await empty.count());
    expect(await empty.locator("a").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("links a document to its records in the table, by the address", async () => {
    const { page, errors } = await atlas.reuse("display=sources&years=2019&mode=year&layers=cirt");
    const document = sources.find((s) => recordsOf(s.id) > 1);
    if (!document) throw new Error("no document with records");
    await page.locator(`.source-item[data-source="${document.id}"] a.source-records`).click();
    const rows = page.locator(".records-table tbody tr");
    // Every year and category: the link shows the document's records whatever was selected.
    await expect.poll(() => rows.count()).toBe(recordsOf(document.id));
    const url = new URL(page.url());
    expect(url.searchParams.get("display")).toBe("table");
    expect(url.searchParams.get("source")).toBe(document.id);
    await page.locator(".table-source button").click();
    await expect.poll(() => rows.count()).toBe(activities.length);
    expect(errors).toEqual([]);
  });

  it("falls back to every record, with a notice, for an unknown document", async () => {
    const { page } = await atlas.reuse("display=table&source=no-such-document");
    await expect.poll(() => page.locator(".url-notices").textContent()).toContain("source");
    await expect
      .poll(() => page.locator(".records-table tbody tr").count())
      .toBe(activities.length);
  });

  it("is one click away from the header on a phone", async () => {
    const { page, errors } = await atlas.open("", { width: 390, height: 844, touch: true });
    await page.locator(".app-header .sources-button").click();
    await expect.poll(() => page.locator(".sources-view .source-item").count()).toBe(5);
    expect(new URL(page.url()).searchParams.get("display")).toBe("sources");
    expect(errors).toEqual([]);
  });
});

describe("the coverage bands under the year chart", () => {
  it.each(["en", "ar"])(
    "%s: one band per document over its period, and the years no document covers marked",
    async (lang) => {
      const { page, errors } = await atlas.reuse(lang === "en" ? "" : `lang=${lang}`);
      expect(uncovered).toEqual([2013, 2017]);
      const marked = await page
        .locator(".coverage-bands [data-uncovered-year]")
        .evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.uncoveredYear)));
      expect(marked).toEqual(uncovered);
      // Barely covered: the records that state those years are few next to the busiest year.
      const startingIn = (y: number) => activities.filter((a) => Number(a.year_start) === y).length;
      for (const y of uncovered)
        expect(startingIn(y)).toBeLessThan(Math.max(...years.map(startingIn)) / 10);
      // Each band spans the columns of its years in the chart, in either reading direction.
      const columns = await page.locator(".year-chart li").evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return { left: box.left, right: box.right };
        }),
      );
      for (const s of sources) {
        const band = page.locator(`.coverage-bands [data-source="${s.id}"]`);
        const box = await band.boundingBox();
        if (!box) throw new Error(`no band for ${s.id}`);
        const ends = [Number(s.period_start), Number(s.period_end)].map(
          (y) => columns[y - 2013] ?? { left: Number.NaN, right: Number.NaN },
        );
        const left = Math.min(...ends.map((c) => c.left));
        const right = Math.max(...ends.map((c) => c.right));
        expect(box.x, s.id).toBeGreaterThanOrEqual(left - 0.5);
        expect(box.x + box.width, s.id).toBeLessThanOrEqual(right + 0.5);
        const label = await band.getAttribute("title");
        expect(label, s.id).toContain(s.title);
        expect(label, s.id).toContain(String(recordsOf(s.id)));
      }
      expect(errors).toEqual([]);
    },
  );
});
