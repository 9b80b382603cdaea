import type { FeatureCollection } from "geojson";
import { type AtlasTopology, atlasShapesOf } from "../src/core/geography/atlasTopology";
import { representativePoint } from "../src/core/geography/representativePoint";
import type {
  Country,
  CountryPlace,
  CountryShape,
  ItuRegion,
  LngLat,
} from "../src/core/geography/types";
import { atlasTopologyOf } from "./atlasTopologyOf";
import { symbolShapesOf } from "./symbolShapes";

/** Everything the build makes from the country shapes, for the first view and for later. */
export interface MapShapes {
  /** The full shapes (public/data/shapes.json). */
  topology: AtlasTopology;
  /** Outlines for the symbol rings, in atlas.json. */
  symbolTopology: AtlasTopology;
  /** Each region's label point, in atlas.json. */
  regionLabels: { region: ItuRegion; point: LngLat }[];
  /** The layers of the vector tiles: `countries` (iso3, region), `other-land`, `regions` (region). */
  tileLayers: Record<"countries" | "other-land" | "regions", FeatureCollection>;
}

/**
 * From the split world-atlas shapes: the quantised topology (what the app decoded at start-up
 * before), then, from it, the tile layers, the dissolved regions and their label points, so the map
 * and the first view agree with the full shapes to the last arc.
 */
export function buildMapShapes(
  countryShapes: CountryShape[],
  countries: Country[],
  places: CountryPlace[],
): MapShapes {
  const countryByIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const topology = atlasTopologyOf(countryShapes);
  const shapes = atlasShapesOf(topology, countryByIso3);
  return {
    topology,
    symbolTopology: atlasTopologyOf(symbolShapesOf(countryShapes, places), 1e4),
    regionLabels: shapes.regionShapes.map((r) => ({
      region: r.properties.region,
      point: representativePoint(r as unknown as CountryShape),
    })),
    tileLayers: {
      countries: {
        type: "FeatureCollection",
        features: shapes.countryShapes.map((shape) => ({
          type: "Feature",
          properties: {
            iso3: shape.properties.iso3,
            region: countryByIso3.get(shape.properties.iso3)?.region ?? "",
          },
          geometry: shape.geometry,
        })),
      },
      "other-land": {
        type: "FeatureCollection",
        features: shapes.otherShapes.map((shape) => ({
          type: "Feature",
          properties: {},
          geometry: shape.geometry,
        })),
      },
      regions: { type: "FeatureCollection", features: shapes.regionShapes },
    },
  };
}
