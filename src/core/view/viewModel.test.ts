import { describe, expect, it } from "vitest";
import { createTranslator } from "../../i18n/translate";
import { DEFAULT_VIEW_STATE, type ViewState } from "../url/viewState";
import { fillsSignature } from "./countryFills";
import { legendRows } from "./legend";
import { makeTestAtlas, TEST_ACTIVITIES } from "./testAtlas";
import { atlasViewModel } from "./viewModel";

const atlas = makeTestAtlas();
const t = createTranslator("en");
const modelOf = (patch: Partial<ViewState>) =>
  atlasViewModel(atlas, { ...structuredClone(DEFAULT_VIEW_STATE), ...patch }, t);
const window2019 = { time: { mode: "year" as const, start: 2019, end: 2019 } };

/** Records naming a country, active in a window: the test's own count. */
const namingIn = (iso3: string, from: number, to: number) =>
  TEST_ACTIVITIES.filter(
    (a) => a.countries.includes(iso3) && a.yearStart <= to && a.yearEnd >= from,
  ).length;

describe("countries view", () => {
  const model = modelOf(window2019);
  it("fills each country by its records dated in the single year, on the choropleth classes", () => {
    // Kenya has two records active in 2019: one dated 2019, one reported for 2018-2020.
    expect(namingIn("KEN", 2019, 2019)).toBe(2);
    expect(model.shading).toBe("dated");
    expect(model.countryFills?.get("KEN")).toBe("class-0");
    expect(model.countryFills?.get("FRA")).toBe("zero");
    expect(model.countryFills?.get("MDV")).toBe("class-0");
    // In a range, every record active in it is shaded.
    const range = modelOf({ time: { mode: "range", start: 2018, end: 2020 } });
    expect(range.shading).toBe("all");
    expect(range.countryFills?.get("KEN")).toBe("class-1");
  });
  it("says what the shading counts, and both numbers per category", () => {
    expect(model.legend.shadingNote).toContain("dated in 2019");
    const assistance = model.legend.categories.find((c) => c.category === "assistance");
    expect(assistance?.period).toBe(
      TEST_ACTIVITIES.filter(
        (a) => a.category === "assistance" && a.datePrecision === "period" && a.yearStart < 2019,
      ).length,
    );
    expect(legendRows(model.legend, t)[0]?.label).toMatch(/known only by a reporting period/);
    expect(modelOf({}).legend.shadingNote).toBeNull();
  });
  it("has one legend section, the choropleth, and no region swatches", () => {
    expect(model.legend.sections.map((s) => s.title)).toEqual(["legend.choropleth"]);
    expect(
      legendRows(model.legend, t).some((r) => "swatch" in r && r.swatch.startsWith("region-")),
    ).toBe(false);
  });
  it("shows the overview, without region counts, and the records no country holds", () => {
    expect(model.panel.kind).toBe("overview");
    if (model.panel.kind !== "overview") return;
    expect(model.panel.regionCounts).toBeNull();
    expect(model.panel.regionLevel.map((a) => a.id)).toEqual(["afr-regional-2019"]);
    expect(model.panel.global).toEqual([]);
    expect(model.labels).toEqual([]);
  });
  it("counts every category in the legend, shown or not", () => {
    const onlyCirt = modelOf({ ...window2019, categories: ["cirt"] });
    const connectivity = onlyCirt.legend.categories.find((c) => c.category === "connectivity");
    expect(connectivity).toMatchObject({
      category: "connectivity",
      count: 1,
      period: 0,
      shown: false,
    });
    expect(onlyCirt.countryFills?.get("MDV")).toBe("zero");
  });
  it("keeps the legend room for each category's widest counts, those of the widest window", () => {
    const everyYear = modelOf({});
    const narrow = modelOf(window2019);
    for (const entry of everyYear.legend.categories) {
      // 2013-2021 holds every record: no window counts more.
      expect(entry.widest.count).toBe(entry.count);
      const inNarrow = narrow.legend.categories.find((c) => c.category === entry.category);
      expect(inNarrow?.widest).toEqual(entry.widest);
      expect(inNarrow?.period ?? Infinity).toBeLessThanOrEqual(entry.widest.period);
    }
  });
});

