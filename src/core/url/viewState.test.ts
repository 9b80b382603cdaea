import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  preferredLanguage,
  serializeViewState,
} from "./viewState";

const known = (iso3: string) => ["KEN", "TUV", "BDI"].includes(iso3);

describe("parseViewState", () => {
  it("reads every parameter", () => {
    const { state, notices } = parseViewState(
      "?view=regions&years=2018-2020&mode=range&layers=cirt,dtc&country=ken",
      known,
    );
    expect(notices).toEqual([]);
    expect(state).toMatchObject({
      view: "regions",
      display: "map",
      time: { mode: "range", start: 2018, end: 2020 },
      categories: ["cirt", "dtc"],
      country: "KEN",
      region: null,
    });
  });

  it("reads a single year in year and cumulative modes", () => {
    expect(parseViewState("mode=year&years=2019", known).state.time).toEqual({
      mode: "year",
      start: 2019,
      end: 2019,
    });
    expect(parseViewState("mode=cumulative&years=2016", known).state.time.end).toBe(2016);
  });

  it.each([
    ["view=globe", "view"],
    ["years=2031", "years"],
    ["years=2020-2018", "years"],
    ["years=abc", "years"],
    ["mode=decade", "mode"],
    ["layers=cirt,rockets", "layers"],
    ["country=XXX", "country"],
    ["region=MARS", "region"],
    ["display=chart", "display"],
    ["camera=1,2", "camera"],
    ["camera=500,0,2", "camera"],
    ["embed=yes", "embed"],
    ["lang=xx", "lang"],
    ["groups=ldc,poor", "groups"],
    ["regions=AFR,XYZ", "regions"],
  ])("falls back to the default for %s and says so", (query, param) => {
    const { state, notices } = parseViewState(query, known);
    expect(notices.map((n) => n.param)).toEqual([param]);
    // Lists keep their valid items; anything else falls back entirely.
    if (param === "layers") expect(state.categories).toEqual(["cirt"]);
    else if (param === "groups") expect(state.population.groups).toEqual(["ldc"]);
    else if (param === "regions") expect(state.population.regions).toEqual(["AFR"]);
    else expect(state).toEqual(DEFAULT_VIEW_STATE);
  });

  it("never throws on random input", () => {
    const alphabet = "=&?%,-_0123456789abcdefghijklmnopqrstuvwxyzAÉ漢\u0000 ";
    let seed = 3;
    const next = () => {
      seed = (seed * 16807) % 2147483647;
      return seed;
    };
    for (let i = 0; i < 500; i++) {
      let query = "";
      const length = next() % 40;
      for (let j = 0; j < length; j++) query += alphabet[next() % alphabet.length];
      expect(() => parseViewState(query, known)).not.toThrow();
    }
  });
});

describe("languages", () => {
  it("takes the browser's first language the atlas speaks", () => {
    expect(preferredLanguage(["de-CH", "fr-FR", "en"])).toBe("fr");
    expect(preferredLanguage(["zh-Hans-CN"])).toBe("zh");
    expect(preferredLanguage(["de"])).toBe("en");
  });

  it("uses the fallback language unless the link names one", () => {
    expect(parseViewState("", known, "ar").state.lang).toBe("ar");
    expect(parseViewState("lang=ru", known, "ar").state.lang).toBe("ru");
  });
});

describe("serializeViewState", () => {
  it("writes nothing for the default view", () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe("");
  });

  it("round-trips through parseViewState", () => {
    for (const query of [
      "view=regions",
      "years=2018-2020",
      "years=2019",
      "mode=year&years=2019",
      "mode=cumulative&years=2016",
      "layers=cirt,dtc&country=TUV",
      "view=regions&region=AFR",
      "display=table&years=2019",
      "country=KEN&camera=36.82,-1.29,5.5",
      "embed=1&controls=0",
      "view=regions&lang=ar",
      "view=gaps&years=2018-2021&layers=cirt&regions=AFR,ASP&groups=ldc,sids",
    ]) {
      expect(serializeViewState(parseViewState(query, known).state)).toBe(query);
    }
  });
});
