/**
 * Validates every CSV under data/ and writes the app's data: public/data/atlas.json (what the first
 * view needs), public/data/shapes.json (the full country shapes, loaded when a feature needs them)
 * and the base map's vector tiles, public/tiles/{z}/{x}/{y}.pbf.
 * Fails (exit code 1) with one `file:row:column: reason` line per problem; nothing is dropped silently.
 *   npm run data
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import { type AtlasShapesData, isDataDate } from "../src/core/data/atlasData";
import { formatProblem } from "../src/core/data/readCsvTable";
import { atlasDataOf } from "../tools/atlasDataOf";
import { loadDataset, PROJECT_ROOT } from "../tools/loadDataset";
import { cutVectorTiles, writeTileFolder } from "../tools/vectorTiles";

const started = performance.now();
const dataset = loadDataset();
for (const warning of dataset.warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (dataset.problems.length > 0) {
  for (const problem of dataset.problems) console.error(formatProblem(problem));
  console.error(`\n${dataset.problems.length} problem(s) in data/: nothing was written.`);
  process.exit(1);
}

// The date of the data: the day data/ was last revised, kept by hand in data/DATA_DATE (see
// data/README.md), so a build of the same files always writes the same date.
const dataDate = readFileSync(join(PROJECT_ROOT, "data", "DATA_DATE"), "utf8").trim();
if (!isDataDate(dataDate)) {
  console.error(`data/DATA_DATE:1: "${dataDate}" is not a date YYYY-MM-DD`);
  process.exit(1);
}

const { atlas, shapes } = atlasDataOf(
  dataset,
  dataDate,
  "scripts/build-data.ts from data/*.csv and world-atlas countries-50m; do not edit",
);
console.log(
  `rules of data/README.md (rows covered): ${Object.entries(dataset.ruleCoverage)
    .map(([rule, rows]) => `${rule} ${rows}`)
    .join(", ")}; ${dataset.warnings.length} warning(s) not in data/accepted.csv`,
);
const outDir = join(PROJECT_ROOT, "public", "data");
mkdirSync(outDir, { recursive: true });
const json = JSON.stringify(atlas);
writeFileSync(join(outDir, "atlas.json"), json);
const shapesData: AtlasShapesData = {
  generatedBy: "scripts/build-data.ts from world-atlas countries-50m; do not edit",
  topology: shapes.topology,
};
const shapesJson = JSON.stringify(shapesData);
writeFileSync(join(outDir, "shapes.json"), shapesJson);
const tiles = writeTileFolder(
  join(PROJECT_ROOT, "public", "tiles"),
  cutVectorTiles(shapes.tileLayers),
);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `data: ${atlas.countries.length} countries, ${atlas.activities.length} activities, ` +
    `${atlas.partnershipStats.length} partnership figures, ${atlas.sources.length} sources -> ` +
    `public/data/atlas.json (${kib(json.length)}, brotli ${kib(brotliCompressSync(json).length)}), ` +
    `public/data/shapes.json (${kib(shapesJson.length)}), ` +
    `public/tiles/ (${tiles.files} tiles, ${kib(tiles.bytes)}) in ${(performance.now() - started).toFixed(0)} ms`,
);
