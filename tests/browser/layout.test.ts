import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/core/data/schema";
import { FIRST_YEAR, LAST_YEAR } from "../../src/core/time/years";
import { en } from "../../src/i18n/messages.en";
import type { Viewport } from "../../tools/atlasPage";
import { atlasData, SCREENSHOTS, startAtlasBrowser } from "./fixture";

/**
 * The shell at the sizes people meet it: a phone (touch), three embeds without embed.js, a desktop.
 * Everything is measured from element boxes, as a user sees them.
 */
const atlas = startAtlasBrowser();

interface Box {
  what: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every visible control (and the legend): tag, class and text, with its box. */
async function controlBoxes(page: Page): Promise<(Box & { inside: string[]; height: number })[]> {
  return page.evaluate(() => {
    const selector = [
      "button",
      "select",
      "a[href]",
      "input[type=search]",
      "input[type=text]",
      ".legend",
      ".layer-toggles label",
      ".time-modes label",
      ".maplibregl-ctrl-attrib",
    ].join(",");
    /** The part of an element that can be seen: its box clipped by every scrolling ancestor. */
    const seen = (el: Element) => {
      let { left, top, right, bottom } = el.getBoundingClientRect();
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        const clip = a.getBoundingClientRect();
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      return { left, top, right, bottom };
    };
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = seen(el);
      return (
        style.visibility !== "hidden" &&
        box.right - box.left > 2 &&
        box.bottom - box.top > 2 &&
        !el.closest(".visually-hidden, [hidden], dialog:not([open])")
      );
    };
    const elements = [...document.querySelectorAll(selector)].filter(shown);
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.textContent ?? "").trim().slice(0, 24)}"`;
    return elements.map((el) => {
      const { left, top, right, bottom } = seen(el);
      return {
        what: name(el),
        // The element's own height, however much of it is scrolled out of view.
        height: el.getBoundingClientRect().height,
        left,
        top,
        right,
        bottom,
        // Names of the listed elements this one is inside (a chip inside the legend, say).
        inside: elements.filter((other) => other !== el && other.contains(el)).map(name),
      };
    });
  });
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Pairs of controls that cover each other (by more than a hairline), nested ones aside. */
function overlapping(boxes: (Box & { inside: string[] })[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      if (a.inside.includes(b.what) || b.inside.includes(a.what)) continue;
      if (overlap(a, b) > 4) pairs.push(`${a.what} / ${b.what}`);
    }
  return pairs;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  return page.$eval(selector, (el) => {
    const { left, top, right, bottom } = el.getBoundingClientRect();
    return { what: el.className, left, top, right, bottom };
  });
}

const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);

const PHONE: Viewport = { width: 390, height: 844, touch: true };
const PHONE_SIDEWAYS: Viewport = { width: 844, height: 390, touch: true };
const SIZES: { name: string; query: string; viewport: Viewport }[] = [
  { name: "phone", query: "", viewport: PHONE },
  { name: "phone, a country", query: "country=KEN", viewport: PHONE },
  { name: "phone, Arabic", query: "lang=ar&country=EGY", viewport: PHONE },
  {
    name: "embed 360x640",
    query: "embed=1&years=2018-2020",
    viewport: { width: 360, height: 640 },
  },
  {
    name: "embed 600x400",
    query: "embed=1&years=2018-2020&region=AFR&layers=cirt",
    viewport: { width: 600, height: 400 },
  },
  // What the embed dialog gives by default: every layer, so five legend chips.
  { name: "embed 600x400, every layer", query: "embed=1", viewport: { width: 600, height: 400 } },
  {
    name: "embed 800x500, Arabic",
    query: "embed=1&lang=ar&view=regions",
    viewport: { width: 800, height: 500 },
  },
  { name: "phone held sideways", query: "", viewport: PHONE_SIDEWAYS },
  { name: "phone held sideways, Arabic", query: "lang=ar&country=KEN", viewport: PHONE_SIDEWAYS },
  { name: "desktop", query: "", viewport: { width: 1440, height: 900 } },
  { name: "desktop, Arabic", query: "lang=ar&view=gaps", viewport: { width: 1440, height: 900 } },
];

