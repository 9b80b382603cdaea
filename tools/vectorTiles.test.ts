import { VectorTile } from "@mapbox/vector-tile";
import type { Position } from "geojson";
import { PbfReader } from "pbf";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadedDataset, loadDataset } from "./loadDataset";
import { buildMapShapes } from "./mapShapes";
import { allTileAddresses, cutVectorTiles, TILE_EXTENT, type VectorTiles } from "./vectorTiles";

let dataset: LoadedDataset;
let tiles: VectorTiles;
beforeAll(() => {
  dataset = loadDataset();
  const shapes = buildMapShapes(
    dataset.geography.countryShapes,
    dataset.countries,
    dataset.geography.places,
  );
  tiles = cutVectorTiles(shapes.tileLayers);
}, 120_000);

function decode(address: string): VectorTile {
  const bytes = tiles.get(address);
  if (!bytes) throw new Error(`no tile ${address}`);
  return new VectorTile(new PbfReader(bytes));
}

/** The ISO codes in a tile's `countries` layer. */
function countriesIn(tile: VectorTile): Set<string> {
  const layer = tile.layers.countries;
  const found = new Set<string>();
  for (let i = 0; i < (layer?.length ?? 0); i++)
    found.add(String(layer?.feature(i).properties.iso3));
  return found;
}

/** Every longitude of a country's outline in a tile, in degrees. */
function longitudesOf(address: string, iso3: string): number[] {
  const [z, x, y] = address.split("/").map(Number) as [number, number, number];
  const layer = decode(address).layers.countries;
  const lngs: number[] = [];
  for (let i = 0; i < (layer?.length ?? 0); i++) {
    const feature = layer?.feature(i);
    if (feature?.properties.iso3 !== iso3) continue;
    const geometry = feature.toGeoJSON(x, y, z).geometry;
    const rings =
      geometry.type === "Polygon"
        ? geometry.coordinates
        : geometry.type === "MultiPolygon"
          ? geometry.coordinates.flat()
          : [];
    for (const ring of rings) lngs.push(...ring.map((p: Position) => p[0] as number));
  }
  return lngs;
}

describe("the base map's vector tiles", () => {
  it("cover zooms 0 to 5, and the world tile has the three layers", () => {
    expect(allTileAddresses()).toHaveLength(1 + 4 + 16 + 64 + 256 + 1024);
    const world = decode("0/0/0");
    expect(Object.keys(world.layers).sort()).toEqual(["countries", "other-land", "regions"]);
    expect(world.layers.countries?.extent).toBe(TILE_EXTENT);
    const regions = world.layers.regions;
    const names = Array.from({ length: regions?.length ?? 0 }, (_, i) =>
      String(regions?.feature(i).properties.region),
    );
    expect([...new Set(names)].sort()).toEqual(["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"]);
  });

  it("give every country its ISO code and region", () => {
    const layer = decode("0/0/0").layers.countries;
    const feature = Array.from({ length: layer?.length ?? 0 }, (_, i) => layer?.feature(i)).find(
      (f) => f?.properties.iso3 === "KEN",
    );
    expect(feature?.properties).toEqual({ iso3: "KEN", region: "AFR" });
  });

  it("keep in the world tile every country larger than 10,000 km²", () => {
    const inWorld = countriesIn(decode("0/0/0"));
    const large = dataset.geography.places.filter((p) => p.areaKm2 > 10_000).map((p) => p.iso3);
    expect(large.length).toBeGreaterThan(150);
    expect(large.filter((iso3) => !inWorld.has(iso3))).toEqual([]);
  });

  it("keep every country visible at zoom 2, or it has a dot marker", () => {
    const atZoom2 = new Set<string>();
    for (const [address] of tiles)
      if (address.startsWith("2/"))
        for (const iso3 of countriesIn(decode(address))) atZoom2.add(iso3);
    const places = new Map(dataset.geography.places.map((p) => [p.iso3, p]));
    const invisible = dataset.countries
      .map((c) => c.iso3)
      .filter((iso3) => !atZoom2.has(iso3) && !places.get(iso3)?.needsMarker);
    expect(invisible).toEqual([]);
  });

  it("draw Fiji on both sides of the antimeridian, cut there, not across the world", () => {
    // A ring drawn across the world would reach the far edge of the tile it starts in. Only the
    // other half's copy, in the tile's thin buffer beyond ±180°, may cross the line.
    const west = longitudesOf("1/0/1", "FJI");
    const east = longitudesOf("1/1/1", "FJI");
    expect(west.filter((lng) => lng >= -180).length).toBeGreaterThan(3);
    expect(east.filter((lng) => lng <= 180).length).toBeGreaterThan(3);
    expect(Math.max(...west)).toBeLessThan(-178);
    expect(Math.min(...east)).toBeGreaterThan(176);
  });

  it("keep both halves of Taveuni (Fiji, astride the antimeridian at 16.8° S) at zoom 5", () => {
    const west = longitudesOf("5/0/17", "FJI").filter((lng) => lng >= -180 && lng < -179.8);
    const east = longitudesOf("5/31/17", "FJI").filter((lng) => lng > 179.85 && lng <= 180);
    expect(west.length).toBeGreaterThanOrEqual(5);
    expect(east.length).toBeGreaterThanOrEqual(5);
  });
});
