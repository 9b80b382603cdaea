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
 * every move, `onCameraChange` gets the camera, or null when the map is back home. Returns a
 * function that flies home (the "Whole map" link), drawn as one world once there (worldCopies.ts);
 * a frame resized on the way (a phone's panel closing) is fitted home again.
 */
export function followHomeCamera(
  map: MapLibreMap,
  startsAtHome: boolean,
  onCameraChange: (camera: Camera | null) => void,
): () => void {
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
  // A fit of the world lands where MapLibre lets it: on a tall phone frame the world cannot be
  // shown smaller than the frame's height, so the camera that fits it differs from
  // cameraForBounds'. Where a fit home lands is home from then on, unless a flight home was
  // stopped well short of it.
  let landing: "jump" | "flight" | null = null;
  const fitHome = (duration: number) => {
    // A move under way ends first, so its moveend is not taken for this fit's landing.
    map.stop();
    landing = duration === 0 ? "jump" : "flight";
    map.fitBounds(WORLD_BOUNDS, { duration });
  };
  map.on("moveend", () => {
    if (landing) {
      if (landing === "jump" || Math.abs(map.getZoom() - home.zoom) < 0.6)
        home = { zoom: map.getZoom(), centre: map.getCenter() };
      if (landing === "flight") map.setRenderWorldCopies(false);
      landing = null;
    }
    atHome = isHome();
    // With the world repeated (worldCopies.ts) the centre can run past 180°: a link keeps it in range.
    const centre = map.getCenter().wrap();
    onCameraChange(atHome ? null : { lng: centre.lng, lat: centre.lat, zoom: map.getZoom() });
  });
  if (atHome) fitHome(0);
  map.on("resize", () => {
    home = homeOf();
    if (atHome) fitHome(0);
  });
  return () => {
    atHome = true;
    fitHome(900);
  };
}

function maplibreLngLat(value: LngLatLike | undefined): { lng: number; lat: number } | null {
  if (!value) return null;
  return LngLat.convert(value);
}
