import { representativePoint, shapeAreaKm2, shapeBbox } from "./representativePoint";
import { shapeViewBox } from "./shapeViewBox";
import type { Country, CountryPlace, CountryShape, LngLat } from "./types";
import { countryShapesFromTopology, type WorldTopology } from "./worldShapes";

/** Below this area (km²) a country is hard to click at world zoom, so it also gets a marker. */
export const MARKER_AREA_KM2 = 12_000;

/** Where to put the marker of a country that has no shape in world-atlas (data/geography/markers.csv). */
export interface MarkerPlace {
  iso3: string;
  place: string;
  lngLat: LngLat;
}

export interface Geography {
  /** Every world-atlas shape with an ISO code, split at the antimeridian. */
  countryShapes: CountryShape[];
  /** One entry per country of the table. */
  places: CountryPlace[];
  /** Countries of the table with neither a shape nor a marker place: must be empty. */
  unplaced: string[];
}

/** Builds where every country is: shapes, a point inside each, and markers for the tiny ones. Pure. */
export function buildGeography(
  topology: WorldTopology,
  countries: Country[],
  markers: MarkerPlace[],
): Geography {
  const table = new Map(countries.map((c) => [c.iso3, c]));
  const shapes = countryShapesFromTopology(topology);
  const markerOf = new Map(markers.map((m) => [m.iso3, m]));
  const places: CountryPlace[] = [];
  const unplaced: string[] = [];

  for (const [iso3, shape] of shapes) {
    if (!table.has(iso3)) continue;
    const areaKm2 = shapeAreaKm2(shape);
    const viewBox = shapeViewBox(shape);
    places.push({
      iso3,
      point: roundPoint(markerOf.get(iso3)?.lngLat ?? representativePoint(shape)),
      bbox: shapeBbox(shape),
      ...(viewBox ? { viewBox } : {}),
      areaKm2: Math.round(areaKm2),
      needsMarker: areaKm2 < MARKER_AREA_KM2,
    });
  }
  for (const country of countries) {
    if (shapes.has(country.iso3)) continue;
    const marker = markerOf.get(country.iso3);
    if (!marker) {
      unplaced.push(country.iso3);
      continue;
    }
    const [lng, lat] = marker.lngLat;
    places.push({
      iso3: country.iso3,
      point: marker.lngLat,
      bbox: [lng - 0.25, lat - 0.25, lng + 0.25, lat + 0.25],
      areaKm2: 0,
      needsMarker: true,
    });
  }
  places.sort((a, b) => a.iso3.localeCompare(b.iso3));
  return { countryShapes: [...shapes.values()], places, unplaced };
}

function roundPoint([lng, lat]: LngLat): LngLat {
  return [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}
