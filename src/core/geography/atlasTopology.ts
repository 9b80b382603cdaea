import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Country, CountryShape, ItuRegion, RegionShape } from "./types";

/**
 * The country shapes as the app receives them: a TopoJSON topology (built by scripts/build-data.ts
 * from world-atlas, already split at the antimeridian) whose geometries carry `{ iso3 }`.
 * Shared borders are stored once, which keeps the file at about a third of the GeoJSON size.
 */
export type AtlasTopology = Topology<{ countries: GeometryCollection<{ iso3: string }> }>;

export function countryShapesOf(topology: AtlasTopology): CountryShape[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features.map((f) => ({
    type: "Feature",
    properties: { iso3: f.properties.iso3 },
    geometry: {
      type: "MultiPolygon",
      coordinates:
        f.geometry.type === "Polygon"
          ? [f.geometry.coordinates]
          : f.geometry.type === "MultiPolygon"
            ? f.geometry.coordinates
            : [],
    },
  })) as CountryShape[];
}

/** The six ITU-D regions, each the dissolve (topojson `merge`) of its member countries' shapes. */
export function dissolveRegions(
  topology: AtlasTopology,
  regionOf: (iso3: string) => ItuRegion | null,
): RegionShape[] {
  const byRegion = new Map<ItuRegion, AtlasTopology["objects"]["countries"]["geometries"]>();
  for (const geometry of topology.objects.countries.geometries) {
    const iso3 = (geometry.properties as { iso3?: string } | undefined)?.iso3;
    const region = iso3 ? regionOf(iso3) : null;
    if (!region) continue;
    byRegion.set(region, [...(byRegion.get(region) ?? []), geometry]);
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, geometries]) => ({
      type: "Feature",
      properties: { region },
      geometry: {
        type: "MultiPolygon",
        // topojson-client types merge() for polygon geometries only; ours are polygons and multipolygons.
        coordinates: merge(topology, geometries as never)
          .coordinates as RegionShape["geometry"]["coordinates"],
      },
    }));
}

/** The atlas's full shapes, as the map drew them before it drew vector tiles. */
export interface AtlasShapes {
  /** Shapes of the countries in the table (members, Palestine, named territories). */
  countryShapes: CountryShape[];
  /** Shapes of everything else (drawn as land without data). */
  otherShapes: CountryShape[];
  /** The six ITU-D regions, dissolved from their countries. */
  regionShapes: RegionShape[];
}

/** Decodes the full shapes (public/data/shapes.json) into country, other-land and region shapes. */
export function atlasShapesOf(
  topology: AtlasTopology,
  countryByIso3: ReadonlyMap<string, Country>,
): AtlasShapes {
  const shapes = countryShapesOf(topology);
  return {
    countryShapes: shapes.filter((s) => countryByIso3.has(s.properties.iso3)),
    otherShapes: shapes.filter((s) => !countryByIso3.has(s.properties.iso3)),
    regionShapes: dissolveRegions(topology, (iso3) => countryByIso3.get(iso3)?.region ?? null),
  };
}