describe("regions view", () => {
  const model = modelOf({ view: "regions" });
  it("tints regions instead of filling countries, and labels each region with its count", () => {
    expect(model.countryFills).toBeNull();
    const africa = model.labels.find((l) => l.id === "AFR");
    const afrRecords = TEST_ACTIVITIES.filter(
      (a) => a.region === "AFR" || a.countries.some((c) => c === "KEN" || c === "UGA"),
    ).length;
    expect(africa?.text).toBe(`Africa\n${afrRecords}`);
  });
  it("has the regions' key in its legend, and lists regions in the overview", () => {
    expect(model.legend.sections.map((s) => s.title)).toEqual(["legend.title"]);
    expect(model.panel.kind === "overview" && model.panel.regionCounts?.length).toBe(6);
  });
});

describe("gaps view", () => {
  const all = modelOf({ view: "gaps", categories: ["connectivity"] });
  const europe = modelOf({
    view: "gaps",
    categories: ["connectivity"],
    population: { regions: ["EUR"], groups: [] },
  });
  it("marks gaps and the countries outside the population", () => {
    expect(all.countryFills?.get("KEN")).toBe("gap");
    expect(all.countryFills?.get("MDV")).toBe("class-0");
    expect(europe.countryFills?.get("KEN")).toBe("outside");
    expect(europe.countryFills?.get("FRA")).toBe("gap");
  });
  it("changes the fills' signature when only the population changes (small-country dots repaint)", () => {
    const asia = modelOf({
      view: "gaps",
      categories: ["connectivity"],
      population: { regions: ["ASP"], groups: [] },
    });
    const africaOnly = modelOf({
      view: "gaps",
      categories: ["connectivity"],
      population: { regions: ["AFR"], groups: [] },
    });
    expect(asia.countryFills?.get("MDV")).toBe("class-0");
    expect(africaOnly.countryFills?.get("MDV")).toBe("outside");
    expect(fillsSignature(asia.countryFills)).not.toBe(fillsSignature(africaOnly.countryFills));
  });
  it("explains gaps and the choropleth, never region colours, on screen and in the PNG", () => {
    expect(all.legend.sections.map((s) => s.title)).toEqual(["gaps.title", "legend.choropleth"]);
    const swatches = legendRows(all.legend, t).flatMap((r) => ("swatch" in r ? [r.swatch] : []));
    expect(swatches).toContain("gap");
    expect(swatches).toContain("outside");
    expect(swatches.filter((s) => s.startsWith("region-"))).toEqual([]);
  });
  it("gives the gaps panel its result and a file name that says gaps", () => {
    expect(all.panel.kind).toBe("gaps");
    if (all.panel.kind !== "gaps") return;
    expect(all.panel.result.gaps.map((g) => g.country.iso3).sort()).toEqual([
      "DEU",
      "FRA",
      "KEN",
      "UGA",
    ]);
    expect(all.panel.csvFileName).toMatch(/_gaps\.csv$/);
  });
  it("titles the view by its gaps (embed header, PNG), and by the country once one is chosen", () => {
    expect(all.title).toBe("Coverage gaps: ITU Member States, 2013–2021 (Connectivity projects)");
    const kenya = modelOf({ view: "gaps", categories: ["connectivity"], country: "KEN" });
    expect(kenya.title).toBe("Connectivity projects in Kenya, 2013–2021");
  });
});

