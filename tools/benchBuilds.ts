import { join } from "node:path";
import { build } from "vite";
import { PROJECT_ROOT } from "./loadDataset";

/** Where the browser bench builds its two pages: under the git-ignored test-results/. */
export const BENCH_DIR = join(PROJECT_ROOT, "test-results", "bench");
export const BENCH_ATLAS_DIR = join(BENCH_DIR, "atlas");
export const BENCH_FLOOR_DIR = join(BENCH_DIR, "floor");

/**
 * The atlas as `npm run build` makes it, plus hidden source maps (the `.map` files are written but
 * the scripts do not name them, so the code is byte for byte the shipped one): the bench attributes
 * the bytes of each chunk to the packages they come from. Needs public/data/atlas.json (npm run data).
 */
export async function buildAtlasForBench(): Promise<void> {
  await build({
    root: PROJECT_ROOT,
    configFile: join(PROJECT_ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: BENCH_ATLAS_DIR, emptyOutDir: true, sourcemap: "hidden" },
  });
}

/** The floor page (tools/benchFloor): MapLibre alone, built with the same Vite, never shipped. */
export async function buildFloorPage(): Promise<void> {
  await build({
    root: join(PROJECT_ROOT, "tools", "benchFloor"),
    configFile: false,
    base: "./",
    logLevel: "warn",
    publicDir: false,
    build: {
      outDir: BENCH_FLOOR_DIR,
      emptyOutDir: true,
      sourcemap: "hidden",
      chunkSizeWarningLimit: 1500,
    },
  });
}
