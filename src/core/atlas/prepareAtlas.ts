import { ActivityCounts } from "../aggregation/activityCounts";
import type { AtlasData } from "../data/atlasData";
import type { Activity } from "../data/schema";
import { countryShapesOf, dissolveRegions } from "../geography/atlasTopology";
import { representativePoint } from "../geography/representativePoint";
import type {
  Country,
  CountryPlace,
  CountryShape,
  ItuRegion,
  LngLat,
  RegionShape,
} from "../geography/types";
import {
  type ActivitySymbol,
  type PartnerArc,
  partnerArcs,
  placeActivities,
} from "./activityPlaces";

/** The atlas as the app uses it: the loaded data plus lookups, shapes and counts built once at start-up. */
export interface Atlas {
  data: AtlasData;
  countryByIso3: Map<string, Country>;
  placeByIso3: Map<string, CountryPlace>;
  /** Shapes of the countries in the table (members, Palestine, named territories). */
  countryShapes: CountryShape[];
  /** Shapes of everything else (drawn as land without data). */
  otherShapes: CountryShape[];
  regionShapes: RegionShape[];
  regionLabelPoints: Map<ItuRegion, LngLat>;
  counts: ActivityCounts;
  /** CIRT, DTC and connectivity records as point symbols. */
  pointSymbols: ActivitySymbol[];
  /** Assistance and partnership records that name a site, as small dots. */
  siteDots: ActivitySymbol[];
  partnerArcs: PartnerArc[];
  /** Records with no country: the region they are reported under, or the whole world. */
  regionLevel: Activity[];
  global: Activity[];
  sourceTitle: Map<string, string>;
}

export function prepareAtlas(data: AtlasData): Atlas {
  const countryByIso3 = new Map(data.countries.map((c) => [c.iso3, c]));
  const placeByIso3 = new Map(data.places.map((p) => [p.iso3, p]));
  const placeOf = (iso3: string) => placeByIso3.get(iso3);
  const shapes = countryShapesOf(data.topology);
  const regionShapes = dissolveRegions(
    data.topology,
    (iso3) => countryByIso3.get(iso3)?.region ?? null,
  );
  const siteRecords = data.activities.filter(
    (a) => a.lngLat && (a.category === "assistance" || a.category === "partnership"),
  );
  return {
    data,
    countryByIso3,
    placeByIso3,
    countryShapes: shapes.filter((s) => countryByIso3.has(s.properties.iso3)),
    otherShapes: shapes.filter((s) => !countryByIso3.has(s.properties.iso3)),
    regionShapes,
    regionLabelPoints: new Map(
      regionShapes.map((r) => [
        r.properties.region,
        representativePoint(r as unknown as CountryShape),
      ]),
    ),
    counts: new ActivityCounts(data.activities, data.countries),
    pointSymbols: placeActivities(data.activities, ["cirt", "dtc", "connectivity"], placeOf),
    siteDots: placeActivities(siteRecords, ["assistance", "partnership"], placeOf),
    partnerArcs: partnerArcs(data.activities, placeOf),
    regionLevel: data.activities.filter(
      (a) => a.countries.length === 0 && a.precision === "region",
    ),
    global: data.activities.filter((a) => a.countries.length === 0 && a.precision === "global"),
    sourceTitle: new Map(data.sources.map((s) => [s.id, s.title])),
  };
}
