import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/core/data/schema";
import {
  activitiesIn,
  atlasData,
  countryName,
  pixelOf,
  placeOf,
  SCREENSHOTS,
  showQuery,
  startAtlasBrowser,
  waitForDrawn,
  waitForIdleMap,
} from "./fixture";

const atlas = startAtlasBrowser();

/** Records naming a country, per category, active in a window: computed here from the data. */
function countryCounts(iso3: string, from: number, to: number) {
  return Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      activitiesIn(from, to, [c]).filter((a) => a.countries.includes(iso3)).length,
    ]),
  );
}

describe("finding a country", () => {
  it("selects Kenya from a search and shows the counts computed from the data", async () => {
    const { page, errors } = await atlas.reuse();
    await page.keyboard.press("/");
    await page.keyboard.type("kenya");
    await expect
      .poll(() => page.locator('[role="option"]').first().textContent())
      .toContain("Kenya");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#country-name").textContent()).toBe(countryName("KEN"));
    const expected = countryCounts("KEN", 2013, 2021);
    for (const category of CATEGORIES)
      expect(
        await page.locator(`.country-panel [data-category="${category}"] td`).textContent(),
        category,
      ).toBe(String(expected[category]));
    const listed = await page.locator(".country-panel .activity-group .activity").count();
    expect(listed).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
    expect(new URL(page.url()).searchParams.get("country")).toBe("KEN");
    expect(errors).toEqual([]);
  });

  it("forgives accents and typos", async () => {
    const { page } = await atlas.reuse();
    const search = page.locator(".search input");
    for (const [query, iso3] of [
      ["cote divoire", "CIV"],
      ["kneya", "KEN"],
      ["Türkiye", "TUR"],
      ["Lao", "LAO"],
    ]) {
      await search.fill(query ?? "");
      await expect
        .poll(() => page.locator('[role="option"]').first().textContent(), { message: query })
        .toContain(countryName(iso3 ?? ""));
    }
  });

  it("finds and selects a small island state, with its panel", async () => {
    const { page } = await atlas.reuse();
    await page.locator(".search input").fill("tuvalu");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#country-name").textContent()).toBe(countryName("TUV"));
    const expected = countryCounts("TUV", 2013, 2021);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(await page.locator('.country-panel [data-category="total"] td').textContent()).toBe(
      String(total),
    );
    await waitForDrawn(page);
    await waitForIdleMap(page);
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-small-island-TUV.png") });
  });

  it("puts a country beside 180° in the middle of the map, not against its edge", async () => {
    // Countries whose box centre lies within 10° of the antimeridian (Tuvalu, Tonga...): a camera
    // kept inside one world would stop short of them.
    const nearAntimeridian = atlasData.places.filter((p) => {
      const [west, , east] = p.viewBox ?? p.bbox;
      return east - west < 180 && Math.abs((west + east) / 2) > 170;
    });
    expect(nearAntimeridian.length).toBeGreaterThan(1);
    for (const place of nearAntimeridian) {
      const { page } = await atlas.reuse(`country=${place.iso3}`);
      await waitForDrawn(page);
      await waitForIdleMap(page);
      const [west, south, east, north] = place.viewBox ?? place.bbox;
      // A box across 180° runs past it (east + 360): its centre, back on the map's longitudes.
      const centreLng = (((((west + east) / 2 + 540) % 360) + 360) % 360) - 180;
      const centre = await pixelOf(page, [centreLng, (south + north) / 2]);
      const map = await page.locator(".atlas-map-canvas").boundingBox();
      if (!map) throw new Error("no map");
      const offCentre = Math.abs(centre.x - (map.x + map.width / 2)) / map.width;
      expect(offCentre, place.iso3).toBeLessThan(0.1);
      expect(await page.locator("#country-name").textContent()).toBe(countryName(place.iso3));
    }
    // Back at the whole world, the map draws one world again.
    const { page: home } = await atlas.reuse();
    await waitForIdleMap(home);
    expect(await home.evaluate(() => window.atlasMap?.getRenderWorldCopies())).toBe(false);
    // A link's camera looking across 180° is shown as it was shared.
    const [lng, lat] = nearAntimeridian[0]?.point ?? [0, 0];
    const { page } = await atlas.open(`camera=${lng},${lat},5`);
    const centre = await pixelOf(page, [lng, lat]);
    const map = await page.locator(".atlas-map-canvas").boundingBox();
    if (!map) throw new Error("no map");
    expect(Math.abs(centre.x - (map.x + map.width / 2))).toBeLessThan(2);
  });

  it("'Whole map' flies back to the whole world; × closes the panel where the map is", async () => {
    const inMap = async (page: Page, lngLat: [number, number]) => {
      const point = await pixelOf(page, lngLat);
      const map = await page.locator(".atlas-map-canvas").boundingBox();
      if (!map) throw new Error("no map");
      return (
        point.x >= map.x &&
        point.x <= map.x + map.width &&
        point.y >= map.y &&
        point.y <= map.y + map.height
      );
    };
    // Two places at opposite ends of the world: the westernmost and easternmost country points.
    const byLng = [...atlasData.places].sort((a, b) => a.point[0] - b.point[0]);
    const ends = [byLng[0], byLng[byLng.length - 1]].map((p) => p?.point as [number, number]);
    const { page } = await atlas.reuse("country=KEN");
    await waitForIdleMap(page);
    expect(await inMap(page, ends[0] as [number, number])).toBe(false);
    await page.getByRole("button", { name: "Whole map" }).click();
    await waitForDrawn(page);
    await waitForIdleMap(page);
    for (const end of ends) expect(await inMap(page, end as [number, number])).toBe(true);
    expect(new URL(page.url()).searchParams.has("camera")).toBe(false);
    expect(await page.locator("#country-name").count()).toBe(0);

    await showQuery(page, "country=KEN");
    await waitForDrawn(page);
    await waitForIdleMap(page);
    const kenya = await pixelOf(page, placeOf("KEN"));
    await page.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => page.locator("#country-name").count()).toBe(0);
    await waitForIdleMap(page);
    const after = await pixelOf(page, placeOf("KEN"));
    expect(Math.hypot(after.x - kenya.x, after.y - kenya.y)).toBeLessThan(2);
  });

  it("names the window and categories when a country has no recorded activity", async () => {
    const empty = atlasData.countries.find(
      (c) =>
        c.region &&
        activitiesIn(2013, 2015, [...CATEGORIES]).every((a) => !a.countries.includes(c.iso3)),
    );
    expect(empty).toBeDefined();
    const { page } = await atlas.reuse(`country=${empty?.iso3}&years=2013-2015`);
    const message = await page.locator(".empty-state").textContent();
    expect(message).toContain("2013–2015");
    expect(message).toContain("CIRTs");
    await page.screenshot({ path: join(SCREENSHOTS, `explorer-empty-${empty?.iso3}.png`) });
  });

  it("shows a country with many records", async () => {
    const counts = new Map<string, number>();
    for (const a of atlasData.activities)
      for (const c of a.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
    const [busiest] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    const { page } = await atlas.reuse(`country=${busiest}`);
    expect(await page.locator(".country-panel .activity").count()).toBeGreaterThanOrEqual(
      counts.get(busiest ?? "") ?? 1,
    );
    await page.screenshot({ path: join(SCREENSHOTS, `explorer-many-${busiest}.png`) });
  });
});

