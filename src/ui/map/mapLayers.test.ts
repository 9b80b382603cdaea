import { describe, expect, it } from "vitest";
import type { SymbolGroup } from "../../core/atlas/symbolGroups";
import { ITU_REGIONS } from "../../core/geography/types";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../core/url/viewState";
import { makeTestAtlas } from "../../core/view/testAtlas";
import { atlasViewModel } from "../../core/view/viewModel";
import { createTranslator } from "../../i18n/translate";
import { LAYER_IDS } from "./layerIds";
import { SYMBOL_CANVAS, SYMBOL_PICTURES } from "./layers/symbolPictures";
import { drawnLayers, type MapPictures, mapLayers } from "./mapLayers";

const atlas = makeTestAtlas();
const t = createTranslator("en");
/** The pictures as blank pixel arrays: the layers are pure, the canvases are the app's. */
const blank = ({ width, height }: { width: number; height: number }) => ({
  width,
  height,
  data: new Uint8Array(width * height * 4),
});
const blankPictures: MapPictures = { symbols: blank(SYMBOL_CANVAS), badges: blank };
const layersOf = (patch: Partial<ViewState>) => {
  const model = atlasViewModel(atlas, { ...structuredClone(DEFAULT_VIEW_STATE), ...patch }, t);
  return mapLayers(atlas, model, patch.country ?? null, blankPictures);
};
const dotTrigger = (patch: Partial<ViewState>) => {
  const dots = layersOf(patch).find((l) => l.id === LAYER_IDS.smallCountryMarkers);
  return (dots?.props.updateTriggers as Record<string, unknown> | undefined)?.getColor;
};

type SymbolProps = {
  data: SymbolGroup[];
  filterRange: number[][];
  getFilterValue: (g: SymbolGroup) => number[];
  updateTriggers: { getFilterValue: unknown };
};

