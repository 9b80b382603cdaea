import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/loadDataset";
import type { AtlasData } from "../../src/core/data/atlasData";
import { launchChromium, openWatchedPage, type WatchedPage, waitForMap } from "./browser";
import { type StaticServer, startStaticServer } from "./staticServer";

/** The data the built app loads: tests derive their expectations from it, never from typed numbers. */
export const atlasData = JSON.parse(
  readFileSync(join(PROJECT_ROOT, "dist", "data", "atlas.json"), "utf8"),
) as AtlasData;

export const SCREENSHOTS = join(PROJECT_ROOT, "test-results");

/** Starts the server (dist/ under /atlas/, a sub-folder) and Chromium once per test file. */
export function startAtlasBrowser(pages: Record<string, string> = {}) {
  const state = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    state.server = await startStaticServer({ "/atlas/": join(PROJECT_ROOT, "dist") }, pages);
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return {
    get origin() {
      return state.server.origin;
    },
    /** Opens the atlas with a query string and waits for the map. */
    async open(query = "", viewport?: { width: number; height: number }): Promise<WatchedPage> {
      const watched = await openWatchedPage(state.browser, state.server.origin, viewport);
      await watched.page.goto(`${state.server.origin}/atlas/${query ? `?${query}` : ""}`);
      await waitForMap(watched.page);
      return watched;
    },
    get browser() {
      return state.browser;
    },
  };
}

/** Screen position of a longitude/latitude on the page's map. */
export async function pixelOf(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([lng, lat]) => {
    const map = window.atlasMap;
    if (!map) throw new Error("map not ready");
    const p = map.project([lng, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
  return point;
}

export function placeOf(iso3: string): [number, number] {
  const place = atlasData.places.find((p) => p.iso3 === iso3);
  if (!place) throw new Error(`no place for ${iso3}`);
  return place.point;
}

export function countryName(iso3: string): string {
  const country = atlasData.countries.find((c) => c.iso3 === iso3);
  if (!country) throw new Error(`no country ${iso3}`);
  return country.name;
}

/** Waits for the camera to stop, then shows the whole world again (as a user zooming out would). */
export async function showWholeWorld(page: Page): Promise<void> {
  await page.waitForFunction(() => window.atlasMap && !window.atlasMap.isMoving(), null, {
    timeout: 10_000,
  });
  await page.evaluate(() => {
    window.atlasMap?.fitBounds(
      [
        [-180, -56],
        [180, 78],
      ],
      { duration: 0 },
    );
  });
  await page.waitForTimeout(300);
}

/** Centres the map on a point at a zoom level, as a user would before clicking a tiny island. */
export async function zoomTo(page: Page, lngLat: [number, number], zoom: number): Promise<void> {
  await page.waitForFunction(() => window.atlasMap && !window.atlasMap.isMoving(), null, {
    timeout: 10_000,
  });
  await page.evaluate(([lng, lat, z]) => window.atlasMap?.jumpTo({ center: [lng, lat], zoom: z }), [
    ...lngLat,
    zoom,
  ] as const);
  await page.waitForTimeout(300);
}

/** Records active in a window, of the given categories: the test's own, independent count. */
export function activitiesIn(from: number, to: number, categories: string[]) {
  return atlasData.activities.filter(
    (a) => categories.includes(a.category) && a.yearStart <= to && a.yearEnd >= from,
  );
}

/**
 * Decodes a PNG in the page and reports how many pixels are within `tolerance` of an RGB colour and
 * how many distinct colours a sample of every 13th pixel holds.
 */
export async function pngStats(
  page: Page,
  pngBase64: string,
  hex = "#000000",
  tolerance = 18,
): Promise<{ matching: number; distinct: number }> {
  return page.evaluate(
    async ({ png, hex, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext("2d");
      if (!ctx) return { matching: -1, distinct: -1 };
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const target = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      let matching = 0;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (
          Math.abs(r - (target[0] ?? 0)) <= tolerance &&
          Math.abs(g - (target[1] ?? 0)) <= tolerance &&
          Math.abs(b - (target[2] ?? 0)) <= tolerance
        )
          matching++;
        if (i % (4 * 13) === 0) seen.add((r << 16) | (g << 8) | b);
      }
      return { matching, distinct: seen.size };
    },
    { png: pngBase64, hex, tolerance },
  );
}

/** Counts the pixels of the page, as a user sees it, that have a given colour. */
export async function countColourPixels(page: Page, hex: string, tolerance = 18): Promise<number> {
  const png = (await page.screenshot()).toString("base64");
  return (await pngStats(page, png, hex, tolerance)).matching;
}
