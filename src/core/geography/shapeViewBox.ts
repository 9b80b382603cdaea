import { area } from "@turf/area";
import { type Bounds, boxesBounds } from "./regionBounds";
import { polygonsBox } from "./representativePoint";
import type { CountryShape } from "./types";

/** The share of a country's land a view must hold, its largest pieces first (see shapeViewBox). */
const LAND_SHARE_IN_VIEW = 0.99;
/** Smaller pieces within this share of that land's box size around it are held too. */
const NEAR_SHARE = 0.1;

/**
 * Where to look at a country whose shape lies on both sides of 180° (Fiji, Kiribati, Russia, New
 * Zealand, the United States...), or null for every other country. Its shape is cut at the
 * antimeridian, so its bounding box runs round the world and fitting it shows the whole world.
 * This is the smallest box, running on past 180° where it must (east + 360), that holds the pieces
 * making up 99% of its land, largest first, and the smaller ones near them (within a tenth of that
 * box's size): Fiji with the Lau group, Kiribati from Tarawa to Kiritimati, Russia with Chukotka,
 * Kaliningrad and its Arctic islands; New Zealand without the Chatham Islands and Tokelau, the
 * United States without the far Aleutians (specks that would shrink the rest).
 */
export function shapeViewBox(shape: CountryShape): Bounds | null {
  const polygons = shape.geometry.coordinates;
  const [west, , east] = polygonsBox(polygons) ?? [0, 0, 0, 0];
  // No country is wider than half the world but for those that lie on both sides of 180°.
  if (east - west <= 180) return null;
  const pieces = polygons
    .map((rings) => ({
      box: polygonsBox([rings]),
      land: area({
        type: "Feature",
        properties: {},
        geometry: { type: "Polygon", coordinates: rings },
      }),
    }))
    .sort((a, b) => b.land - a.land);
  const total = pieces.reduce((sum, piece) => sum + piece.land, 0);
  const core: Bounds[] = [];
  const rest: Bounds[] = [];
  let held = 0;
  for (const { box, land } of pieces) {
    if (!box) continue;
    (held < LAND_SHARE_IN_VIEW * total ? core : rest).push(box);
    held += land;
  }
  const coreBox = boxesBounds(core);
  if (!coreBox) return null;
  // The smaller pieces close to that land come too (Kaliningrad, the Arctic islands of Russia).
  const [w, s, e, n] = coreBox;
  const margin = NEAR_SHARE * Math.max(e - w, n - s);
  const near = rest.filter(([pw, ps, pe, pn]) =>
    [0, 360].some(
      (shift) =>
        pw + shift >= w - margin &&
        pe + shift <= e + margin &&
        ps >= s - margin &&
        pn <= n + margin,
    ),
  );
  return boxesBounds([...core, ...near]);
}
