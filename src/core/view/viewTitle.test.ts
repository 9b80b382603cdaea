import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../i18n/catalogues";
import { createTranslator } from "../../i18n/translate";
import { viewTitle } from "./viewTitle";

await loadCatalogue("zh");

const t = createTranslator("en");
const window2018 = { from: 2018, to: 2020 };

describe("the view's title (embed header, PNG)", () => {
  it("names the categories, the place and the window", () => {
    const base = { place: null, yearWindow: window2018, gapsOf: null };
    expect(viewTitle({ ...base, categories: ["cirt"], place: "Africa" }, t)).toBe(
      "CIRTs in Africa, 2018–2020",
    );
    expect(
      viewTitle(
        {
          ...base,
          categories: ["assistance", "cirt", "dtc", "connectivity", "partnership"],
        },
        t,
      ),
    ).toBe("All ITU-D activities, 2018–2020");
  });

  it("in the gaps view, says whose gaps, when, then in which categories", () => {
    const gaps = (groups: ("ldc" | "sids")[], regions: "AFR"[]) =>
      viewTitle(
        {
          categories: ["cirt", "dtc"],
          place: null,
          yearWindow: window2018,
          gapsOf: { groups, regions },
        },
        t,
      );
    expect(gaps([], [])).toBe(
      "Coverage gaps: ITU Member States, 2018–2020 (CIRTs and Digital Transformation Centres)",
    );
    expect(gaps(["ldc", "sids"], ["AFR"])).toBe(
      "Coverage gaps: LDCs and SIDS in Africa, 2018–2020 (CIRTs and Digital Transformation Centres)",
    );
    expect(
      viewTitle(
        {
          categories: [],
          place: null,
          yearWindow: window2018,
          gapsOf: { groups: [], regions: [] },
        },
        createTranslator("zh"),
      ),
    ).toMatch(/^覆盖空白：.+，2018.2020（.+）$/);
  });
});
