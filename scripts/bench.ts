/**
 * Benchmarks, printed as tables with ratios against a naive baseline measured in the same run:
 *   npm run bench
 * 1. Window recount: synthetic datasets of 10k, 100k and 1M records over the real countries;
 *    build time of the count structure, recount time for a new year window (ours vs filter-and-count).
 * 2. Assigning 100,000 random points to countries: the grid locator (and its build time) against
 *    flatbush + turf (the exact baseline) and a loop over every shape.
 * 3. Start-up: prepareAtlas on public/data/atlas.json (run `npm run data` first), and decoding the
 *    full shapes of public/data/shapes.json, which only features that need them pay for.
 * 4. Map symbols: grouping the real records plus 0, 100k or 1M synthetic ones into one symbol per
 *    place, category and style, and counting every symbol's records for a new window (ours vs a
 *    filter over every record at every place, which is what the GPU did with one icon per record).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ActivityCounts, categoryMask } from "../src/core/aggregation/activityCounts";
import { prepareAtlas } from "../src/core/atlas/prepareAtlas";
import { SymbolCounts } from "../src/core/atlas/symbolCounts";
import { groupSymbols, type SymbolGroup } from "../src/core/atlas/symbolGroups";
import type { AtlasData, AtlasShapesData } from "../src/core/data/atlasData";
import { type Activity, CATEGORIES } from "../src/core/data/schema";
import { syntheticActivities } from "../src/core/data/syntheticActivities";
import { atlasShapesOf } from "../src/core/geography/atlasTopology";
import { createGridCountryLocator, GRID_CELL_DEGREES } from "../src/core/geography/countryGrid";
import {
  createExactCountryLocator,
  createNaiveCountryLocator,
} from "../src/core/geography/countryLocator";
import type { LngLat } from "../src/core/geography/types";
import { isActiveIn, type YearWindow } from "../src/core/time/yearWindow";
import { loadDataset, PROJECT_ROOT } from "../tools/loadDataset";

let seed = 7;
function random(): number {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
}

/** The baseline: one pass over every record, counting per country. */
function naiveCounts(
  activities: Activity[],
  index: Map<string, number>,
  mask: number,
  window: YearWindow,
) {
  const out = new Int32Array(index.size);
  for (const a of activities) {
    if ((mask & (1 << CATEGORIES.indexOf(a.category))) === 0) continue;
    if (a.yearStart > window.to || a.yearEnd < window.from) continue;
    for (const iso3 of new Set(a.countries)) {
      const i = index.get(iso3);
      if (i !== undefined) out[i] = (out[i] ?? 0) + 1;
    }
  }
  return out;
}

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** Median time of `repeat` runs (ms). */
function median(repeat: number, run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) times.push(time(run).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(1)} ms`);
const dataset = loadDataset();
const countries = dataset.countries;
const codes = countries.map((c) => c.iso3);
const index = new Map(codes.map((iso3, i) => [iso3, i]));
const windows: YearWindow[] = [
  { from: 2018, to: 2020 },
  { from: 2013, to: 2016 },
  { from: 2019, to: 2019 },
  { from: 2013, to: 2021 },
];
const mask = categoryMask(["cirt", "dtc", "connectivity"]);

console.log(
  `\nWindow recount for ${codes.length} countries x ${CATEGORIES.length} categories (median of repeated runs)\n`,
);
console.log(
  "| records | build structure | structure memory | recount (ours) | recount (naive filter-and-count) | naive / ours |",
);
console.log("|--:|--:|--:|--:|--:|--:|");
for (const n of [10_000, 100_000, 1_000_000]) {
  const activities = syntheticActivities(n, codes);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const built = time(() => new ActivityCounts(activities, countries));
  const counts = built.result;
  const out = new Int32Array(codes.length);
  let w = 0;
  const ours = median(201, () =>
    counts.allCountries(mask, windows[w++ % windows.length] as YearWindow, out),
  );
  const naive = median(n >= 1_000_000 ? 5 : 21, () =>
    naiveCounts(activities, index, mask, windows[w++ % windows.length] as YearWindow),
  );
  // The two must agree, or the comparison means nothing.
  for (const window of windows) {
    const a = counts.allCountries(mask, window);
    const b = naiveCounts(activities, index, mask, window);
    if (a.some((v, i) => v !== b[i]))
      throw new Error(`recount disagrees with the baseline for ${n} records`);
  }
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(
    `| ${n.toLocaleString("en")} | ${fmt(built.ms)} | ${(counts.byteLength / 1024).toFixed(0)} KiB typed arrays (heap +${heap.toFixed(0)} MiB while building) | ${fmt(ours)} | ${fmt(naive)} | ${(naive / ours).toFixed(0)}x |`,
  );
}

/** The baseline for symbols: every record at every place tested against the window. */
function naiveSymbolCounts(groups: readonly SymbolGroup[], window: YearWindow): Int32Array {
  const out = new Int32Array(groups.length);
  for (const group of groups)
    for (const record of group.records)
      if (isActiveIn(record, window)) out[group.index] = (out[group.index] ?? 0) + 1;
  return out;
}

const real = dataset.activities.records.map(({ record }) => record);
const placeByIso3 = new Map(dataset.geography.places.map((p) => [p.iso3, p]));
const shapeByIso3 = new Map(dataset.geography.countryShapes.map((s) => [s.properties.iso3, s]));
console.log(
  "\nMap symbols: one per place, category and style, counted for a new window (median of repeated runs)\n",
);
console.log(
  "| records (real + synthetic) | record places | symbols | group them | count memory | count a window (ours) | per record (naive filter) | naive / ours |",
);
console.log("|--:|--:|--:|--:|--:|--:|--:|--:|");
for (const n of [0, 100_000, 1_000_000]) {
  const activities = real.concat(syntheticActivities(n, codes));
  const built = time(() => {
    const points = groupSymbols(
      activities,
      ["cirt", "dtc", "connectivity"],
      (iso3) => placeByIso3.get(iso3),
      (iso3) => shapeByIso3.get(iso3),
    );
    const sites = activities.filter(
      (a) => a.lngLat && (a.category === "assistance" || a.category === "partnership"),
    );
    const dots = groupSymbols(
      sites,
      ["assistance", "partnership"],
      (iso3) => placeByIso3.get(iso3),
      (iso3) => shapeByIso3.get(iso3),
      points.length,
    );
    const groups = [...points, ...dots];
    return { groups, counts: new SymbolCounts(groups) };
  });
  const { groups, counts } = built.result;
  const out = new Int32Array(groups.length);
  let w = 0;
  const ours = median(201, () => counts.countsIn(windows[w++ % windows.length] as YearWindow, out));
  const naive = median(n >= 1_000_000 ? 5 : 21, () =>
    naiveSymbolCounts(groups, windows[w++ % windows.length] as YearWindow),
  );
  for (const window of windows) {
    const a = counts.countsIn(window);
    const b = naiveSymbolCounts(groups, window);
    if (a.some((v, i) => v !== b[i]))
      throw new Error(`symbol counts disagree with the baseline for ${n} synthetic records`);
  }
  const places = groups.reduce((sum, g) => sum + g.records.length, 0);
  console.log(
    `| ${real.length} + ${n.toLocaleString("en")} | ${places.toLocaleString("en")} | ${groups.length.toLocaleString("en")} | ${fmt(built.ms)} | ${(counts.byteLength / 1024).toFixed(0)} KiB | ${fmt(ours)} | ${fmt(naive)} | ${(naive / ours).toFixed(0)}x |`,
  );
}

const points: LngLat[] = Array.from({ length: 100_000 }, () => [
  random() * 360 - 180,
  random() * 150 - 60,
]);
const shapes = dataset.geography.countryShapes;
const exactBuild = time(() => createExactCountryLocator(shapes));
const exactLocator = exactBuild.result;
const exact = time(() => points.map((p) => exactLocator.countryAt(p)));
// The grid is built on the first question: its build is timed apart from the 100,000 questions.
const gridLocator = createGridCountryLocator(shapes, exactLocator);
const gridBuild = time(() => gridLocator.grid());
const grid = time(() => points.map((p) => gridLocator.countryAt(p)));
const gridMedian = median(5, () => points.map((p) => gridLocator.countryAt(p)));
const naiveLocator = createNaiveCountryLocator(shapes);
const naiveSample = 10_000;
const naive = time(() => points.slice(0, naiveSample).map((p) => naiveLocator.countryAt(p)));
const naiveFull = (naive.ms * points.length) / naiveSample;
const gridMismatches = grid.result.filter((iso3, i) => iso3 !== exact.result[i]).length;
const naiveMismatches = naive.result.filter((iso3, i) => iso3 !== exact.result[i]).length;
console.log(
  `\nAssigning ${points.length.toLocaleString("en")} random points to ${shapes.length} country shapes (world-atlas 50m); goal <= 100 ms\n`,
);
console.log("| method | built in | 100,000 points | per point | vs flatbush + turf |");
console.log("|--|--:|--:|--:|--:|");
console.log(
  `| grid of ${GRID_CELL_DEGREES}° cells, band test in border cells (${(gridLocator.grid().borderShare * 100).toFixed(1)}% of cells) | ${fmt(gridBuild.ms)} | ${fmt(grid.ms)} first run, ${fmt(gridMedian)} median of 5 | ${fmt(gridMedian / points.length)} | ${(exact.ms / gridMedian).toFixed(1)}x faster |`,
);
console.log(
  `| flatbush index + turf point-in-polygon (the exact baseline) | ${fmt(exactBuild.ms)} | ${fmt(exact.ms)} | ${fmt(exact.ms / points.length)} | 1x |`,
);
console.log(
  `| naive loop over every shape (${naiveSample.toLocaleString("en")} points, scaled) | - | ${fmt(naiveFull)} | ${fmt(naive.ms / naiveSample)} | ${(naiveFull / exact.ms).toFixed(0)}x slower |`,
);
console.log(
  `\n${exact.result.filter(Boolean).length} of the points fell in a country; disagreements with flatbush + turf: grid ${gridMismatches} of ${points.length}, naive loop ${naiveMismatches} of ${naiveSample}.`,
);
if (gridMismatches > 0) throw new Error("the grid locator disagrees with flatbush + turf");

const dataDir = join(PROJECT_ROOT, "public", "data");
if (existsSync(join(dataDir, "shapes.json"))) {
  const atlasJson = readFileSync(join(dataDir, "atlas.json"), "utf8");
  const shapesJson = readFileSync(join(dataDir, "shapes.json"), "utf8");
  const prepare = median(11, () => prepareAtlas(JSON.parse(atlasJson) as AtlasData));
  const countryByIso3 = prepareAtlas(JSON.parse(atlasJson) as AtlasData).countryByIso3;
  const shapesData = JSON.parse(shapesJson) as AtlasShapesData;
  const decode = median(11, () => atlasShapesOf(shapesData.topology, countryByIso3));
  console.log("\nStart-up preparation on the real data (median of 11 runs)\n");
  console.log("| step | time |");
  console.log("|--|--:|");
  console.log(
    `| prepareAtlas (atlas.json: every first-view figure precomputed) | ${fmt(prepare)} |`,
  );
  console.log(
    `| full shapes: decode shapes.json and dissolve the regions (loadShapes, on demand only) | ${fmt(decode)} |`,
  );
} else console.log("\n(no public/data/shapes.json: run `npm run data` for the start-up figures)");
