import { LngLat, type Map as MapLibreMap } from "maplibre-gl";
import type { Bounds } from "../../core/geography/regionBounds";
import { reachesPastAntimeridian, shownLongitudes } from "./worldCopies";

/**
 * Moves the map to a country's or a region's box (`duration` 0 jumps). A box across 180°
 * (Tuvalu, Samoa, Asia-Pacific out to Tonga) is shown with the world repeated, so it sits in the
 * middle of the map (see also `keepOneWorld`).
 */
export function fitFocus(map: MapLibreMap, bounds: Bounds, duration: number): void {
  const [west, south, east, north] = bounds;
  const box: [[number, number], [number, number]] = [
    [west, south],
    [east, north],
  ];
  // Padding in proportion to the map, so a small embed still fits the whole region.
  const fit = { padding: fitPadding(map), maxZoom: 6 };
  const target = map.cameraForBounds(box, fit);
  const shown = target
    ? shownLongitudes(
        LngLat.convert(target.center ?? map.getCenter()).lng,
        target.zoom ?? map.getZoom(),
        map.getContainer().clientWidth,
      )
    : ([west, east] as [number, number]);
  const across = reachesPastAntimeridian(shown) || reachesPastAntimeridian([west, east]);
  // A flight still under way ends first: its moveend would otherwise turn the repetition off
  // (keepOneWorld) just after it is turned on for this one.
  map.stop();
  if (across) map.setRenderWorldCopies(true);
  map.fitBounds(box, { ...fit, duration });
}

/**
 * Once the map has stopped in a view that no longer looks across 180°, it draws one world again:
 * the whole-world view has no repeated coasts at its sides.
 */
export function keepOneWorld(map: MapLibreMap): void {
  map.on("moveend", () => {
    if (!map.getRenderWorldCopies()) return;
    const shown = shownLongitudes(
      map.getCenter().wrap().lng,
      map.getZoom(),
      map.getContainer().clientWidth,
    );
    if (!reachesPastAntimeridian(shown)) map.setRenderWorldCopies(false);
  });
}

function fitPadding(map: MapLibreMap): number {
  const { clientWidth, clientHeight } = map.getContainer();
  return Math.round(Math.min(60, 0.08 * Math.min(clientWidth, clientHeight)));
}
