import type { Atlas } from "../core/atlas/prepareAtlas";
import { ATLAS_SHAPES_PATH, type AtlasShapesData } from "../core/data/atlasData";
import { type AtlasShapes, atlasShapesOf } from "../core/geography/atlasTopology";

let loading: Promise<AtlasShapes> | null = null;

/**
 * The atlas's full shapes (country shapes, other land, dissolved regions, split at the
 * antimeridian), for the features that need exact outlines: a printed locator map, distances,
 * point-in-country. The first view never needs them (the map draws vector tiles), so they are
 * fetched on the first call only, once per page; later calls share the same promise.
 *
 *   const { countryShapes } = await loadShapes(atlas);
 *
 * A failed load is not cached: the next call tries again.
 */
export function loadShapes(atlas: Atlas): Promise<AtlasShapes> {
  if (!loading) {
    loading = fetch(ATLAS_SHAPES_PATH)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${ATLAS_SHAPES_PATH}: HTTP ${response.status}`);
        const data = (await response.json()) as AtlasShapesData;
        return atlasShapesOf(data.topology, atlas.countryByIso3);
      })
      .catch((error: unknown) => {
        loading = null;
        throw error;
      });
  }
  return loading;
}