describe("the table view", () => {
  it("lists exactly the selection, and downloads the same rows as CSV", async () => {
    const { page } = await atlas.reuse("display=table&years=2018-2020&layers=cirt,dtc");
    const expected = activitiesIn(2018, 2020, ["cirt", "dtc"])
      .map((a) => a.id)
      .sort();
    const shown = async () =>
      (
        await page
          .locator(".records-table tbody tr")
          .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")))
      ).sort();
    expect(await shown()).toEqual(expected);

    const downloaded = async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download CSV" }).click(),
      ]);
      const path = join(SCREENSHOTS, download.suggestedFilename());
      await download.saveAs(path);
      const rows = Papa.parse<{ id: string }>(readFileSync(path, "utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data;
      return { name: download.suggestedFilename(), ids: rows.map((r) => r.id).sort() };
    };
    const all = await downloaded();
    expect(all.name).toBe("itu-d-activities_cirt-dtc_2018-2020.csv");
    expect(all.ids).toEqual(expected);

    await page.locator(".table-filter").fill("Kenya");
    const filtered = activitiesIn(2018, 2020, ["cirt", "dtc"])
      .filter((a) => a.countries.includes("KEN") || /kenya/i.test(`${a.title} ${a.quote}`))
      .map((a) => a.id)
      .sort();
    await expect.poll(shown).toEqual(filtered);
    expect((await downloaded()).ids).toEqual(filtered);
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-table.png") });
  });

  it("sorts by a column from the keyboard", async () => {
    const { page } = await atlas.reuse("display=table&layers=cirt");
    const header = page.getByRole("button", { name: /Years/ });
    await header.focus();
    await page.keyboard.press("Enter");
    const years = await page.locator(".records-table tbody tr td:first-child").allTextContents();
    const starts = years.map((y) => Number(y.slice(0, 4)));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(await page.locator('th[aria-sort="ascending"]').count()).toBe(1);
  });
});