describe("a country selected", () => {
  const model = modelOf({ country: "KEN", time: { mode: "range", start: 2018, end: 2020 } });
  it("opens the country's panel with counts that add up to its records", () => {
    expect(model.panel.kind).toBe("country");
    if (model.panel.kind !== "country") return;
    const total = Object.values(model.panel.counts).reduce((s, n) => s + n, 0);
    expect(total).toBe(namingIn("KEN", 2018, 2020));
    expect(model.panel.lists.direct).toHaveLength(namingIn("KEN", 2018, 2020));
    expect(model.panel.lists.regionWide.map((a) => a.id)).toEqual(["afr-regional-2019"]);
    expect(model.panel.neighbours?.next.iso3).toBe("UGA");
  });
  it("draws the country's year chart with each record once: dated bars, period bands", () => {
    if (model.panel.kind !== "country") throw new Error("no country panel");
    const { bars, spans } = model.panel.yearChart;
    expect(bars.map((b) => b.cirt)).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(spans.map((s) => [s.from, s.to, s.counts.assistance])).toEqual([[2018, 2020, 1]]);
  });
  it("labels the country, fits the map to it, and names it in captions, titles and files", () => {
    // Kenya, then its neighbours inside the fitted box (Uganda), quieter, for context.
    expect(model.labels.map((l) => [l.text, l.context ?? false])).toEqual([
      ["Kenya", false],
      ["Uganda", true],
    ]);
    // Kenya (4° wide here) is shown with room around it: at least 16° x 11°, centred on it.
    const [west = 0, south = 0, east = 0, north = 0] = model.focusBounds ?? [];
    expect([east - west, north - south]).toEqual([16, 11]);
    expect([(west + east) / 2, (south + north) / 2]).toEqual([37, 0]);
    // Kenya's CIRT symbol sits on its point: the name hangs below it, clear of the 19 px symbol.
    expect(model.labels[0]?.below).toBeGreaterThanOrEqual(19 / 2);
    const maldives = modelOf({ country: "MDV" }).labels[0];
    // The Maldives' symbol circles its dot marker: the name clears the ring.
    const ring = Math.hypot(...(atlas.symbolsByCategory.connectivity[0]?.offset ?? [0, 0]));
    expect(maldives?.below).toBeGreaterThanOrEqual(ring + 19 / 2);
    expect(
      model
        .selectRecords()
        .map((a) => a.id)
        .sort(),
    ).toEqual(["ken-assist-period", "ken-cirt-2019"]);
    expect(model.caption(model.selectRecords())).toBe("2 records for Kenya, 2018–2020");
    const in2019 = modelOf({ country: "KEN", ...window2019 });
    expect(in2019.caption(in2019.selectRecords())).toBe(
      "2 records for Kenya, 2019 (1 dated in 2019, 1 known only by a reporting period)",
    );
    expect(model.title).toBe("All ITU-D activities in Kenya, 2018–2020");
    expect(model.fileName("csv")).toBe("itu-d-activities_all_2018-2020_KEN.csv");
  });
});

describe("a region chosen in the countries view", () => {
  const model = modelOf({
    region: "AFR",
    categories: ["cirt"],
    time: { mode: "range", start: 2018, end: 2020 },
  });
  it("mutes the rest of the world, counts only the region, and says so in the title", () => {
    expect(model.countryFills?.get("FRA")).toBe("outside");
    expect(model.countryFills?.get("KEN")).toBe("class-0");
    expect(model.legend.categories.find((c) => c.category === "cirt")?.count).toBe(1);
    expect(model.legend.categories.find((c) => c.category === "assistance")?.count).toBe(
      TEST_ACTIVITIES.filter(
        (a) =>
          a.category === "assistance" &&
          (a.region === "AFR" || a.countries.some((c) => c === "KEN" || c === "UGA")),
      ).length,
    );
    expect(model.title).toBe("CIRTs in Africa, 2018–2020");
    expect(model.panel.kind).toBe("region");
    expect(model.selectRecords().map((a) => a.id)).toEqual(["ken-cirt-2019"]);
    expect(model.fileName("csv")).toBe("itu-d-activities_cirt_2018-2020_AFR.csv");
  });
  it("fits the map to the region's countries", () => {
    expect(model.focusBounds).toEqual([32, 0, 37, 1]);
  });
});

describe("a region selected", () => {
  const model = modelOf({ view: "regions", region: "EUR" });
  it("ranks the region's countries by their counts", () => {
    expect(model.panel.kind).toBe("region");
    if (model.panel.kind !== "region") return;
    expect(model.panel.ranked.map((r) => [r.country.iso3, r.count])).toEqual([
      ["FRA", namingIn("FRA", 2013, 2021)],
      ["DEU", namingIn("DEU", 2013, 2021)],
    ]);
  });
  it("narrows records, title and file names to the region", () => {
    expect(model.focusRegion).toBe("EUR");
    expect(model.selectRecords().map((a) => a.id)).toEqual(["fra-assist-2016"]);
    expect(model.title).toBe("All ITU-D activities in Europe, 2013–2021");
    expect(model.fileName("png")).toBe("itu-d-activities_all_2013-2021_EUR.png");
  });
});
