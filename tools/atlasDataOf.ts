import type { AtlasData } from "../src/core/data/atlasData";
import type { LoadedDataset } from "./loadDataset";
import { buildMapShapes, type MapShapes } from "./mapShapes";

/**
 * What `npm run data` writes into atlas.json, from a loaded (and valid) dataset: the records, the
 * geography and the figures the build computes from the shapes (region labels, symbol outlines).
 * Also returns the shapes themselves, for the tiles and shapes.json. The build and the tests that
 * need the real atlas use this one function, so they see the same atlas.
 */
export function atlasDataOf(
  dataset: LoadedDataset,
  dataDate: string,
  generatedBy: string,
): { atlas: AtlasData; shapes: MapShapes } {
  const shapes = buildMapShapes(
    dataset.geography.countryShapes,
    dataset.countries,
    dataset.geography.places,
  );
  const atlas: AtlasData = {
    generatedBy,
    dataDate,
    countries: dataset.countries,
    aliases: dataset.aliases,
    places: dataset.geography.places,
    regionLabels: shapes.regionLabels,
    symbolTopology: shapes.symbolTopology,
    sources: dataset.sources.records.map(({ record }) => record),
    activities: dataset.activities.records.map(({ record }) => record),
    partnershipStats: dataset.partnershipStats.records.map(({ record }) => record),
  };
  return { atlas, shapes };
}
