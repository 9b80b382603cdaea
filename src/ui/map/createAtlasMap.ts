import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Camera } from "../../core/url/viewState";
import { offlineBaseMapStyle, remoteBaseMapStyleUrl } from "./baseMapStyle";
import { keepOneWorld } from "./fitFocus";
import { WORLD_BOUNDS } from "./homeCamera";
import { reachesPastAntimeridian, shownLongitudes } from "./worldCopies";

setWorkerUrl(workerUrl);

/**
 * The MapLibre map of the atlas in `container`: the offline base map (or a remote style with the
 * atlas's layers added, when the page names one), at a link's camera or the whole world. Throws
 * when the browser has no WebGL.
 */
export function createAtlasMap(
  container: HTMLElement,
  initialCamera: Camera | null,
  attribution: string,
): MapLibreMap {
  const remote = remoteBaseMapStyleUrl();
  const offline = offlineBaseMapStyle(document.baseURI);
  const map = new MapLibreMap({
    container,
    style: remote ?? offline,
    ...(initialCamera
      ? {
          center: [initialCamera.lng, initialCamera.lat] as [number, number],
          zoom: initialCamera.zoom,
        }
      : { bounds: WORLD_BOUNDS }),
    // One world, unless a link's camera looks across 180° (see worldCopies.ts).
    renderWorldCopies: initialCamera
      ? reachesPastAntimeridian(
          shownLongitudes(initialCamera.lng, initialCamera.zoom, container.clientWidth),
        )
      : false,
    attributionControl: { compact: true, customAttribution: attribution },
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  if (remote) map.once("style.load", () => addAtlasLayers(map, offline));
  keepOneWorld(map);
  return map;
}

function addAtlasLayers(map: MapLibreMap, offline: ReturnType<typeof offlineBaseMapStyle>) {
  for (const [id, source] of Object.entries(offline.sources)) map.addSource(id, source);
  for (const layer of offline.layers) if (layer.type !== "background") map.addLayer(layer);
}
