import type { GeoJsonObject } from "geojson";
import { topology } from "topojson-server";
import type { AtlasTopology } from "../src/core/geography/atlasTopology";
import type { CountryShape } from "../src/core/geography/types";

/**
 * Encodes the split country shapes as TopoJSON, quantised by default to 1e5 steps (~400 m at the
 * equator); the outlines for the symbol rings need only 1e4 (~4 km).
 */
export function atlasTopologyOf(shapes: CountryShape[], quantization = 1e5): AtlasTopology {
  const countries = { type: "FeatureCollection", features: shapes } as GeoJsonObject;
  return topology({ countries }, quantization) as unknown as AtlasTopology;
}
