import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  countryName,
  pixelOf,
  SCREENSHOTS,
  startAtlasBrowser,
  waitForDrawn,
  zoomTo,
} from "./fixture";

const atlas = startAtlasBrowser();

/** Taveuni, an island of Fiji astride the antimeridian: a point on each half (50m shapes). */
const TAVEUNI_WEST: [number, number] = [-179.92, -16.83];
const TAVEUNI_EAST: [number, number] = [179.95, -16.9];

/** The base-map country drawn at a point of the screen, as the map's click handler reads it. */
function countryDrawnAt(page: Page, point: { x: number; y: number }): Promise<string | null> {
  return page.evaluate(({ x, y }) => {
    const map = window.atlasMap;
    if (!map) throw new Error("map not ready");
    const box = map.getCanvas().getBoundingClientRect();
    const feature = map.queryRenderedFeatures([x - box.left, y - box.top], {
      layers: ["country-fill"],
    })[0];
    return (feature?.properties?.iso3 as string | undefined) ?? null;
  }, point);
}

describe("the base map's vector tiles", () => {
  it("draws the first view from tiles beside the page, without the full shapes", async () => {
    const watched = await atlas.watch();
    const requested: string[] = [];
    watched.page.on("request", (request) => requested.push(request.url()));
    await watched.page.goto(`${atlas.origin}/atlas/`);
    await waitForDrawn(watched.page);
    const tiles = requested.filter((url) => url.endsWith(".pbf"));
    expect(tiles.length).toBeGreaterThan(0);
    for (const url of tiles) expect(url).toMatch(/\/atlas\/tiles\/\d\/\d+\/\d+\.pbf$/);
    expect(requested.some((url) => url.endsWith("/atlas/data/atlas.json"))).toBe(true);
    expect(requested.filter((url) => url.includes("shapes.json"))).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  it("draws Fiji's detailed shapes when zoomed in, and Taveuni can be clicked on both halves", async () => {
    const { page, errors } = await atlas.open();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    for (const point of [TAVEUNI_WEST, TAVEUNI_EAST]) {
      await zoomTo(page, point, 9);
      // Zoom 9 is drawn from the most detailed tiles (zoom 5, scaled up).
      expect(requested.some((url) => /\/tiles\/5\/\d+\/17\.pbf$/.test(url))).toBe(true);
      const pixel = await pixelOf(page, point);
      expect(await countryDrawnAt(page, pixel)).toBe("FJI");
      if (point === TAVEUNI_WEST)
        await page.screenshot({ path: join(SCREENSHOTS, "tiles-taveuni.png") });
      await page.mouse.click(pixel.x, pixel.y);
      await expect.poll(() => page.locator("#country-name").textContent()).toBe(countryName("FJI"));
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("#country-name").count()).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
