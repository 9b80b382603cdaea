import { describe, expect, it } from "vitest";
import { createCountrySearch, editDistance, normalizeForSearch } from "./countrySearch";

const search = createCountrySearch([
  { iso3: "CIV", iso2: "CI", name: "Côte d’Ivoire", aliases: ["Ivory Coast", "Cote d'Ivoire"] },
  {
    iso3: "LAO",
    iso2: "LA",
    name: "Lao People's Democratic Republic",
    aliases: ["Lao PDR", "Laos"],
  },
  { iso3: "VNM", iso2: "VN", name: "Viet Nam", aliases: ["Vietnam"] },
  { iso3: "TUR", iso2: "TR", name: "Turkey", aliases: ["Türkiye"] },
  { iso3: "KEN", iso2: "KE", name: "Kenya", aliases: [] },
  { iso3: "NER", iso2: "NE", name: "Niger", aliases: [] },
  { iso3: "NGA", iso2: "NG", name: "Nigeria", aliases: [] },
  { iso3: "TUV", iso2: "TV", name: "Tuvalu", aliases: [] },
  { iso3: "COD", iso2: "CD", name: "Democratic Republic of the Congo", aliases: ["DR Congo"] },
  { iso3: "COG", iso2: "CG", name: "Congo", aliases: [] },
  { iso3: "GIN", iso2: "GN", name: "Guinea", aliases: [] },
  { iso3: "GNB", iso2: "GW", name: "Guinea-Bissau", aliases: [] },
]);
const first = (q: string) => search(q)[0]?.iso3;

describe("normalizeForSearch", () => {
  it("drops accents, apostrophes and punctuation", () => {
    expect(normalizeForSearch("Côte d’Ivoire")).toBe("cote divoire");
    expect(normalizeForSearch("  Guinea-Bissau ")).toBe("guinea bissau");
    expect(normalizeForSearch("Lao P.D.R.")).toBe("lao pdr");
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("kneya", "kenya")).toBe(1);
    expect(editDistance("turky", "turkey")).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});

describe("country search", () => {
  it.each([
    ["kenya", "KEN"],
    ["cote divoire", "CIV"],
    ["Ivory", "CIV"],
    ["Lao", "LAO"],
    ["laos", "LAO"],
    ["Viet Nam", "VNM"],
    ["vietnam", "VNM"],
    ["Türkiye", "TUR"],
    ["turkiye", "TUR"],
    ["Turkey", "TUR"],
    ["KEN", "KEN"],
    ["tv", "TUV"],
    ["kneya", "KEN"],
    ["Tuvalo", "TUV"],
    ["congo", "COG"],
    ["guinea", "GIN"],
  ])("finds %s as %s", (query, iso3) => {
    expect(first(query)).toBe(iso3);
  });

  it("ranks an exact name above a longer name that starts with it", () => {
    expect(
      search("niger")
        .map((r) => r.iso3)
        .slice(0, 2),
    ).toEqual(["NER", "NGA"]);
  });

  it("says which alternate name matched", () => {
    expect(search("ivory coast")[0]?.matched).toBe("Ivory Coast");
    expect(search("kenya")[0]?.matched).toBeNull();
  });

  it("finds nothing for nonsense or an empty query", () => {
    expect(search("xqzwv")).toEqual([]);
    expect(search("  ")).toEqual([]);
  });
});
