// The part of vt-pbf 3 (a CommonJS package without types) that tools/vectorTiles.ts uses.
declare module "vt-pbf" {
  /** Encodes geojson-vt tiles, one per layer name, as a Mapbox Vector Tile protobuf. */
  export function fromGeojsonVt(
    layers: Record<string, unknown>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}
