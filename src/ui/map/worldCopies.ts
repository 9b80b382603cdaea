/**
 * The map draws one world, with nothing beyond ±180°, so the whole-world view has no repeated
 * coasts at its sides. A view that reaches past 180° (Tuvalu, Fiji, Samoa in the middle of the
 * map; Asia-Pacific out to Samoa and Tonga) is drawn with the world repeated instead: without it
 * the camera is pushed back and the country ends up at the edge of the map.
 */

/** MapLibre's world is 512 pixels wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 512;

/** The longitudes a camera shows, west and east; they run past ±180° when it looks across. */
export function shownLongitudes(
  centreLng: number,
  zoom: number,
  widthPx: number,
): [number, number] {
  const halfSpan = (widthPx / 2 / (WORLD_PX_AT_ZOOM_0 * 2 ** zoom)) * 360;
  return [centreLng - halfSpan, centreLng + halfSpan];
}

/** Whether a view needs the world repeated: it shows longitudes past ±180° (a little slack). */
export function reachesPastAntimeridian([west, east]: readonly [number, number]): boolean {
  const SLACK_DEGREES = 0.01;
  return west < -180 - SLACK_DEGREES || east > 180 + SLACK_DEGREES;
}
