import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW_STATE, type ViewState } from "../../core/url/viewState";
import { makeTestAtlas } from "../../core/view/testAtlas";
import { atlasViewModel } from "../../core/view/viewModel";
import { createTranslator } from "../../i18n/translate";
import { REGION_COLOURS } from "../theme/colours";
import { GAP_HEX } from "../theme/palette";
import { pngFrame } from "./exportView";

const atlas = makeTestAtlas();
const t = createTranslator("en");
const frameOf = (patch: Partial<ViewState>) =>
  pngFrame(atlasViewModel(atlas, { ...structuredClone(DEFAULT_VIEW_STATE), ...patch }, t), t);
const regionFills = Object.values(REGION_COLOURS).map((c) => c.fill);

describe("the PNG's frame", () => {
  it("is titled with what is shown: categories, region and years", () => {
    const frame = frameOf({
      region: "AFR",
      categories: ["cirt"],
      time: { mode: "range", start: 2018, end: 2020 },
    });
    expect(frame.title).toBe("CIRTs in Africa, 2018–2020");
    expect(frame.legend[0]?.label).toBe("CIRTs: 1");
  });
  it("explains the gaps view's colours, never the regions' (the screen's legend model)", () => {
    const colours = frameOf({ view: "gaps" }).legend.map((row) => row.colour);
    expect(colours).toContain(GAP_HEX);
    expect(colours.filter((c) => regionFills.includes(c))).toEqual([]);
  });
  it("carries the gaps caveat in the gaps view only", () => {
    expect(frameOf({ view: "gaps" }).note).toBe(t("gaps.caveat"));
    expect(frameOf({ view: "gaps" }).note).toMatch(/not reported/);
    expect(frameOf({ view: "countries" }).note).toBeUndefined();
  });
  it("shows the regions' colours in the regions view", () => {
    const colours = frameOf({ view: "regions" }).legend.map((row) => row.colour);
    expect(regionFills.every((c) => colours.includes(c))).toBe(true);
  });
});
