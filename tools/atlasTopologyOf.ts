import type { GeoJsonObject } from "geojson";
import { topology } from "topojson-server";
import type { AtlasTopology } from "../src/core/geography/atlasTopology";
import type { CountryShape } from "../src/core/geography/types";

/** Encodes the split country shapes as TopoJSON, quantised to 1e5 steps (~400 m at the equator). */
export function atlasTopologyOf(shapes: CountryShape[]): AtlasTopology {
  const countries = { type: "FeatureCollection", features: shapes } as GeoJsonObject;
  return topology({ countries }, 1e5) as unknown as AtlasTopology;
}
