import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../tools/loadDataset";
import {
  activitiesIn,
  atlasData,
  SCREENSHOTS,
  showQuery,
  startAtlasBrowser,
  waitForDrawn,
} from "./fixture";

const atlas = startAtlasBrowser();

describe("resilience and security", () => {
  it("shows a clear message and the table when WebGL is unavailable", async () => {
    const { page, errors } = await atlas.watch();
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      const withoutWebgl = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith("webgl") || type === "experimental-webgl") return null;
        return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
      };
      HTMLCanvasElement.prototype.getContext = withoutWebgl as typeof original;
    });
    await page.goto(`${atlas.origin}/atlas/?years=2018-2020&layers=cirt`);
    await page.waitForSelector(".webgl-missing", { timeout: 30_000 });
    expect(await page.locator(".webgl-missing").textContent()).toContain("WebGL");
    // The table is loaded on first use: wait for its rows.
    await expect
      .poll(() => page.locator(".records-table tbody tr").count())
      .toBe(activitiesIn(2018, 2020, ["cirt"]).length);
    expect(await page.locator(".side-panel").count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, "resilience-no-webgl.png") });
    expect(errors.filter((e) => !/webgl/i.test(e))).toEqual([]);
  });

  it("ships a Content-Security-Policy that allows only its own origin, with no violation", async () => {
    const html = readFileSync(join(PROJECT_ROOT, "dist", "index.html"), "utf8").replaceAll(
      "&#39;",
      "'",
    );
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain("default-src 'self'");
    expect(html).not.toContain("unsafe-eval");
    const { page } = await atlas.watch();
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { violations: string[] }).violations.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    await page.goto(`${atlas.origin}/atlas/?view=countries&country=KEN`);
    await waitForDrawn(page);
    await page.getByRole("button", { name: "Embed" }).click();
    await page
      .frameLocator(".embed-preview iframe")
      .locator(".embed-title")
      .waitFor({ timeout: 30_000 });
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
  });

  it("shows hostile text from the data and the URL as text, never as HTML", async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const { page, errors } = await atlas.watch();
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.route("**/data/atlas.json", async (route) => {
      const data = JSON.parse(JSON.stringify(atlasData));
      const template = data.activities.find((a: { countries: string[] }) =>
        a.countries.includes("KEN"),
      );
      data.activities.push({
        ...template,
        id: "hostile-record",
        title: hostile,
        quote: hostile,
        place: hostile,
        partners: [hostile],
      });
      await route.fulfill({ contentType: "application/json", body: JSON.stringify(data) });
    });
    await page.goto(
      `${atlas.origin}/atlas/?country=KEN&years=${encodeURIComponent(hostile)}&view=${encodeURIComponent(hostile)}`,
    );
    await waitForDrawn(page);
    const item = page.locator('.activity[data-id="hostile-record"]');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator(".activity-title").textContent()).toBe(hostile);
    expect(await page.locator(".url-notices").textContent()).toContain(hostile);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  it("makes no request outside its origin in any view, language or export", async () => {
    const { page, foreignRequests, errors } = await atlas.open("years=2018-2020");
    for (const lang of ["ar", "zh", "en", "fr", "ru", "es"]) {
      for (const view of ["countries", "regions", "gaps"]) {
        await showQuery(page, `view=${view}&lang=${lang}&country=KEN`);
        await waitForDrawn(page);
      }
    }
    await showQuery(page, "display=table");
    for (const item of ["Image (PNG)", "Records (CSV)", "Records (GeoJSON)"]) {
      await page.getByText("Export", { exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: item }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^itu-d-activities_/);
    }
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
