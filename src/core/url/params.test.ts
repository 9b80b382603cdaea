import { describe, expect, it } from "vitest";
import { parseOrigin, URL_PARAMS } from "./params";
import {
  DEFAULT_VIEW_STATE,
  parseViewState,
  serializeViewState,
  startsHistoryEntry,
} from "./viewState";

const known = {
  isKnownCountry: (iso3: string) => ["KEN", "TUV"].includes(iso3),
  isKnownSource: (id: string) => ["baap-2018-2020", "wsis-sdg-2020"].includes(id),
};

/** A value other than the default for every parameter of the table, as a link writes it. */
const EXAMPLES: Record<string, string> = {
  view: "view=gaps",
  display: "display=sources",
  source: "source=baap-2018-2020",
  mode: "mode=cumulative",
  years: "years=2015-2019",
  layers: "layers=cirt,dtc",
  country: "country=KEN",
  region: "region=ASP",
  camera: "camera=36.82,-1.29,5.5",
  regions: "regions=AFR,ASP",
  groups: "groups=ldc,sids",
  lang: "lang=fr",
  embed: "embed=1",
  controls: "controls=0",
  host: "embed=1&host=https://example.org",
  synthetic: "synthetic=1000",
};

describe("the parameter table", () => {
  it("has an example for every parameter, and no two parameters share a name", () => {
    const names = URL_PARAMS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...names].sort());
  });

  it("writes nothing for the defaults", () => {
    for (const param of URL_PARAMS) expect(param.write(DEFAULT_VIEW_STATE)).toBeUndefined();
  });

  it.each(URL_PARAMS.filter((p) => p.links !== "never").map((p) => [p.name]))(
    "round-trips %s",
    (name) => {
      const query = EXAMPLES[name] ?? "";
      const { state, notices } = parseViewState(query, known);
      expect(notices).toEqual([]);
      expect(state).not.toEqual(DEFAULT_VIEW_STATE);
      expect(serializeViewState(state)).toBe(query);
      expect(parseViewState(serializeViewState(state), known).state).toEqual(state);
    },
  );

  it("writes every parameter at once, in the table's order", () => {
    const query =
      "view=regions&display=table&source=wsis-sdg-2020&mode=year&years=2019&layers=cirt&country=TUV&region=AFR" +
      "&camera=1,2,3&regions=EUR&groups=lldc&lang=ar&embed=1&controls=0&host=http://localhost:5173";
    const { state, notices } = parseViewState(`${query}&synthetic=5`, known);
    expect(notices).toEqual([]);
    expect(serializeViewState(state)).toBe(query);
  });
});

describe("host", () => {
  it("survives a serialise/parse round trip after other changes", () => {
    const { state } = parseViewState("embed=1&host=https://example.org", known);
    const panned = { ...state, camera: { lng: 10, lat: 20, zoom: 3 }, country: "KEN" };
    const reread = parseViewState(serializeViewState(panned), known).state;
    expect(reread.host).toBe("https://example.org");
    expect(reread.camera).toEqual({ lng: 10, lat: 20, zoom: 3 });
  });

  it("is written only into embed URLs (the full atlas link drops it)", () => {
    const { state } = parseViewState("embed=1&host=https://example.org&years=2019", known);
    expect(serializeViewState({ ...state, embed: false })).toBe("years=2019");
  });

  it.each([
    "example.org",
    "https://example.org/page",
    "https://user@example.org",
    "javascript:alert(1)",
    "ftp://example.org",
    "*",
    "null",
    "",
  ])("rejects %j with a notice", (host) => {
    const { state, notices } = parseViewState(`embed=1&host=${encodeURIComponent(host)}`, known);
    expect(notices).toEqual([{ param: "host", value: host }]);
    expect(state.host).toBeNull();
  });

  it("takes origins with a port or a trailing slash", () => {
    expect(parseOrigin("http://localhost:8080")).toBe("http://localhost:8080");
    expect(parseOrigin("https://example.org/")).toBe("https://example.org");
    expect(parseOrigin("HTTPS://Example.org")).toBe("https://example.org");
  });
});

