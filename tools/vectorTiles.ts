import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FeatureCollection } from "geojson";
import GeoJSONVT from "geojson-vt";
import { fromGeojsonVt } from "vt-pbf";

/** Zoom levels cut at build time; MapLibre draws the z5 tiles (full detail) when zoomed further in. */
export const TILE_MIN_ZOOM = 0;
export const TILE_MAX_ZOOM = 5;
/** Tile coordinates per side (the vector tile default). */
export const TILE_EXTENT = 4096;
/**
 * Outlines are cut this far (tile units) beyond each tile's edge, so a border drawn along a cut never
 * shows inside the tile. 64 is the usual value (1/64 of the tile).
 */
export const TILE_BUFFER = 64;
/**
 * Douglas-Peucker tolerance in tile units below z5 (z5 keeps every point). geojson-vt also drops a
 * ring whose area is under tolerance², so it decides which small islands a zoom keeps: with 2, a
 * ring of 4 units² or more (at z2 about 25 km² near the equator) survives; the atlas's markers stand in for
 * smaller countries (the library's default, 3, drops rings under 9 units²).
 */
export const TILE_TOLERANCE = 2;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** The encoded tiles, keyed `z/x/y`; a tile with nothing in any layer is absent. */
export type VectorTiles = Map<string, Uint8Array>;

/**
 * Cuts GeoJSON layers into Mapbox Vector Tiles (version 2) for zooms TILE_MIN_ZOOM..TILE_MAX_ZOOM,
 * every tile of every zoom pre-generated (no on-the-fly tiling at run time).
 */
export function cutVectorTiles(layers: Record<string, FeatureCollection>): VectorTiles {
  const indexes = Object.entries(layers).map(
    ([name, collection]) =>
      [
        name,
        new GeoJSONVT(collection, {
          maxZoom: TILE_MAX_ZOOM,
          indexMaxZoom: TILE_MAX_ZOOM,
          indexMaxPoints: 0,
          tolerance: TILE_TOLERANCE,
          extent: TILE_EXTENT,
          buffer: TILE_BUFFER,
        }),
      ] as const,
  );
  const tiles: VectorTiles = new Map();
  for (const { z, x, y } of allTileAddresses()) {
    const layerTiles: Record<string, { features: unknown[] }> = {};
    for (const [name, index] of indexes) {
      const tile = index.getTile(z, x, y);
      if (tile && tile.features.length > 0) layerTiles[name] = tile;
    }
    if (Object.keys(layerTiles).length === 0) continue;
    tiles.set(`${z}/${x}/${y}`, fromGeojsonVt(layerTiles, { version: 2, extent: TILE_EXTENT }));
  }
  return tiles;
}

/** Every tile of zooms TILE_MIN_ZOOM..TILE_MAX_ZOOM (1,365 for 0-5). */
export function allTileAddresses(): TileAddress[] {
  const addresses: TileAddress[] = [];
  for (let z = TILE_MIN_ZOOM; z <= TILE_MAX_ZOOM; z++)
    for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) addresses.push({ z, x, y });
  return addresses;
}

/**
 * Writes `{z}/{x}/{y}.pbf` under `folder` (emptied first). Tiles with no land are written as empty
 * files: a static host answers 404 for a missing file, and the browser logs every 404 as an error.
 * Returns the number of files and their total size in bytes.
 */
export function writeTileFolder(
  folder: string,
  tiles: VectorTiles,
): { files: number; bytes: number } {
  rmSync(folder, { recursive: true, force: true });
  let bytes = 0;
  const addresses = allTileAddresses();
  for (const { z, x, y } of addresses) {
    const tile = tiles.get(`${z}/${x}/${y}`) ?? new Uint8Array(0);
    mkdirSync(join(folder, String(z), String(x)), { recursive: true });
    writeFileSync(join(folder, String(z), String(x), `${y}.pbf`), tile);
    bytes += tile.length;
  }
  return { files: addresses.length, bytes };
}