describe("the map's layers", () => {
  it("stack in a fixed order with stable ids", () => {
    expect(layersOf({}).map((l) => l.id)).toEqual([
      "small-country-marker-outlines",
      "small-country-markers",
      "leader-lines",
      "site-dots-assistance",
      "site-dots-partnership",
      "symbols-connectivity",
      "symbols-dtc",
      "symbols-cirt",
      "symbol-badges",
    ]);
  });
  it("leave out the layers that draw nothing (hidden, or no data), so deck.gl never sets them up", () => {
    const layers = layersOf({ categories: ["cirt"] });
    const drawn = drawnLayers(layers).map((l) => l.id);
    // The test atlas has one record per symbol (no badge) and no gap line outside the gaps view.
    expect(drawn).toEqual([
      "small-country-marker-outlines",
      "small-country-markers",
      "symbols-cirt",
    ]);
    for (const layer of layers.filter((l) => !drawn.includes(l.id)))
      expect(!layer.props.visible || (layer.props.data as unknown[]).length === 0, layer.id).toBe(
        true,
      );
    expect(drawnLayers(layersOf({})).map((l) => l.id)).toContain("symbols-dtc");
  });
  it("draw every icon layer with the symbols' program, fed the same way", () => {
    const layers = layersOf({});
    const cirt = layers.find((l) => l.id === "symbols-cirt");
    const others = [
      "symbol-badges",
      "small-country-markers",
      "small-country-marker-outlines",
      "leader-lines",
      "site-dots-assistance",
    ];
    for (const id of ["symbols-cirt", ...others]) {
      const layer = layers.find((l) => l.id === id);
      expect(layer?.constructor, id).toBe(cirt?.constructor);
      expect(layer?.props.extensions, id).toEqual(cirt?.props.extensions);
      // A fixed value would be a constant attribute: another pipeline for software WebGL.
      const props = layer?.props as unknown as Record<string, unknown>;
      for (const accessor of ["getSize", "getAngle", "getColor", "getPixelOffset"])
        expect(typeof props[accessor], `${id} ${accessor}`).toBe("function");
    }
  });
  it("give every icon a picture on its canvas, none over another", () => {
    const layers = layersOf({});
    const iconLayers = layers.filter((l) => "iconMapping" in l.props);
    expect(iconLayers.map((l) => l.id)).toEqual(
      expect.arrayContaining(["symbols-cirt", "site-dots-assistance", "small-country-markers"]),
    );
    for (const layer of iconLayers) {
      const props = layer.props as unknown as {
        data: unknown[];
        getIcon: (d: unknown) => string;
        iconMapping: Record<string, unknown>;
      };
      const missing = props.data.map(props.getIcon).filter((name) => !props.iconMapping[name]);
      expect(missing, layer.id).toEqual([]);
    }
    const boxes = Object.values(SYMBOL_PICTURES);
    const apart = (a: (typeof boxes)[0], b: (typeof boxes)[0]) =>
      a.x + a.width <= b.x ||
      b.x + b.width <= a.x ||
      a.y + a.height <= b.y ||
      b.y + b.height <= a.y;
    expect(boxes.every((a, i) => boxes.slice(i + 1).every((b) => apart(a, b)))).toBe(true);
    expect(Math.max(...boxes.map((b) => b.x + b.width))).toBeLessThanOrEqual(SYMBOL_CANVAS.width);
    expect(Math.max(...boxes.map((b) => b.y + b.height))).toBeLessThanOrEqual(SYMBOL_CANVAS.height);
  });
  it("repaint the small-country dots when only the gaps population changes", () => {
    const gaps = { view: "gaps" as const, categories: ["connectivity" as const] };
    const asia = dotTrigger({ ...gaps, population: { regions: ["ASP"], groups: [] } });
    const africa = dotTrigger({ ...gaps, population: { regions: ["AFR"], groups: [] } });
    expect(asia).not.toEqual(africa);
    expect(dotTrigger({ ...gaps, population: { regions: ["ASP"], groups: [] } })).toEqual(asia);
  });
  it("hide the categories that are not shown, and move the time filter with the window", () => {
    const layers = layersOf({
      categories: ["cirt"],
      time: { mode: "range", start: 2016, end: 2018 },
    });
    const cirt = layers.find((l) => l.id === "symbols-cirt");
    expect(cirt?.props.visible).toBe(true);
    expect(layers.find((l) => l.id === "symbols-dtc")?.props.visible).toBe(false);
    // A symbol is drawn when it has a record in the window: a filter on its count, which a new
    // window recomputes (updateTriggers), with the same data.
    const props = cirt?.props as unknown as SymbolProps;
    expect(props.filterRange).toEqual([
      [1, 2 ** 30],
      [-1, 99],
    ]);
    const later = layersOf({
      categories: ["cirt"],
      time: { mode: "range", start: 2019, end: 2021 },
    });
    const laterProps = later.find((l) => l.id === "symbols-cirt")?.props as unknown as SymbolProps;
    expect(laterProps.data).toBe(props.data);
    expect(laterProps.updateTriggers.getFilterValue).not.toEqual(
      props.updateTriggers.getFilterValue,
    );
    const drawn = (p: SymbolProps) => p.data.filter((g) => (p.getFilterValue(g)[0] ?? 0) > 0);
    expect(drawn(props).map((g) => g.records.map((r) => r.id))).toEqual([]);
    expect(drawn(laterProps).map((g) => g.records.map((r) => r.id))).toEqual([["ken-cirt-2019"]]);
  });
  it("show only the chosen region's symbols, by the same GPU filter", () => {
    const cirt = layersOf({ region: "EUR" }).find((l) => l.id === "symbols-cirt");
    const europe = ITU_REGIONS.indexOf("EUR");
    expect((cirt?.props as { filterRange?: number[][] } | undefined)?.filterRange?.[1]).toEqual([
      europe,
      europe,
    ]);
  });
  it("put a count badge on a symbol with more than one record in the window", () => {
    const model = atlasViewModel(atlas, structuredClone(DEFAULT_VIEW_STATE), t);
    const kenyaCirt = atlas.symbolsByCategory.cirt.find((g) => g.iso3 === "KEN");
    const badges = (counts: Int32Array, region: ViewState["region"] = null) => {
      const layers = mapLayers(
        atlas,
        { ...model, symbolCounts: counts, focusRegion: region },
        null,
        blankPictures,
      );
      const props = layers.find((l) => l.id === "symbol-badges")?.props as unknown as {
        data: { badge: { group: SymbolGroup }; text: string }[];
        iconMapping: Record<string, unknown>;
      };
      // One icon per badge, its number's picture on the badge canvas.
      expect(props.data.every((b) => props.iconMapping[b.text])).toBe(true);
      return props.data.map((b) => `${b.badge.group.iso3} ${b.badge.group.category} ${b.text}`);
    };
    // The test atlas has one record per symbol: no badge.
    expect(badges(model.symbolCounts)).toEqual([]);
    const three = model.symbolCounts.slice();
    three[kenyaCirt?.index ?? -1] = 3;
    expect(badges(three)).toEqual(["KEN cirt 3"]);
    expect(badges(three, "EUR")).toEqual([]);
    const many = model.symbolCounts.slice();
    many[kenyaCirt?.index ?? -1] = 12_345;
    expect(badges(many)).toEqual(["KEN cirt 999+"]);
  });
});
