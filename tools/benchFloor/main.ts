/**
 * The floor of the browser bench: MapLibre alone drawing the atlas's own 50m country shapes as
 * GeoJSON (fill + border), with no deck.gl and no React. Built by scripts/bench-browser.ts into
 * test-results/, never shipped. It marks `atlas:base-map-idle` and `atlas:drawn` as the atlas does.
 */
import { Map as MapLibreMap, setWorkerUrl } from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import "maplibre-gl/dist/maplibre-gl.css";
import { feature } from "topojson-client";
import type { AtlasShapesData } from "../../src/core/data/atlasData";

setWorkerUrl(workerUrl);

/** The atlas's full 50m shapes, served beside this page by the bench. */
const DATA_URL = new URLSearchParams(location.search).get("data") ?? "../atlas/data/shapes.json";

async function start() {
  const data = (await (await fetch(DATA_URL)).json()) as AtlasShapesData;
  const countries = feature(data.topology, data.topology.objects.countries);
  const map = new MapLibreMap({
    container: "map",
    style: {
      version: 8,
      sources: { countries: { type: "geojson", data: countries } },
      layers: [
        { id: "ocean", type: "background", paint: { "background-color": "#dfe9f0" } },
        { id: "fill", type: "fill", source: "countries", paint: { "fill-color": "#c9c2b4" } },
        {
          id: "border",
          type: "line",
          source: "countries",
          paint: { "line-color": "#ffffff", "line-width": 0.6 },
        },
      ],
    },
    bounds: [
      [-180, -56],
      [180, 78],
    ],
    renderWorldCopies: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // As the atlas: the first idle, then drawn two animation frames later.
  map.once("idle", () => {
    performance.mark("atlas:base-map-idle");
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("atlas:drawn")));
  });
}

start().catch((error: unknown) => console.error(error));
