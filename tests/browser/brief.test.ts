import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForBrief } from "../../tools/atlasPage";
import { PROJECT_ROOT } from "../../tools/loadDataset";
import { SCREENSHOTS, startAtlasBrowser } from "./fixture";

/**
 * The printable brief (`view=brief`), checked against data/activities.csv and
 * data/geography/countries.csv read here, independently of the app's data pipeline.
 */
const atlas = startAtlasBrowser();

const csv = <T>(name: string) =>
  Papa.parse<T>(readFileSync(join(PROJECT_ROOT, "data", name), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
const activities = csv<{
  id: string;
  category: string;
  countries: string;
  year_start: string;
  year_end: string;
  quote: string;
}>("activities.csv");
const countries = csv<{ iso3: string; itu_region: string }>("geography/countries.csv");
const naming = (iso3: string) => activities.filter((a) => a.countries.split(";").includes(iso3));
const kenya = naming("KEN");

/** Pages of a PDF: its `/Type /Page` objects (not the `/Type /Pages` tree). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Opens a page of its own at the query and waits for the brief to be drawn. */
async function openBrief(query: string) {
  const watched = await atlas.watch();
  await watched.page.goto(`${atlas.origin}/atlas/?${query}`);
  await waitForBrief(watched.page);
  return watched;
}

/** What every country brief must hold: each record once, each quote, the locator map, the QR code. */
async function expectKenyaBrief(page: Page) {
  const entries = page.locator('[data-section="activities"] li.activity');
  expect(await entries.count()).toBe(kenya.length);
  expect(
    (await entries.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).sort(),
  ).toEqual(kenya.map((a) => a.id).sort());
  const quotes = await page
    .locator(".brief .source-sentence")
    .evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  for (const record of kenya) expect(quotes, record.id).toContain(record.quote);
  // The locator map: inline SVG paths, Kenya's drawn and not empty, with its neighbours.
  const kenyaPath = page.locator('svg.locator-map path[data-iso3="KEN"]');
  expect(await kenyaPath.count()).toBe(1);
  expect(((await kenyaPath.getAttribute("d")) ?? "").length).toBeGreaterThan(100);
  expect(await page.locator('svg.locator-map path[data-iso3="UGA"]').count()).toBe(1);
  expect(await page.locator("canvas").count()).toBe(0);
  expect(Number(await page.locator("svg.qr-code").getAttribute("data-modules"))).toBeGreaterThan(
    20,
  );
  // Two A4 pages at most, and two US Letter pages.
  for (const format of ["A4", "Letter"] as const) {
    const pages = pageCount(await page.pdf({ format }));
    expect(pages, format).toBeGreaterThanOrEqual(1);
    expect(pages, format).toBeLessThanOrEqual(2);
  }
}

describe("the country brief", () => {
  it("opens from Kenya's panel and lists what the panel counts, each with its quote", async () => {
    const { page, errors, foreignRequests } = await atlas.open("country=KEN");
    const panelTotal = Number(
      await page.locator('.country-panel tr[data-category="total"] td').first().textContent(),
    );
    const panelEntries = await page.locator(".country-panel .activity-group li.activity").count();
    expect(panelTotal).toBe(kenya.length);
    expect(panelEntries).toBe(kenya.length);

    await page.locator(".country-panel a.brief-link").click();
    await waitForBrief(page);
    const url = new URL(page.url());
    expect([url.searchParams.get("view"), url.searchParams.get("country")]).toEqual([
      "brief",
      "KEN",
    ]);
    // No app chrome: the brief stands alone.
    for (const chrome of [".app-header", ".bottom-bar", ".legend", ".atlas-map"])
      expect(await page.locator(chrome).count(), chrome).toBe(0);
    expect(await page.locator("h1").textContent()).toBe("Kenya");
    await expectKenyaBrief(page);
    // The footer: the documents quoted, the date of the data, the live link back.
    const live = await page.locator("a.brief-live-link").getAttribute("href");
    expect(new URL(live ?? "").searchParams.get("country")).toBe("KEN");
    expect(new URL(live ?? "").searchParams.get("view")).toBeNull();
    expect(await page.locator(".brief-footer time").getAttribute("datetime")).toBe(
      readFileSync(join(PROJECT_ROOT, "data", "DATA_DATE"), "utf8").trim(),
    );
    expect(await page.locator(".brief-sources li").count()).toBeGreaterThan(0);
    // Back returns to the map with Kenya chosen.
    await page.goBack();
    await page.waitForSelector(".country-panel a.brief-link");
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it("is the same in Arabic, right to left", async () => {
    const { page, errors } = await openBrief("view=brief&country=KEN&lang=ar");
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual(["ar", "rtl"]);
    expect(await page.locator(".brief-print").textContent()).not.toContain("Print");
    await expectKenyaBrief(page);
    await page.screenshot({ path: join(SCREENSHOTS, "brief-ar.png"), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("follows the link's years and categories", async () => {
    const { page } = await openBrief("view=brief&country=KEN&years=2020&mode=year&layers=cirt");
    const expected = kenya.filter(
      (a) => a.category === "cirt" && Number(a.year_start) <= 2020 && Number(a.year_end) >= 2020,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator('[data-section="activities"] li.activity').count()).toBe(
      expected.length,
    );
    expect(await page.locator('svg.locator-map [data-category="cirt"]').count()).toBe(
      expected.length,
    );
  });

  it("falls back to the map, with a notice, without a country or a region", async () => {
    const { page } = await atlas.open("view=brief");
    await expect.poll(() => page.locator(".url-notices").textContent()).toContain("view=brief");
    expect(await page.locator(".brief").count()).toBe(0);
  });

  it("is loaded only when asked for: the first view fetches neither the brief nor the QR encoder", async () => {
    const watched = await atlas.watch();
    const scripts: string[] = [];
    watched.page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await watched.page.goto(`${atlas.origin}/atlas/?country=KEN`);
    await watched.page.waitForSelector(".country-panel a.brief-link");
    expect(scripts.filter((s) => /Brief|qrcode/i.test(s))).toEqual([]);
    await watched.page.locator(".country-panel a.brief-link").click();
    await waitForBrief(watched.page);
    expect(scripts.filter((s) => /BriefPage/.test(s))).toHaveLength(1);
    expect(scripts.filter((s) => /qrcode/.test(s))).toHaveLength(1);
  });
});

describe("the region brief", () => {
  it("ranks the region's countries with their counts", async () => {
    const { page, errors } = await openBrief("view=brief&region=AFR");
    const rows = await page
      .locator(".brief-ranked tbody tr")
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute("data-iso3"), Number(e.getAttribute("data-total"))]),
      );
    const african = countries.filter((c) => c.itu_region === "AFR");
    expect(rows.map(([iso3]) => iso3).sort()).toEqual(african.map((c) => c.iso3).sort());
    for (const [iso3, total] of rows) expect(total, String(iso3)).toBe(naming(String(iso3)).length);
    const totals = rows.map(([, total]) => Number(total));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const pages = pageCount(await page.pdf({ format: "A4" }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });
});
