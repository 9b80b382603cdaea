import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../tools/loadDataset";
import { writeServiceWorker } from "../../tools/serviceWorker";
import { startStaticServer } from "../../tools/staticServer";
import { atlasData, SCREENSHOTS, startAtlasBrowser, waitForDrawn } from "./fixture";

/** Each test loads the atlas and caches the whole build: more than the suite's default time. */
const SLOW = 240_000;

/**
 * Offline after the first visit: the build's service worker caches every file, the atlas opens
 * with no network, and a new build is offered, never mixed with the old one.
 */
const atlas = startAtlasBrowser();

/** Waits until the page is controlled by the build's service worker (every file cached). */
async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 120_000,
  });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

describe("offline", () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  it(
    "opens, searches, shows a panel, the table and a CSV with the network gone",
    async () => {
      const { page, context, errors } = await atlas.watch(atlas.origin, undefined, [], "allow");
      await page.goto(`${atlas.origin}/atlas/`);
      await waitForDrawn(page);
      await waitForServiceWorker(page);

      await context.setOffline(true);
      await page.reload();
      await waitForDrawn(page);
      // Search and a country's panel.
      await page.keyboard.press("/");
      await page.keyboard.type("kenya");
      await page.keyboard.press("Enter");
      const kenya = atlasData.countries.find((c) => c.iso3 === "KEN")?.name ?? "";
      await expect.poll(() => page.locator("#country-name").textContent()).toBe(kenya);
      const naming = atlasData.activities.filter((a) => a.countries.includes("KEN")).length;
      expect(
        await page.locator('.country-panel [data-category="total"] td').first().textContent(),
      ).toBe(String(naming));
      // The table and its CSV.
      await page.getByRole("button", { name: "Table", exact: true }).first().click();
      await expect.poll(() => page.locator(".records-table tbody tr").count()).toBe(naming);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download CSV" }).click(),
      ]);
      const saved = join(SCREENSHOTS, `offline-${download.suggestedFilename()}`);
      await download.saveAs(saved);
      const csv = readFileSync(saved, "utf8");
      expect(csv.trim().split("\n").length).toBeGreaterThan(naming);
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    "offers a new build, and reloads on it without mixing files",
    async () => {
      const site = mkdtempSync(join(tmpdir(), "atlas-site-"));
      copies.push(site);
      cpSync(join(PROJECT_ROOT, "dist"), site, { recursive: true });
      const server = await startStaticServer({ "/atlas/": site });
      try {
        const { page, errors } = await atlas.watch(server.origin, undefined, [], "allow");
        await page.goto(`${server.origin}/atlas/?display=sources`);
        await waitForDrawn(page);
        await waitForServiceWorker(page);
        const [oldCache] = await cacheNames(page);

        // A new build: the same code, a document retitled in the data.
        const dataFile = join(site, "data", "atlas.json");
        const source = atlasData.sources[0];
        if (!source) throw new Error("no source in the data");
        const retitled = `${source.title} (revised)`;
        writeFileSync(
          dataFile,
          readFileSync(dataFile, "utf8").replace(
            JSON.stringify(source.title),
            JSON.stringify(retitled),
          ),
        );
        const version = writeServiceWorker(site);
        expect(`atlas-${version}`).not.toBe(oldCache);

        await page.evaluate(() =>
          navigator.serviceWorker.getRegistration().then((r) => r?.update()),
        );
        const prompt = page.locator(".update-available");
        await prompt.waitFor({ timeout: 120_000 });
        // Until the reader chooses, the page stays on the old build.
        expect(await page.locator("body").textContent()).not.toContain(retitled);
        await Promise.all([
          page.waitForEvent("load", { timeout: 120_000 }),
          prompt.getByRole("button").click(),
        ]);
        await waitForDrawn(page);
        await expect.poll(() => page.locator("body").textContent()).toContain(retitled);
        expect(await cacheNames(page)).toEqual([`atlas-${version}`]);
        expect(errors).toEqual([]);
      } finally {
        await server.close();
      }
    },
    SLOW,
  );

  it(
    "registers no service worker from an embed",
    async () => {
      const { page } = await atlas.watch(atlas.origin, undefined, [], "allow");
      await page.goto(`${atlas.origin}/atlas/?embed=1`);
      await waitForDrawn(page);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
      expect(await cacheNames(page)).toEqual([]);
    },
    SLOW,
  );
});
