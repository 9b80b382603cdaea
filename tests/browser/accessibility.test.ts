import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SCREENSHOTS, startAtlasBrowser, waitForIdleMap } from "./fixture";

const atlas = startAtlasBrowser();
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2 A and AA rules) on the page; returns serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    );
}

describe("accessibility", () => {
  it.each([
    ["countries view", "years=2018-2020"],
    ["country panel", "country=KEN"],
    ["regions view", "view=regions&region=AFR"],
    ["gaps view", "view=gaps&groups=ldc&layers=cirt"],
    ["table", "display=table&layers=cirt,dtc"],
    ["embed", "embed=1"],
    ["Arabic", "lang=ar&country=EGY"],
  ])("has no serious or critical axe violations: %s", async (_, query) => {
    const { page } = await atlas.reuse(query);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ["country brief", "view=brief&country=KEN"],
    ["country brief, Arabic", "view=brief&country=KEN&lang=ar"],
    ["region brief", "view=brief&region=ASP"],
  ])("has no serious or critical axe violations: %s", async (_, query) => {
    // The brief has no map: it says when it is drawn with data-brief-ready.
    const { page } = await atlas.watch();
    await page.goto(`${atlas.origin}/atlas/?${query}`);
    await page.waitForSelector('.brief[data-brief-ready="true"]');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("is operable by keyboard: search, panel, map pan and zoom, Escape", async () => {
    const { page } = await atlas.reuse();
    await page.keyboard.press("/");
    await page.keyboard.type("ghana");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#country-name").textContent()).toBe("Ghana");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#country-name").count()).toBe(0);

    const canvas = page.locator(".maplibregl-canvas");
    await canvas.focus();
    const before = await page.evaluate(() => [
      window.atlasMap?.getCenter().lng,
      window.atlasMap?.getZoom(),
    ]);
    // Zoom in first: at the whole-world view the map has no room to pan sideways.
    await page.keyboard.press("Equal");
    await page.waitForFunction(() => window.atlasMap && !window.atlasMap.isMoving());
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => window.atlasMap && !window.atlasMap.isMoving());
    await waitForIdleMap(page);
    const after = await page.evaluate(() => [
      window.atlasMap?.getCenter().lng,
      window.atlasMap?.getZoom(),
    ]);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1] ?? 0).toBeGreaterThan(before[1] ?? 0);

    // On a fresh page, Tab reaches the skip link, then the search, with a visible focus ring.
    await page.reload();
    await page.waitForSelector(".app-header");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("skip-link");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe(
      "combobox",
    );
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe("none");
  });
});

describe("languages", () => {
  it.each([
    ["ar", "rtl"],
    ["zh", "ltr"],
    ["fr", "ltr"],
  ])("speaks %s, with the right direction and country names", async (lang, dir) => {
    const { page, errors } = await atlas.reuse(`lang=${lang}&country=EGY&view=countries`);
    expect(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
    ).toEqual([lang, dir]);
    const title = await page.locator("h1").textContent();
    expect(title).not.toBe("ITU-D Activity Atlas");
    const name = await page.locator("#country-name").textContent();
    expect(name).not.toBe("Egypt");
    if (dir === "rtl") {
      const [panel, map] = await Promise.all([
        page.locator(".side-panel").boundingBox(),
        page.locator(".map-area").boundingBox(),
      ]);
      expect(panel?.x ?? 0, "panel on the left in Arabic").toBeLessThan(map?.x ?? 0);
    }
    await waitForIdleMap(page);
    await page.screenshot({ path: join(SCREENSHOTS, `language-${lang}.png`) });
    expect(errors).toEqual([]);
  });

  it("finds countries by their name in another language", async () => {
    const { page } = await atlas.reuse("lang=ru");
    await page.locator(".search input").fill("Кения");
    await expect
      .poll(() => page.locator('[role="option"]').first().getAttribute("id"))
      .toMatch(/KEN$/);
    await page.locator(".search input").fill("肯尼亚");
    await expect
      .poll(() => page.locator('[role="option"]').first().getAttribute("id"))
      .toMatch(/KEN$/);
  });
});
