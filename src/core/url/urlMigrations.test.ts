import { describe, expect, it } from "vitest";
import { migrateQuery } from "./urlMigrations";
import { type DEFAULT_VIEW_STATE, parseViewState, serializeViewState } from "./viewState";

const known = (iso3: string) => ["KEN", "TUV", "BDI", "BRB"].includes(iso3);

/**
 * Links published with earlier versions of the scheme, and what they must still show. Never remove
 * a line: add one when the scheme changes.
 */
const OLD_URLS: [string, Partial<typeof DEFAULT_VIEW_STATE>][] = [
  // Version 1 (2026), as documented in the README and used by embeds.
  [
    "?view=countries&years=2018-2020&mode=range&layers=cirt,dtc&country=KEN",
    { country: "KEN", categories: ["cirt", "dtc"] },
  ],
  [
    "?view=regions&years=2019&mode=year",
    { view: "regions", time: { mode: "year", start: 2019, end: 2019 } },
  ],
  ["?mode=cumulative&years=2016", { time: { mode: "cumulative", start: 2016, end: 2016 } }],
  ["?layers=assistance,cirt,dtc,connectivity,partnership&country=TUV", { country: "TUV" }],
  ["?view=regions&region=AFR", { view: "regions", region: "AFR" }],
  ["?display=table&years=2018-2020&layers=cirt", { display: "table", categories: ["cirt"] }],
  ["?embed=1&controls=0&years=2018-2020", { embed: true, controls: false }],
  ["?camera=36.82,-1.29,5&country=KEN", { camera: { lng: 36.82, lat: -1.29, zoom: 5 } }],
  ["?v=1&years=2019", { time: { mode: "range", start: 2019, end: 2019 } }],
];

describe("old URLs keep working", () => {
  it.each(OLD_URLS)("%s", (url, expected) => {
    const { state, notices } = parseViewState(url, known);
    expect(notices).toEqual([]);
    expect(state).toMatchObject(expected);
  });
});

describe("migrateQuery", () => {
  it("applies migrations from the link's version onwards and drops v", () => {
    const migrations = [
      {
        from: 1,
        migrate: (p: URLSearchParams) =>
          new URLSearchParams(p.toString().replace("iso=", "country=")),
      },
    ];
    expect(migrateQuery("?v=1&iso=KEN", migrations).toString()).toBe("country=KEN");
    expect(migrateQuery("?v=2&iso=KEN", migrations).toString()).toBe("iso=KEN");
  });

  it("writes links that read back the same", () => {
    for (const [url] of OLD_URLS) {
      const { state } = parseViewState(url, known);
      expect(parseViewState(serializeViewState(state), known).state).toEqual(state);
    }
  });
});