describe("source", () => {
  it("narrows the table to a known document", () => {
    const { state, notices } = parseViewState("display=table&source=baap-2018-2020", known);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ display: "table", source: "baap-2018-2020" });
  });

  it.each(["nope", "BAAP-2018-2020", "", "baap-2018-2020,wsis-sdg-2020"])(
    "rejects %j with a notice and lists every record",
    (id) => {
      const { state, notices } = parseViewState(`source=${encodeURIComponent(id)}`, known);
      expect(notices).toEqual([{ param: "source", value: id }]);
      expect(state.source).toBeNull();
    },
  );

  it("rejects an unknown display with a notice", () => {
    const { state, notices } = parseViewState("display=about", known);
    expect(notices).toEqual([{ param: "display", value: "about" }]);
    expect(state.display).toBe("map");
  });
});

describe("view=brief", () => {
  it("opens the brief of a country or of a region, and writes it back", () => {
    for (const query of [
      "view=brief&country=KEN",
      "view=brief&region=AFR",
      "view=brief&years=2019&country=KEN",
    ]) {
      const { state, notices } = parseViewState(query, known);
      expect(notices).toEqual([]);
      expect(state.view).toBe("brief");
      expect(serializeViewState(state)).toBe(query);
    }
  });

  it("keeps the other choices of the link (years, categories, language)", () => {
    const { state } = parseViewState(
      "view=brief&mode=year&years=2019&layers=cirt&country=KEN&lang=ar",
      known,
    );
    expect(state).toMatchObject({
      view: "brief",
      time: { mode: "year", end: 2019 },
      categories: ["cirt"],
      country: "KEN",
      lang: "ar",
    });
  });

  it.each([
    "view=brief",
    "view=brief&years=2019",
    "view=brief&country=XXX",
    "view=brief&region=MARS",
  ])("falls back to the map with a notice without a country or region: %s", (query) => {
    const { state, notices } = parseViewState(query, known);
    expect(state.view).toBe("countries");
    expect(notices).toContainEqual({ param: "view", value: "brief" });
  });

  it("starts a history entry, so Back returns from the brief to the map", () => {
    const map = { ...DEFAULT_VIEW_STATE, country: "KEN" };
    expect(startsHistoryEntry(map, { ...map, view: "brief" })).toBe(true);
  });
});

describe("synthetic", () => {
  it("reads a count of 1 to 1,000,000 and never writes it to links", () => {
    const { state, notices } = parseViewState("synthetic=1000000&years=2019", known);
    expect(notices).toEqual([]);
    expect(state.synthetic).toBe(1_000_000);
    expect(serializeViewState(state)).toBe("years=2019");
    expect(serializeViewState({ ...state, embed: true })).toBe("years=2019&embed=1");
  });

  it.each(["0", "1000001", "-5", "1e3", "2.5", "many"])("rejects %s", (n) => {
    const { state, notices } = parseViewState(`synthetic=${n}`, known);
    expect(notices.map((x) => x.param)).toEqual(["synthetic"]);
    expect(state.synthetic).toBe(0);
  });
});

describe("history", () => {
  const base = DEFAULT_VIEW_STATE;
  it("starts an entry when the view, display, source, country or region changes", () => {
    expect(startsHistoryEntry(base, { ...base, country: "KEN" })).toBe(true);
    expect(startsHistoryEntry(base, { ...base, view: "regions" })).toBe(true);
    expect(startsHistoryEntry(base, { ...base, display: "table" })).toBe(true);
    expect(startsHistoryEntry(base, { ...base, region: "AFR" })).toBe(true);
    expect(startsHistoryEntry(base, { ...base, source: "baap-2018-2020" })).toBe(true);
  });

  it("replaces the entry for the slider, the camera, layers and language", () => {
    expect(
      startsHistoryEntry(base, { ...base, time: { mode: "year", start: 2019, end: 2019 } }),
    ).toBe(false);
    expect(startsHistoryEntry(base, { ...base, camera: { lng: 1, lat: 2, zoom: 3 } })).toBe(false);
    expect(startsHistoryEntry(base, { ...base, categories: ["cirt"] })).toBe(false);
    expect(startsHistoryEntry(base, { ...base, lang: "fr" })).toBe(false);
    expect(startsHistoryEntry(base, { ...base })).toBe(false);
  });

  it("never pushes in an embed", () => {
    const embed = { ...base, embed: true };
    expect(startsHistoryEntry(embed, { ...embed, country: "KEN" })).toBe(false);
  });
});
