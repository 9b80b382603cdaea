import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/core/data/schema";
import { type StaticServer, startStaticServer } from "../../tools/staticServer";
import {
  activitiesIn,
  countryName,
  pngStats,
  SCREENSHOTS,
  startAtlasBrowser,
  waitForDrawn,
} from "./fixture";

const atlas = startAtlasBrowser();

/** What a user sees of the view: the numbers and the selection. */
async function visibleState(page: Page) {
  return {
    window: await page.locator(".time-window").textContent(),
    counts: await Promise.all(
      CATEGORIES.map((c) => page.locator(`[data-count-for="${c}"]`).textContent()),
    ),
    country: await page.locator("#country-name").textContent(),
    panelTotal: await page.locator('.country-panel [data-category="total"] td').textContent(),
    view: await page.locator(".view-switch button[aria-pressed=true]").allTextContents(),
  };
}

async function download(page: Page, menuItem: string) {
  await page.getByText("Export", { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: menuItem }).click(),
  ]);
  const path = join(SCREENSHOTS, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

describe("links", () => {
  it("opens a copied link as the same view", async () => {
    const { page } = await atlas.reuse("years=2018-2020&layers=cirt,dtc,connectivity&country=KEN");
    await page.waitForFunction(() => window.atlasMap && !window.atlasMap.isMoving());
    await page.getByRole("button", { name: "Share" }).click();
    await expect.poll(() => page.locator(".share-status").textContent()).toBe("Link copied");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain("country=KEN");
    expect(link).toContain("camera=");
    const before = await visibleState(page);
    expect(before.country).toBe(countryName("KEN"));

    const copy = await atlas.watch();
    await copy.page.goto(link);
    await waitForDrawn(copy.page);
    expect(await visibleState(copy.page)).toEqual(before);
    const centre = async (p: Page) => p.evaluate(() => window.atlasMap?.getCenter().toArray());
    const [a, b] = [await centre(page), await centre(copy.page)];
    expect(Math.abs((a?.[0] ?? 0) - (b?.[0] ?? 99))).toBeLessThan(0.05);
  });

  it("still opens an old link of the versioned scheme", async () => {
    const { page, errors } = await atlas.reuse("v=1&view=regions&years=2019&mode=year");
    expect(await page.locator(".url-notices").count()).toBe(0);
    expect(await page.locator(".time-window").textContent()).toBe("2019");
    expect(await page.locator(".region-counts tr").count()).toBe(6);
    expect(errors).toEqual([]);
  });

  it("never breaks on a few hundred malformed parameter strings", async () => {
    const alphabet = "=&%,-_.0123456789abcdefghijklmnopqrstuvwxyz<>\"'`;/ ";
    const names = [
      "view",
      "years",
      "mode",
      "layers",
      "country",
      "region",
      "camera",
      "embed",
      "controls",
      "display",
      "lang",
      "v",
    ];
    let seed = 11;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const randomQuery = () =>
      Array.from({ length: 1 + (next() % 4) }, () => {
        const value = Array.from(
          { length: next() % 12 },
          () => alphabet[next() % alphabet.length],
        ).join("");
        return `${names[next() % names.length]}=${encodeURIComponent(value)}`;
      }).join("&");
    // 200 strings read in place, as the back button would, then a few full page loads.
    const { page, errors } = await atlas.reuse();
    const broken = await page.evaluate(
      async (queries) => {
        const failed: string[] = [];
        for (const query of queries) {
          window.history.pushState(null, "", `?${query}`);
          window.dispatchEvent(new PopStateEvent("popstate"));
          // React renders and commits a popstate's update in a microtask queued by the event;
          // the map draws only the last state (below): a drawn frame per string takes seconds.
          await Promise.resolve();
          if (document.querySelectorAll(".time-window, .embed-title").length === 0)
            failed.push(query);
        }
        return failed;
      },
      Array.from({ length: 200 }, randomQuery),
    );
    expect(broken, "queries after which neither the time window nor the embed title shows").toEqual(
      [],
    );
    await waitForDrawn(page);
    expect(errors).toEqual([]);
    const loaded = await atlas.watch();
    for (let i = 0; i < 3; i++) {
      const query = randomQuery();
      await loaded.page.goto(`${atlas.origin}/atlas/?${query}`, { waitUntil: "domcontentloaded" });
      await loaded.page.waitForSelector(".app", { timeout: 15_000 });
    }
    expect(loaded.errors).toEqual([]);
  });
});

describe("exports", () => {
  it("exports a PNG with title, legend and source line, at screen and 2x size", async () => {
    const { page } = await atlas.reuse("years=2018-2020");
    const box = await page.locator(".atlas-map").boundingBox();
    const png = await download(page, "Image (PNG)");
    expect(png.name).toBe("itu-d-activities_all_2018-2020.png");
    const size = (path: string) => {
      const bytes = readFileSync(path);
      return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
    };
    const chrome = 56 + 28; // title band and source line, as exportPng.ts draws them
    expect(size(png.path)).toEqual({
      width: Math.round(box?.width ?? 0),
      height: Math.round((box?.height ?? 0) + chrome),
    });
    const { distinct: colours } = await pngStats(page, readFileSync(png.path).toString("base64"));
    expect(colours, "distinct colours in the image").toBeGreaterThan(50);

    const png2x = await download(page, "Image, 2× resolution (PNG)");
    const big = size(png2x.path);
    expect(big).toEqual({ width: size(png.path).width * 2, height: size(png.path).height * 2 });
  });

  it("exports the records of the selection as CSV and GeoJSON, with their quotes", async () => {
    const { page } = await atlas.reuse("years=2019&layers=cirt,connectivity");
    const expected = activitiesIn(2019, 2019, ["cirt", "connectivity"])
      .map((a) => a.id)
      .sort();
    const csv = await download(page, "Records (CSV)");
    expect(csv.name).toBe("itu-d-activities_cirt-connectivity_2019.csv");
    const rows = Papa.parse<{ id: string; quote: string }>(readFileSync(csv.path, "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id).sort()).toEqual(expected);
    expect(rows.every((r) => r.quote.length > 20)).toBe(true);
    const geojson = await download(page, "Records (GeoJSON)");
    const collection = JSON.parse(readFileSync(geojson.path, "utf8")) as {
      features: { id: string }[];
    };
    expect(collection.features.map((f) => f.id).sort()).toEqual(expected);
  });
});

describe("embeds", () => {
  let host: StaticServer;
  beforeAll(async () => {
    host = await startStaticServer({}, {}, 0);
  });
  afterAll(async () => host?.close());

  it("shows a chrome-less view that posts its height, and a host page resizes it", async () => {
    const hostPage = `<!doctype html><html><head><title>Host</title><link rel="icon" href="data:,"></head><body>
      <h1>A page that embeds the atlas</h1>
      <iframe id="atlas" src="${atlas.origin}/atlas/?embed=1&years=2018-2020" width="700" height="200" title="Atlas" loading="lazy" style="border:0"></iframe>
      <script src="${atlas.origin}/atlas/embed.js"></script>
      <script>
        window.states = [];
        window.addEventListener("message", (e) => { if (e.data && e.data.type === "itu-d-atlas:state") window.states.push(e.data.query); });
      </script></body></html>`;
    await host.close();
    host = await startStaticServer({}, { "/host.html": hostPage });
    const { page, errors, foreignRequests } = await atlas.watch(
      host.origin,
      { width: 900, height: 1000 },
      [atlas.origin],
    );
    await page.goto(`${host.origin}/host.html`);
    const frame = page.frameLocator("#atlas");
    await frame.locator(".embed-title").waitFor({ timeout: 30_000 });
    expect(await frame.locator(".app-header").count()).toBe(0);
    expect(await frame.locator(".side-panel").count()).toBe(0);
    expect(await frame.locator(".source-line").textContent()).toContain(
      "Source: ITU-D reports, 2013–2021",
    );
    await expect
      .poll(() => page.locator("#atlas").evaluate((f) => (f as HTMLIFrameElement).style.height), {
        timeout: 20_000,
      })
      .toMatch(/px$/);
    const height = await page
      .locator("#atlas")
      .evaluate((f) => Number.parseInt((f as HTMLIFrameElement).style.height, 10));
    expect(height).toBeGreaterThan(400);

    // The host steers the embed; the embed announces its new state. A message of another shape is ignored.
    await page.evaluate(() => {
      const target = (document.getElementById("atlas") as HTMLIFrameElement).contentWindow;
      target?.postMessage({ type: "itu-d-atlas:set", layers: ["rockets"] }, "*");
      target?.postMessage({ type: "itu-d-atlas:set", years: "2019", layers: ["cirt"] }, "*");
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { states: string[] }).states.at(-1)), {
        timeout: 10_000,
      })
      .toBe("years=2019&layers=cirt&embed=1");
    expect(await frame.locator('[data-count-for="cirt"]').textContent()).toBe(
      String(activitiesIn(2019, 2019, ["cirt"]).length),
    );
    await page.screenshot({ path: join(SCREENSHOTS, "embed-host.png") });
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("hides the time slider with controls=0", async () => {
    const { page } = await atlas.reuse("embed=1&controls=0");
    expect(await page.locator(".time-slider").count()).toBe(0);
    expect(await page.locator(".legend").count()).toBe(1);
  });

  it("builds iframe code for the current view in the embed dialog", async () => {
    const { page } = await atlas.reuse("years=2019&layers=dtc");
    await page.getByRole("button", { name: "Embed" }).click();
    const code = await page.locator(".embed-code").inputValue();
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('title="ITU-D Activity Atlas map"');
    expect(code).toContain("border:0");
    expect(code).toContain("embed=1");
    expect(code).toContain("years=2019");
    await page.getByLabel(/Large/).check();
    expect(await page.locator(".embed-code").inputValue()).toContain('width="960"');
    await page.locator(".embed-preview iframe").scrollIntoViewIfNeeded();
    await page
      .frameLocator(".embed-preview iframe")
      .locator(".embed-title")
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, "embed-dialog.png") });
  });
});
