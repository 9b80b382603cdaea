import type { AtlasData } from "../data/atlasData";
import { countryShapesOf, dissolveRegions } from "../geography/atlasTopology";
import type { Country, CountryPlace, CountryShape, RegionShape } from "../geography/types";

/** The atlas as the app uses it: the loaded data plus lookups and shapes decoded once at start-up. */
export interface Atlas {
  data: AtlasData;
  countryByIso3: Map<string, Country>;
  placeByIso3: Map<string, CountryPlace>;
  /** Shapes of the countries in the table (members, Palestine, named territories). */
  countryShapes: CountryShape[];
  /** Shapes of everything else (drawn as land without data). */
  otherShapes: CountryShape[];
  regionShapes: RegionShape[];
}

export function prepareAtlas(data: AtlasData): Atlas {
  const countryByIso3 = new Map(data.countries.map((c) => [c.iso3, c]));
  const shapes = countryShapesOf(data.topology);
  return {
    data,
    countryByIso3,
    placeByIso3: new Map(data.places.map((p) => [p.iso3, p])),
    countryShapes: shapes.filter((s) => countryByIso3.has(s.properties.iso3)),
    otherShapes: shapes.filter((s) => !countryByIso3.has(s.properties.iso3)),
    regionShapes: dissolveRegions(data.topology, (iso3) => countryByIso3.get(iso3)?.region ?? null),
  };
}
