import { describe, expect, it } from "vitest";
import { partnerArcs } from "../../core/atlas/activityPlaces";
import { TEST_PLACES } from "../../core/atlas/testPlaces";
import { makeActivity } from "../../core/data/makeActivity";
import { gapLineFeatures, partnerArcFeatures, shownArcs } from "./mapLines";

const arcs = partnerArcs(
  [
    makeActivity("a", {
      category: "partnership",
      countries: ["KEN", "GHA"],
      partnerCountries: ["NOR"],
      yearStart: 2016,
      yearEnd: 2017,
    }),
    makeActivity("b", {
      category: "partnership",
      countries: ["KEN"],
      partnerCountries: ["NOR"],
      yearStart: 2020,
      yearEnd: 2020,
    }),
  ],
  (iso3) => TEST_PLACES.get(iso3),
);
const regionOf = (iso3: string) => (iso3 === "GHA" ? "AFR-WEST" : "AFR");
const filter = {
  visible: true,
  yearWindow: { from: 2013, to: 2021 },
  focusRegion: null,
  regionOf,
};

describe("the map's lines", () => {
  it("draw each arc from partner to beneficiary, its feature id its index", () => {
    const features = partnerArcFeatures(arcs).features;
    expect(features.map((f) => f.id)).toEqual([0, 1, 2]);
    expect(features[0]?.geometry.coordinates).toEqual([arcs[0]?.from, arcs[0]?.to]);
  });
  it("show an arc whose record is active in the window, in the chosen region", () => {
    expect(shownArcs(arcs, filter)).toEqual([true, true, true]);
    expect(shownArcs(arcs, { ...filter, yearWindow: { from: 2017, to: 2019 } })).toEqual([
      true,
      true,
      false,
    ]);
    expect(shownArcs(arcs, { ...filter, yearWindow: { from: 2018, to: 2020 } })).toEqual([
      false,
      false,
      true,
    ]);
    // An arc belongs to its beneficiary's region.
    expect(shownArcs(arcs, { ...filter, focusRegion: "AFR-WEST" })).toEqual([false, true, false]);
    expect(shownArcs(arcs, { ...filter, visible: false })).toEqual([false, false, false]);
  });
  it("draw the gaps view's line only while a gap country is hovered", () => {
    expect(gapLineFeatures(null).features).toEqual([]);
    expect(gapLineFeatures({ from: [1, 2], to: [3, 4] }).features[0]?.geometry.coordinates).toEqual(
      [
        [1, 2],
        [3, 4],
      ],
    );
  });
});
