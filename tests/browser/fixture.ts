import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import type { AtlasData } from "../../src/core/data/atlasData";
import {
  openWatchedPage,
  type Viewport,
  type WatchedPage,
  waitForDrawn,
  waitForIdleMap,
} from "../../tools/atlasPage";
import { PROJECT_ROOT } from "../../tools/loadDataset";

export { waitForDrawn, waitForIdleMap };

/** The data the built app loads: tests derive their expectations from it, never from typed numbers. */
export const atlasData = JSON.parse(
  readFileSync(join(PROJECT_ROOT, "dist", "data", "atlas.json"), "utf8"),
) as AtlasData;

export const SCREENSHOTS = join(PROJECT_ROOT, "test-results");

/** Sets the address as a script or the back button would; the app reads the view from it again. */
export async function showQuery(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    window.history.pushState(null, "", `?${q}`);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, query);
}

/**
 * Connects to the run's Chromium (started once, in global-setup.ts) and serves the atlas from the
 * run's server (dist/ under /atlas/, a sub-folder). Pages opened with `open` or `watch` are closed
 * after each test; the page of `reuse` stays loaded for the whole file.
 */
export function startAtlasBrowser() {
  const origin = inject("atlasOrigin");
  const state = {} as { browser: Browser; reused?: Promise<WatchedPage & { home: Camera }> };
  const perTest: WatchedPage[] = [];
  beforeAll(async () => {
    state.browser = await chromium.connect(inject("chromiumEndpoint"));
  });
  afterEach(async () => {
    await Promise.all(perTest.splice(0).map((w) => w.context.close()));
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  const watch: typeof openWatchedPage = async (...args) => {
    const watched = await openWatchedPage(...args);
    perTest.push(watched);
    return watched;
  };
  const load = async (watched: WatchedPage, query: string) => {
    await watched.page.goto(`${origin}/atlas/${query ? `?${query}` : ""}`);
    await waitForDrawn(watched.page);
    return watched;
  };
  return {
    origin,
    get browser() {
      return state.browser;
    },
    /** A page of its own for this test, closed after it, that records errors and foreign requests. */
    watch: (
      pageOrigin = origin,
      viewport?: Viewport,
      otherAllowedOrigins?: string[],
      serviceWorkers?: "allow" | "block",
    ) => watch(state.browser, pageOrigin, viewport, otherAllowedOrigins, serviceWorkers),
    /** Opens the atlas with a query string in a new page and waits for the view to be drawn. */
    async open(query = "", viewport?: Viewport): Promise<WatchedPage> {
      return load(await watch(state.browser, origin, viewport), query);
    },
    /**
     * Shows a query in the file's one loaded page, as a fresh load would show it: transient UI
     * closed, the camera back where the load put it, then the view read from the new address.
     * Errors and foreign requests are those recorded from this call on.
     */
    async reuse(query = ""): Promise<WatchedPage> {
      if (!state.reused) {
        state.reused = (async () => {
          const watched = await load(await openWatchedPage(state.browser, origin), "");
          const home = await cameraOf(watched.page);
          return { ...watched, home };
        })();
        const watched = await state.reused;
        if (!query) return watched;
      }
      const watched = await state.reused;
      const { page } = watched;
      await waitForDrawn(page);
      await page.mouse.move(0, 0);
      await page.keyboard.press("Escape");
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // Leave any selection first, so a country or region focus is flown to as on a fresh load.
      const url = new URL(page.url());
      if (url.searchParams.has("country") || url.searchParams.has("region")) {
        await showQuery(page, "");
        await waitForDrawn(page);
      }
      // Returns nothing: a returned map instance would be serialised, which takes seconds.
      await page.evaluate((home) => {
        window.atlasMap?.jumpTo(home);
      }, watched.home);
      await waitForIdleMap(page);
      watched.errors.splice(0);
      watched.foreignRequests.splice(0);
      await showQuery(page, query);
      await waitForDrawn(page);
      return watched;
    },
  };
}

interface Camera {
  center: [number, number];
  zoom: number;
}

async function cameraOf(page: Page): Promise<Camera> {
  return page.evaluate(() => {
    const map = window.atlasMap;
    if (!map) throw new Error("map not ready");
    const { lng, lat } = map.getCenter();
    return { center: [lng, lat] as [number, number], zoom: map.getZoom() };
  });
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
  await moveCamera(page, { bounds: [-180, -56, 180, 78] });
}

/** Centres the map on a point at a zoom level, as a user would before clicking a tiny island. */
export async function zoomTo(page: Page, lngLat: [number, number], zoom: number): Promise<void> {
  await moveCamera(page, { center: lngLat, zoom });
}

/** Jumps the camera once the map is still, then waits until the map has drawn the new camera. */
async function moveCamera(
  page: Page,
  to: { bounds: [number, number, number, number] } | { center: [number, number]; zoom: number },
): Promise<void> {
  await waitForDrawn(page);
  await page.evaluate(
    (to) =>
      new Promise<void>((resolve, reject) => {
        const map = window.atlasMap;
        if (!map) return reject(new Error("map not ready"));
        map.once("idle", () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
        if ("bounds" in to) {
          const [west, south, east, north] = to.bounds;
          map.fitBounds(
            [
              [west, south],
              [east, north],
            ],
            { duration: 0 },
          );
        } else map.jumpTo(to);
        map.triggerRepaint();
      }),
    to,
  );
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
