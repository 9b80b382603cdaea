import { describe, expect, it } from "vitest";
import { ITU_REGIONS } from "../../core/geography/types";
import { FIRST_YEAR, LAST_YEAR } from "../../core/time/years";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../core/url/viewState";
import { makeTestAtlas } from "../../core/view/testAtlas";
import { atlasViewModel } from "../../core/view/viewModel";
import { createTranslator } from "../../i18n/translate";
import { LAYER_IDS } from "./layerIds";
import { mapLayers } from "./mapLayers";

const atlas = makeTestAtlas();
const t = createTranslator("en");
const layersOf = (patch: Partial<ViewState>) => {
  const model = atlasViewModel(atlas, { ...structuredClone(DEFAULT_VIEW_STATE), ...patch }, t);
  return mapLayers(atlas, model, patch.country ?? null);
};
const dotTrigger = (patch: Partial<ViewState>) => {
  const dots = layersOf(patch).find((l) => l.id === LAYER_IDS.smallCountryMarkers);
  return (dots?.props.updateTriggers as Record<string, unknown> | undefined)?.getFillColor;
};

describe("the map's layers", () => {
  it("stack in a fixed order with stable ids", () => {
    expect(layersOf({}).map((l) => l.id)).toEqual([
      "small-country-markers",
      "partner-arcs",
      "leader-lines",
      "site-dots-assistance",
      "site-dots-partnership",
      "symbols-connectivity",
      "symbols-dtc",
      "symbols-cirt",
      "gap-line",
    ]);
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
    expect((cirt?.props as { filterRange?: unknown } | undefined)?.filterRange).toEqual([
      [FIRST_YEAR, 2018],
      [2016, LAST_YEAR],
      [-1, 99],
    ]);
  });
  it("show only the chosen region's symbols, by the same GPU filter", () => {
    const cirt = layersOf({ region: "EUR" }).find((l) => l.id === "symbols-cirt");
    const europe = ITU_REGIONS.indexOf("EUR");
    expect((cirt?.props as { filterRange?: number[][] } | undefined)?.filterRange?.[2]).toEqual([
      europe,
      europe,
    ]);
  });
});
