import type { MultiPolygon, Polygon } from "geojson";
import isoCountries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { splitPolygonAtAntimeridian } from "./antimeridian";
import type { CountryShape, PolygonRings } from "./types";

type CountryGeometries = GeometryCollection<{ name: string }>;
export type WorldTopology = Topology<{ countries: CountryGeometries }>;

/**
 * World-atlas shapes without an ISO code that the UN counts as part of a Member State.
 * Kosovo and the Siachen Glacier stay unassigned (drawn as land without data).
 */
const UNCODED_SHAPES: Record<string, string> = {
  Somaliland: "SOM",
  "N. Cyprus": "CYP",
  "Indian Ocean Ter.": "AUS",
};

/** The ISO 3166-1 alpha-3 code of a world-atlas geometry, or null when it has none. */
export function iso3OfGeometry(id: string | number | undefined, name: string): string | null {
  if (id !== undefined && id !== "")
    return isoCountries.numericToAlpha3(String(id).padStart(3, "0")) ?? null;
  return UNCODED_SHAPES[name] ?? null;
}

/** Country shapes keyed by alpha-3, with rings split at the antimeridian. */
export function countryShapesFromTopology(topology: WorldTopology): Map<string, CountryShape> {
  const shapes = new Map<string, CountryShape>();
  for (const geometry of topology.objects.countries.geometries) {
    const iso3 = iso3OfGeometry(
      geometry.id,
      (geometry.properties as { name?: string } | undefined)?.name ?? "",
    );
    if (!iso3) continue;
    const geojson = (feature(topology, geometry) as GeoJSON.Feature).geometry as
      | Polygon
      | MultiPolygon
      | null;
    if (!geojson) continue;
    const polygons = splitMultiPolygon(geojson);
    const existing = shapes.get(iso3);
    if (existing) existing.geometry.coordinates.push(...polygons);
    else
      shapes.set(iso3, {
        type: "Feature",
        properties: { iso3 },
        geometry: { type: "MultiPolygon", coordinates: polygons },
      });
  }
  return shapes;
}

function splitMultiPolygon(geometry: Polygon | MultiPolygon): PolygonRings[] {
  const polygons = (
    geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates
  ) as PolygonRings[];
  return polygons.flatMap(splitPolygonAtAntimeridian);
}
