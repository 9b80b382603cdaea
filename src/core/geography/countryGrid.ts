import { buildCountryBands, type CountryBands } from "./countryBands";
import type { CountryLocator } from "./countryLocator";
import type { CountryShape, LngLat } from "./types";

/** Cell size of the grid, in degrees: 1440 x 720 cells, 2 MiB. */
export const GRID_CELL_DEGREES = 0.25;

/** Latitude bands of the border test: narrow, so each holds few edges (~100 of the 50m shapes). */
const BAND_DEGREES = 0.05;

const COLUMNS = Math.round(360 / GRID_CELL_DEGREES);
const ROWS = Math.round(180 / GRID_CELL_DEGREES);
/** A cell that a ring's edge touches: its points need the exact test. */
const BORDER = 0xffff;
/** A cell not yet classified while the grid is built. */
const UNSET = 0xfffe;
/** How far an edge's box is widened, so an edge lying on a cell side marks the cells on both sides. */
const MARGIN = 1e-9;

export interface CountryGrid {
  /** One value per cell, row by row from the south-west: 0 sea, i + 1 the i-th code, BORDER. */
  cells: Uint16Array;
  codes: string[];
  /** Share of the cells whose points need the exact test. */
  borderShare: number;
  /** The exact test for points in border cells: the crossing rule over the point's band of edges. */
  bands: CountryBands;
}

/**
 * Builds the grid: a cell that no edge of any ring touches lies wholly inside one country (or in
 * none), so it stores that country; every other cell is a border cell. An island smaller than a cell
 * still has edges, so its cell is a border cell and the island is never lost.
 *
 * Two edge-free cells side by side share a side that no edge touches, so they lie in the same
 * country: a cell copies its west or south neighbour, and only the first cell of a run is tested.
 */
export function buildCountryGrid(
  shapes: Iterable<CountryShape>,
  exact: CountryLocator,
): CountryGrid {
  const bands = buildCountryBands(shapes, BAND_DEGREES);
  const cells = new Uint16Array(COLUMNS * ROWS).fill(UNSET);
  const codes: string[] = [];
  const codeIndex = new Map<string, number>();
  for (const shape of shapes)
    for (const polygon of shape.geometry.coordinates)
      for (const ring of polygon) markRingEdges(ring, cells);

  let border = 0;
  for (let row = 0; row < ROWS; row++)
    for (let column = 0; column < COLUMNS; column++) {
      const i = row * COLUMNS + column;
      if (cells[i] === BORDER) {
        border++;
        continue;
      }
      const west = column > 0 ? (cells[i - 1] as number) : BORDER;
      const south = row > 0 ? (cells[i - COLUMNS] as number) : BORDER;
      if (west !== BORDER) cells[i] = west;
      else if (south !== BORDER) cells[i] = south;
      else {
        const centre: LngLat = [
          -180 + (column + 0.5) * GRID_CELL_DEGREES,
          -90 + (row + 0.5) * GRID_CELL_DEGREES,
        ];
        const banded = bands.countryAt(centre);
        const iso3 = banded === undefined ? exact.countryAt(centre) : banded;
        if (iso3 === null) cells[i] = 0;
        else {
          let code = codeIndex.get(iso3);
          if (code === undefined) {
            code = codes.push(iso3);
            codeIndex.set(iso3, code);
          }
          cells[i] = code;
        }
      }
    }
  return { cells, codes, borderShare: border / cells.length, bands };
}

/**
 * A locator that answers from the grid; points in border cells go to the band test, and to `exact`
 * only where polygons overlap (or off the grid), so it agrees with `exact`. The grid is built on the
 * first question.
 */
export function createGridCountryLocator(
  shapes: Iterable<CountryShape>,
  exact: CountryLocator,
): CountryLocator & { grid(): CountryGrid } {
  let built: CountryGrid | null = null;
  const grid = () => {
    built ??= buildCountryGrid(shapes, exact);
    return built;
  };
  return {
    grid,
    countryAt(point: LngLat) {
      const { cells, codes, bands } = grid();
      const [lng, lat] = point;
      const column = Math.floor((lng + 180) / GRID_CELL_DEGREES);
      const row = Math.floor((lat + 90) / GRID_CELL_DEGREES);
      if (column < 0 || column >= COLUMNS || row < 0 || row >= ROWS) return exact.countryAt(point);
      const value = cells[row * COLUMNS + column] as number;
      if (value === BORDER) {
        const found = bands.countryAt(point);
        return found === undefined ? exact.countryAt(point) : found;
      }
      return value === 0 ? null : (codes[value - 1] ?? null);
    },
  };
}

/** Marks every cell that the widened box of each edge of the ring overlaps as a border cell. */
function markRingEdges(ring: LngLat[], cells: Uint16Array): void {
  for (let k = 1; k < ring.length; k++) {
    const [x0, y0] = ring[k - 1] as LngLat;
    const [x1, y1] = ring[k] as LngLat;
    const c0 = clamp(Math.floor((Math.min(x0, x1) - MARGIN + 180) / GRID_CELL_DEGREES), COLUMNS);
    const c1 = clamp(Math.floor((Math.max(x0, x1) + MARGIN + 180) / GRID_CELL_DEGREES), COLUMNS);
    const r0 = clamp(Math.floor((Math.min(y0, y1) - MARGIN + 90) / GRID_CELL_DEGREES), ROWS);
    const r1 = clamp(Math.floor((Math.max(y0, y1) + MARGIN + 90) / GRID_CELL_DEGREES), ROWS);
    for (let r = r0; r <= r1; r++) cells.fill(BORDER, r * COLUMNS + c0, r * COLUMNS + c1 + 1);
  }
}

function clamp(index: number, size: number): number {
  return index < 0 ? 0 : index >= size ? size - 1 : index;
}
