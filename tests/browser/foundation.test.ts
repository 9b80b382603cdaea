import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { partnerArcs } from "../../src/core/atlas/activityPlaces";
import { REGION_COLOURS } from "../../src/ui/theme/colours";
import {
  atlasData,
  countryName,
  pixelOf,
  placeOf,
  SCREENSHOTS,
  showWholeWorld,
  startAtlasBrowser,
  waitForIdleMap,
  zoomTo,
} from "./fixture";

const atlas = startAtlasBrowser();

describe("the atlas shell", () => {
  it("loads from a sub-folder with no console error and no request outside its origin", async () => {
    const { page, errors, foreignRequests } = await atlas.open();
    await page.screenshot({ path: join(SCREENSHOTS, "foundation-world.png") });
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await expect(page.title()).resolves.toBe("ITU-D Activity Atlas");
  });

  it("draws a map with every ITU-D region's colour on the canvas (regions view)", async () => {
    const { page } = await atlas.reuse("view=regions");
    await waitForIdleMap(page);
    const colours = await page.evaluate(() => {
      const canvas = window.atlasMap?.getCanvas();
      if (!canvas) return [];
      const copy = document.createElement("canvas");
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext("2d");
      ctx?.drawImage(canvas, 0, 0);
      const pixels = ctx?.getImageData(0, 0, copy.width, copy.height).data ?? [];
      const counts = new Map<string, number>();
      for (let i = 0; i < pixels.length; i += 4 * 7) {
        const hex = `#${[pixels[i], pixels[i + 1], pixels[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, "0")).join("")}`;
        counts.set(hex.toUpperCase(), (counts.get(hex.toUpperCase()) ?? 0) + 1);
      }
      return [...counts.entries()];
    });
    const seen = new Map(colours);
    for (const [region, colour] of Object.entries(REGION_COLOURS))
      expect(
        seen.get(colour.fill) ?? 0,
        `${region} fill ${colour.fill} on the canvas`,
      ).toBeGreaterThan(50);
  });

  it("shows the hovered country's name, region and groups in a tooltip", async () => {
    const { page } = await atlas.reuse();
    const kenya = atlasData.countries.find((c) => c.iso3 === "KEN");
    // Beside Kenya's point, where its symbols are drawn: on the country's own shape.
    const [lng, lat] = placeOf("KEN");
    const { x, y } = await pixelOf(page, [lng + 1.5, lat - 2.5]);
    await page.mouse.move(x, y);
    const tooltip = page.locator(".tooltip");
    await expect.poll(() => tooltip.textContent()).toContain(countryName("KEN"));
    expect(await tooltip.textContent()).toContain(kenya?.region === "AFR" ? "Africa" : "?");
  });

  it("shows a partnership's record when the pointer is on its arc", async () => {
    const { page } = await atlas.reuse();
    await showWholeWorld(page);
    // The arcs of the data, as the atlas draws them: feature id = index.
    const placeByIso3 = new Map(atlasData.places.map((p) => [p.iso3, p]));
    const arcs = partnerArcs(atlasData.activities, (iso3) => placeByIso3.get(iso3));
    expect(arcs.length).toBeGreaterThan(0);
    // The middle of the longest shown arc on screen with nothing else near it.
    const spot = await page.evaluate(
      (ends) => {
        const map = window.atlasMap;
        if (!map) throw new Error("no map");
        const controls = (map as unknown as { _controls: unknown[] })._controls;
        const overlay = controls.find(
          (c) => typeof (c as { pickObject?: unknown }).pickObject === "function",
        ) as { pickObject: (o: { x: number; y: number; radius: number }) => unknown };
        const segments = ends.map(({ from, to }, id) => ({
          id,
          a: map.project(from),
          b: map.project(to),
          // An arc across 180° is drawn wrapped: its middle is elsewhere.
          shown:
            map.getFeatureState({ source: "partner-arcs", id }).shown === true &&
            Math.abs(from[0] - to[0]) <= 180,
        }));
        const shown = segments.filter((s) => s.shown);
        const canvas = map.getCanvas();
        const box = canvas.getBoundingClientRect();
        const distance = (p: { x: number; y: number }, s: (typeof segments)[number]) => {
          const [dx, dy] = [s.b.x - s.a.x, s.b.y - s.a.y];
          const t = Math.max(
            0,
            Math.min(1, ((p.x - s.a.x) * dx + (p.y - s.a.y) * dy) / (dx * dx + dy * dy || 1)),
          );
          return Math.hypot(p.x - s.a.x - t * dx, p.y - s.a.y - t * dy);
        };
        const spots = shown
          .map((s) => ({ s, x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 }))
          // No other shown arc within 10 px, no symbol within 8 px (a symbol comes first).
          .filter(({ s, x, y }) => shown.every((o) => o === s || distance({ x, y }, o) > 10))
          .filter(({ x, y }) => !overlay.pickObject({ x, y, radius: 8 }))
          // On the map, not under a panel.
          .filter(({ x, y }) => document.elementFromPoint(box.left + x, box.top + y) === canvas)
          .sort((p, q) => q.s.a.dist(q.s.b) - p.s.a.dist(p.s.b));
        const best = spots[0];
        return best ? { id: best.s.id, x: box.left + best.x, y: box.top + best.y } : null;
      },
      arcs.map(({ from, to }) => ({ from, to })),
    );
    expect(spot, "a shown arc with no symbol at its middle").not.toBeNull();
    // The lines are drawn under deck.gl's symbols (MapLibre custom layers), over the countries.
    const order = await page.evaluate(() => {
      const map = window.atlasMap;
      const ids = map?.getLayersOrder() ?? [];
      return {
        arcs: ids.indexOf("partner-arcs"),
        fills: ids.indexOf("country-fill"),
        firstSymbol: ids.findIndex((id) => map?.getLayer(id)?.type === "custom"),
      };
    });
    expect(order.arcs).toBeGreaterThan(order.fills);
    expect(order.firstSymbol, "deck.gl's layers in the map").toBeGreaterThan(order.arcs);
    if (!spot) return;
    const arc = arcs[spot.id];
    await page.mouse.move(spot.x, spot.y);
    const tooltip = page.locator(".tooltip");
    await expect.poll(() => tooltip.textContent()).toContain(arc?.activity.title);
    expect(await tooltip.textContent()).toContain(countryName(arc?.beneficiary ?? ""));
    await page.mouse.move(0, 0);
  });

  it("selects a clicked country, and a small island state by its marker", async () => {
    const { page } = await atlas.reuse();
    // Brazil and Tuvalu at world zoom; Bahrain sits beside Qatar, so zoom to the Gulf first.
    for (const [iso3, zoom] of [
      ["BRA", 0],
      ["TUV", 0],
      ["BHR", 6],
    ] as const) {
      if (zoom === 0) await showWholeWorld(page);
      else await zoomTo(page, placeOf(iso3), zoom);
      const { x, y } = await pixelOf(page, placeOf(iso3));
      await page.mouse.click(x, y);
      await expect.poll(() => page.locator("#country-name").textContent()).toBe(countryName(iso3));
    }
    const ldcBadge = page.locator(".country-panel .badge");
    // Bahrain is a SIDS and not an LDC, per the data.
    const bahrain = atlasData.countries.find((c) => c.iso3 === "BHR");
    expect(await ldcBadge.allTextContents()).toEqual(
      (["ldc", "lldc", "sids"] as const).filter((g) => bahrain?.[g]).map((g) => g.toUpperCase()),
    );
    await page.screenshot({ path: join(SCREENSHOTS, "foundation-selected.png") });
  });
});
