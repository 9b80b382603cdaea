import {
  LngLat,
  type LngLatBoundsLike,
  type LngLatLike,
  type Map as MapLibreMap,
} from "maplibre-gl";
import type { Camera } from "../../core/url/viewState";

export const WORLD_BOUNDS: LngLatBoundsLike = [
  [-180, -56],
  [180, 78],
];

/**
 * "Home" is the whole-world view this frame size gets; a link records any other camera. When the
 * frame changes size (a rotated phone, a panel opening) while at home, home is fitted again. After
 * every move, `onCameraChange` gets the camera, or null when the map is back home.
 */
export function followHomeCamera(
  map: MapLibreMap,
  startsAtHome: boolean,
  onCameraChange: (camera: Camera | null) => void,
): void {
  const homeOf = () => {
    const home = map.cameraForBounds(WORLD_BOUNDS);
    return {
      zoom: home?.zoom ?? map.getZoom(),
      centre: maplibreLngLat(home?.center) ?? map.getCenter(),
    };
  };
  let home = homeOf();
  const isHome = () =>
    Math.abs(map.getZoom() - home.zoom) < 0.05 &&
    Math.abs(map.getCenter().lng - home.centre.lng) < 1 &&
    Math.abs(map.getCenter().lat - home.centre.lat) < 1;
  let atHome = startsAtHome;
  if (atHome && !isHome()) map.fitBounds(WORLD_BOUNDS, { duration: 0 });
  map.on("resize", () => {
    home = homeOf();
    if (atHome) map.fitBounds(WORLD_BOUNDS, { duration: 0 });
  });
  map.on("moveend", () => {
    atHome = isHome();
    // With the world repeated (worldCopies.ts) the centre can run past 180°: a link keeps it in range.
    const centre = map.getCenter().wrap();
    onCameraChange(atHome ? null : { lng: centre.lng, lat: centre.lat, zoom: map.getZoom() });
  });
}

/** Flies back to the whole world, drawn as one world once there (see worldCopies.ts). */
export function flyHome(map: MapLibreMap): void {
  map.stop();
  map.once("moveend", () => map.setRenderWorldCopies(false));
  map.fitBounds(WORLD_BOUNDS, { duration: 900 });
}

function maplibreLngLat(value: LngLatLike | undefined): { lng: number; lat: number } | null {
  if (!value) return null;
  return LngLat.convert(value);
}