describe("the layout at every size", () => {
  it.each(SIZES)("$name: no control covers another", async ({ name, query, viewport }) => {
    const { page, errors } = await atlas.open(query, viewport);
    const boxes = await controlBoxes(page);
    expect(boxes.length).toBeGreaterThan(5);
    expect(overlapping(boxes)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/layout-${name.replace(/\W+/g, "-")}.png` });
    expect(errors).toEqual([]);
  });

  it.each(SIZES.filter((s) => s.viewport.touch))(
    "$name: the map keeps its share of the screen, and touch targets are 44 px",
    async ({ query, viewport }) => {
      const { page } = await atlas.open(query, viewport);
      const map = await boxOf(page, ".map-frame");
      const visible = { ...map, bottom: Math.min(map.bottom, viewport.height) };
      // Half of a phone held upright; held sideways, a quarter (the header, the legend, the sheet's
      // handle and the slider each need a touch-sized row of a 390 px high screen).
      const share = viewport.height < viewport.width ? 0.25 : 0.5;
      expect(area(visible) / (viewport.width * viewport.height)).toBeGreaterThanOrEqual(share);
      const small = (await controlBoxes(page)).filter(
        (b) => !b.what.startsWith("a.") && !b.what.includes("legend ") && b.height < 43.5,
      );
      expect(small.map((b) => b.what)).toEqual([]);
    },
  );

  it.each(SIZES.filter((s) => s.query.includes("embed=1")))(
    "$name: title, map, legend, slider and source line all inside the frame, the map near half of it",
    async ({ query, viewport }) => {
      const { page } = await atlas.open(query, viewport);
      const inFrame = (b: Box) =>
        b.top >= -0.5 &&
        b.left >= -0.5 &&
        b.bottom <= viewport.height + 0.5 &&
        b.right <= viewport.width + 0.5;
      for (const selector of [
        ".embed-title",
        ".map-frame",
        ".legend",
        ".source-line",
        ".time-slider",
      ])
        expect(inFrame(await boxOf(page, selector)), selector).toBe(true);
      const map = await boxOf(page, ".map-frame");
      const legend = await boxOf(page, ".legend");
      expect(overlap(map, legend) / area(map)).toBeLessThanOrEqual(0.15);
      // The map keeps close to half the frame: in a short frame the legend is one row of chips
      // (symbol and count, names under Key) and the year chart's bands thin lines.
      expect(area(map)).toBeGreaterThan(0.45 * viewport.width * viewport.height);
    },
  );

  it.each([
    { name: "phone", query: "", viewport: PHONE },
    { name: "embed 600x400", query: "embed=1", viewport: { width: 600, height: 400 } },
  ])(
    "$name: the chips show symbol and count, are named by their category, and the key shows the names",
    async ({ query, viewport }) => {
      const { page } = await atlas.open(query, viewport);
      const nameWidths = () =>
        page
          .locator(".layer-toggles:not(.layer-toggles-widest) .layer-name")
          .evaluateAll((names) => names.map((n) => n.getBoundingClientRect().width));
      expect(await nameWidths()).toEqual(CATEGORIES.map(() => expect.any(Number)));
      expect(Math.max(...(await nameWidths()))).toBeLessThanOrEqual(1);
      // Each checkbox is still named by its category, for screen readers.
      for (const category of CATEGORIES)
        await expect
          .poll(() =>
            page
              .getByRole("checkbox", { name: new RegExp(`^${en[`category.${category}`]}`) })
              .count(),
          )
          .toBe(1);
      await page.getByRole("button", { name: en["legend.key"], exact: true }).click();
      await expect.poll(async () => Math.min(...(await nameWidths()))).toBeGreaterThan(20);
    },
  );

  it("desktop: the legend lies above every map canvas", async () => {
    const { page } = await atlas.open("view=gaps", { width: 1440, height: 900 });
    const legend = await boxOf(page, ".legend");
    const points = [0.1, 0.5, 0.9].flatMap((fx) =>
      [0.1, 0.5, 0.9].map((fy) => ({
        x: legend.left + fx * (legend.right - legend.left),
        y: legend.top + fy * (legend.bottom - legend.top),
      })),
    );
    const onTop = await page.evaluate(
      (ps) => ps.map((p) => document.elementFromPoint(p.x, p.y)?.closest(".legend") !== null),
      points,
    );
    expect(onTop).toEqual(points.map(() => true));
  });

  it("the map keeps its size while the years change, whatever the legend's counts", async () => {
    // 1280 px wide: the legend's chips fill about one line, so a count's extra digit, or a
    // reporting-period part appearing, would wrap them onto a second line and shrink the map.
    const { page } = await atlas.open("", { width: 1280, height: 800 });
    const mapHeight = () =>
      page.locator(".maplibregl-map").evaluate((el) => el.getBoundingClientRect().height);
    const chips = page.locator(".layer-toggles").first();
    const heights = new Set([await mapHeight()]);
    const legends = new Set([await chips.innerText()]);
    const periodParts = new Set<number>();
    await page.getByRole("slider", { name: "To year" }).focus();
    for (let year = LAST_YEAR - 1; year >= FIRST_YEAR + 2; year--) {
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => page.locator(".time-window").textContent()).toBe(`2013–${year}`);
      heights.add(await mapHeight());
      legends.add(await chips.innerText());
      periodParts.add(await chips.locator(".layer-period").count());
    }
    // The windows did change what the legend says, and whether counts have a period part...
    expect(legends.size).toBeGreaterThan(3);
    expect(periodParts.size).toBeGreaterThan(1);
    // ...and the map never moved.
    expect([...heights]).toHaveLength(1);
  });
});

describe("history and region focus", () => {
  it("Back returns to the previous country, then to the whole map", async () => {
    const { page } = await atlas.open("", { width: 1440, height: 900 });
    const choose = async (name: string) => {
      await page.getByRole("combobox", { name: "Find a country" }).fill(name);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("#country-name").textContent()).toBe(name);
    };
    const kenya = atlasData.countries.find((c) => c.iso3 === "KEN")?.name ?? "";
    const uganda = atlasData.countries.find((c) => c.iso3 === "UGA")?.name ?? "";
    await choose(kenya);
    await choose(uganda);
    await page.goBack();
    await expect.poll(() => page.locator("#country-name").textContent()).toBe(kenya);
    await page.goBack();
    await expect.poll(() => page.locator("#country-name").count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe("/atlas/");
  });

  it("region=AFR counts, lists and names only Africa", async () => {
    const { page } = await atlas.open("region=AFR&years=2018-2020&layers=cirt", {
      width: 1440,
      height: 900,
    });
    const african = new Set(
      atlasData.countries.filter((c) => c.region === "AFR").map((c) => c.iso3),
    );
    const expected = atlasData.activities.filter(
      (a) =>
        a.category === "cirt" &&
        a.yearStart <= 2020 &&
        a.yearEnd >= 2018 &&
        (a.region === "AFR" || a.countries.some((c) => african.has(c))),
    );
    const everywhere = atlasData.activities.filter(
      (a) => a.category === "cirt" && a.yearStart <= 2020 && a.yearEnd >= 2018,
    );
    expect(expected.length).toBeLessThan(everywhere.length);
    await expect
      .poll(() => page.locator('[data-count-for="cirt"]').textContent())
      .toBe(String(expected.length));
    await expect.poll(() => page.locator("#region-name").textContent()).toBe("Africa");
    await page.getByText("Export", { exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Records (CSV)" }).click(),
    ]);
    expect(file.suggestedFilename()).toBe("itu-d-activities_cirt_2018-2020_AFR.csv");
    const text = await (await file.createReadStream()).toArray();
    const csv = Buffer.concat(text).toString("utf8");
    for (const record of expected) expect(csv).toContain(record.id);
    const elsewhere = everywhere.filter((a) => !expected.includes(a));
    for (const record of elsewhere) expect(csv).not.toContain(record.id);
  });
});
