/**
 * The atlas against a floor, side by side, in headless Chromium (software WebGL):
 *   npm run bench:browser [-- --rounds 5 --phone-rounds 3 --sizes 0,100000,1000000 --steps 8 --skip-build]
 * Builds the atlas (as npm run build, plus hidden source maps) and the floor page (MapLibre alone
 * drawing the same 50m countries from GeoJSON, tools/benchFloor) under test-results/bench/, then:
 * 1. loads them in turn (atlas, floor, atlas, floor...) for `--rounds` rounds, each in a fresh
 *    context, and reports medians of navigation -> `atlas:base-map-idle` and -> `atlas:drawn`;
 * 2. the bytes of every file loaded before `atlas:drawn` (raw, gzip, brotli) and the brotli bytes of
 *    the JavaScript per package, from the source maps;
 * 3. the same two pages over a phone's network (`--phone-rounds`, after one unmeasured load each):
 *    files sent brotli-compressed and the network held to page-speed audits' "slow 4G"
 *    (PHONE_NETWORK), where the bytes of the first view become time;
 * 4. for `--sizes` synthetic records added (`?synthetic=N`, all layers): the slider step (keydown to
 *    the next paint after the recount) and the longest task, against the step with 0 records.
 * Ratios are against baselines measured in the same run, so they hold on a noisy machine.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BENCH_ATLAS_DIR,
  BENCH_FLOOR_DIR,
  buildAtlasForBench,
  buildFloorPage,
} from "../tools/benchBuilds";
import { loadPage, PHONE_NETWORK, stepSlider } from "../tools/benchPage";
import { launchChromium } from "../tools/chromium";
import { charactersByPackage, type LoadedFile, measureFile } from "../tools/firstViewBytes";
import { startStaticServer } from "../tools/staticServer";

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}
const rounds = Math.max(1, Number(flag("rounds", "5")));
const phoneRounds = Math.max(0, Number(flag("phone-rounds", "3")));
const sizes = flag("sizes", "0,100000,1000000").split(",").map(Number);
const steps = Math.max(1, Number(flag("steps", "8")));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(mid)] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : "-");
const log = (line: string) => console.error(line);
function table(header: string[], align: string[], rows: (string | number)[][]) {
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${align.map((a) => (a === "r" ? "--:" : "--")).join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log("");
}

if (!process.argv.includes("--skip-build")) {
  log("building the atlas (with hidden source maps) and the floor page under test-results/bench/");
  await buildAtlasForBench();
  await buildFloorPage();
}
const pages = { atlas: BENCH_ATLAS_DIR, floor: BENCH_FLOOR_DIR } as const;
type PageName = keyof typeof pages;
const server = await startStaticServer({ "/atlas/": pages.atlas, "/floor/": pages.floor });
const browser = await launchChromium();
type Load = { baseMapIdle: number; drawn: number; longestTask: number };
const loads: Record<PageName, Load[]> = { atlas: [], floor: [] };
const phoneLoads: Record<PageName, Load[]> = { atlas: [], floor: [] };
const firstView: Record<PageName, LoadedFile[]> = { atlas: [], floor: [] };
const attribution = new Map<string, number>();
const stepRows: {
  n: number;
  drawn: number;
  loadTask: number;
  step: number;
  task: number;
  errors: number;
}[] = [];
try {
  for (let round = 0; round < rounds; round++)
    for (const name of ["atlas", "floor"] as PageName[]) {
      const load = await loadPage(browser, server.origin, `${server.origin}/${name}/`);
      loads[name].push(load);
      log(
        `round ${round + 1} ${name}: base map idle ${seconds(load.baseMapIdle)}, drawn ${seconds(load.drawn)}`,
      );
      if (round === 0) {
        for (const { path, body } of load.files) {
          const file = measureFile(
            path.replace(`/${name}/`, "").replace(/^\//, "") || "index.html",
            body,
          );
          firstView[name].push(file);
          if (name === "atlas") attribute(file, body);
        }
        if (load.errors.length > 0) log(`${name} console errors: ${load.errors.join("; ")}`);
      }
      await load.close();
    }

  printFirstView();
  if (phoneRounds > 0) {
    const compressing = await startStaticServer(
      { "/atlas/": pages.atlas, "/floor/": pages.floor },
      {},
      0,
      { compress: true },
    );
    try {
      for (let round = -1; round < phoneRounds; round++)
        for (const name of ["atlas", "floor"] as PageName[]) {
          const url = `${compressing.origin}/${name}/`;
          const load = await loadPage(browser, compressing.origin, url, 600_000, PHONE_NETWORK);
          // The first load of each page only has the server compress its files.
          if (round >= 0) phoneLoads[name].push(load);
          log(
            `phone ${round < 0 ? "warm-up" : `round ${round + 1}`} ${name}: base map idle ${seconds(load.baseMapIdle)}, drawn ${seconds(load.drawn)}`,
          );
          await load.close();
        }
    } finally {
      await compressing.close();
    }
    printLoads(
      phoneLoads,
      `On a phone's network: the same pages sent brotli-compressed over page-speed audits' "slow 4G" (${PHONE_NETWORK.latency} ms round trip, 1.6 Mbit/s down), medians of ${phoneRounds} interleaved rounds`,
    );
  }
  for (const n of sizes) {
    // A size that fails (a timeout at 1,000,000 records on a busy machine) is reported, not fatal.
    const load = await loadPage(
      browser,
      server.origin,
      `${server.origin}/atlas/?synthetic=${n}&years=2018-2020`,
      1_800_000,
    ).catch((error: unknown) => {
      log(`${n} records: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
      return null;
    });
    if (!load) continue;
    const measured = [];
    for (let i = 0; i < steps; i++)
      measured.push(await stepSlider(load.page, i % 2 === 0 ? "ArrowLeft" : "ArrowRight"));
    const row = {
      n,
      drawn: load.drawn,
      loadTask: load.longestTask,
      step: median(measured.map((s) => s.ms)),
      task: Math.max(...measured.map((s) => s.longestTask)),
      errors: load.errors.length,
    };
    stepRows.push(row);
    log(
      `${n} records: drawn ${seconds(row.drawn)}, step ${row.step.toFixed(0)} ms, longest task ${row.task.toFixed(0)} ms`,
    );
    await load.close();
  }
} finally {
  await browser.close();
  await server.close();
}

/** Shares the brotli bytes of a JavaScript file among packages, by its source map. */
function attribute(file: LoadedFile, body: Buffer) {
  if (!file.name.endsWith(".js") && !file.name.endsWith(".mjs")) return;
  const mapPath = join(pages.atlas, `${file.name}.map`);
  if (!existsSync(mapPath)) {
    const owner = file.name.includes("maplibre-gl-worker") ? "maplibre-gl (worker)" : file.name;
    attribution.set(owner, (attribution.get(owner) ?? 0) + file.brotli);
    return;
  }
  const characters = charactersByPackage(
    body.toString("utf8"),
    JSON.parse(readFileSync(mapPath, "utf8")),
  );
  let total = 0;
  for (const n of characters.values()) total += n;
  // Code the source map leaves unmapped (minified glue, hoisted declarations) is named by its
  // file, so the deck.gl chunk's share is not lost among the main script's.
  const chunk = file.name.replace(/^assets\//, "").replace(/-[\w-]{8}\.(m?js)$/, "-*.$1");
  for (const [name, n] of characters) {
    const owner = name === "(unmapped)" ? `(unmapped, in ${chunk})` : name;
    attribution.set(owner, (attribution.get(owner) ?? 0) + (n / total) * file.brotli);
  }
}

/** The times of the atlas against the floor: medians of their loads, and the ratio. */
function printLoads(measured: Record<PageName, Load[]>, title: string) {
  const medians = (name: PageName) => ({
    baseMapIdle: median(measured[name].map((l) => l.baseMapIdle)),
    drawn: median(measured[name].map((l) => l.drawn)),
    longestTask: median(measured[name].map((l) => l.longestTask)),
  });
  const atlas = medians("atlas");
  const floor = medians("floor");
  console.log(`\n${title}\n`);
  table(
    [
      "page",
      "navigation -> base map idle",
      "navigation -> everything drawn",
      "longest task before drawn",
    ],
    ["l", "r", "r", "r"],
    [
      [
        "atlas",
        seconds(atlas.baseMapIdle),
        seconds(atlas.drawn),
        `${atlas.longestTask.toFixed(0)} ms`,
      ],
      [
        "floor",
        seconds(floor.baseMapIdle),
        seconds(floor.drawn),
        `${floor.longestTask.toFixed(0)} ms`,
      ],
      [
        "**atlas / floor**",
        ratio(atlas.baseMapIdle, floor.baseMapIdle),
        ratio(atlas.drawn, floor.drawn),
        ratio(atlas.longestTask, floor.longestTask),
      ],
    ],
  );
}

/** The first-view tables, printed before the slider runs (which may take long). */
function printFirstView() {
  printLoads(
    loads,
    `First view, atlas against the floor (MapLibre alone, same 50m countries as GeoJSON), medians of ${rounds} interleaved rounds (headless Chromium, software WebGL)`,
  );

  for (const name of ["atlas", "floor"] as PageName[]) {
    const files = [...firstView[name]].sort((a, b) => b.brotli - a.brotli);
    const sum = (key: "raw" | "gzip" | "brotli") => files.reduce((s, f) => s + f[key], 0);
    console.log(`Files the ${name} loads before \`atlas:drawn\` (KiB)\n`);
    table(
      ["file", "raw", "gzip", "brotli"],
      ["l", "r", "r", "r"],
      [
        ...files.map((f) => [f.name, kib(f.raw), kib(f.gzip), kib(f.brotli)]),
        [`**${files.length} files**`, kib(sum("raw")), kib(sum("gzip")), kib(sum("brotli"))],
      ],
    );
  }
  const total = (name: PageName) => firstView[name].reduce((s, f) => s + f.brotli, 0);
  console.log(
    `First view, brotli: atlas ${kib(total("atlas"))} KiB, floor ${kib(total("floor"))} KiB (${ratio(total("atlas"), total("floor"))}).\n`,
  );

  const jsTotal = [...attribution.values()].reduce((s, n) => s + n, 0);
  console.log(
    "The atlas's first-view JavaScript by package (brotli, shared out by the source maps)\n",
  );
  table(
    ["package", "KiB brotli", "share"],
    ["l", "r", "r"],
    [...attribution.entries()]
      .sort((a, b) => b[1] - a[1])
      .filter(([, n]) => n >= 256)
      .map(([name, n]) => [name, kib(n), `${((n / jsTotal) * 100).toFixed(1)}%`])
      .concat([["**all JavaScript** (packages under 0.25 KiB not listed)", kib(jsTotal), "100%"]]),
  );
}

const base = stepRows.find((r) => r.n === 0);
console.log(
  `Slider step with synthetic records, all layers (keydown -> next paint after the recount, median of ${steps}; ratios against 0 records in the same run)\n`,
);
table(
  [
    "synthetic records",
    "navigation -> drawn",
    "longest task while loading",
    "slider step",
    "vs 0 records",
    "longest task in any step",
    "vs 0 records",
    "console errors",
  ],
  ["r", "r", "r", "r", "r", "r", "r", "r"],
  stepRows.map((r) => [
    r.n.toLocaleString("en"),
    seconds(r.drawn),
    `${r.loadTask.toFixed(0)} ms`,
    `${r.step.toFixed(0)} ms`,
    base ? ratio(r.step, base.step) : "-",
    `${r.task.toFixed(0)} ms`,
    base ? ratio(r.task, base.task) : "-",
    r.errors,
  ]),
);
