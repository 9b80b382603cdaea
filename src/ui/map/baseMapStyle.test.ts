import { describe, expect, it } from "vitest";
import {
  BASE_LAYERS,
  BASE_SOURCE,
  LINE_SOURCES,
  mapLineStyle,
  offlineBaseMapStyle,
  tileUrlTemplate,
} from "./baseMapStyle";

describe("the offline base map", () => {
  it("asks for tiles beside the page, in whatever folder it is served from", () => {
    expect(tileUrlTemplate("https://example.org/tools/atlas/?years=2019")).toBe(
      "https://example.org/tools/atlas/tiles/{z}/{x}/{y}.pbf",
    );
    expect(tileUrlTemplate("http://127.0.0.1:5173/index.html")).toBe(
      "http://127.0.0.1:5173/tiles/{z}/{x}/{y}.pbf",
    );
  });

  it("draws every layer from the one vector source, countries keyed by ISO code", () => {
    const style = offlineBaseMapStyle("https://example.org/atlas/");
    expect(style.sources[BASE_SOURCE]).toMatchObject({
      type: "vector",
      minzoom: 0,
      maxzoom: 5,
      promoteId: { countries: "iso3" },
    });
    for (const layer of style.layers)
      if (layer.type !== "background") expect(layer.source, layer.id).toBe(BASE_SOURCE);
  });
});

describe("the map's lines", () => {
  const arc = {
    type: "FeatureCollection" as const,
    features: [
      {
        type: "Feature" as const,
        id: 0,
        properties: {},
        geometry: {
          type: "LineString" as const,
          coordinates: [
            [2, 46],
            [30, -2],
          ],
        },
      },
    ],
  };

  it("draw from their own sources, the arcs from the features given", () => {
    const { sources, layers } = mapLineStyle(arc);
    expect(Object.keys(sources).sort()).toEqual(Object.values(LINE_SOURCES).sort());
    expect(sources[LINE_SOURCES.partnerArcs]).toMatchObject({ type: "geojson", data: arc });
    for (const layer of layers)
      expect(Object.values<string>(LINE_SOURCES), layer.id).toContain(
        "source" in layer ? layer.source : null,
      );
    expect(layers.map((l) => l.id)).toContain(BASE_LAYERS.partnerArcs);
  });

  it("shade an arc along its length, so its source measures it", () => {
    const { sources, layers } = mapLineStyle(arc);
    expect(sources[LINE_SOURCES.partnerArcs]).toMatchObject({ lineMetrics: true });
    const arcs = layers.find((l) => l.id === BASE_LAYERS.partnerArcs);
    expect(arcs?.paint).toHaveProperty("line-gradient");
  });

  it("are not in the base map, which draws before them", () => {
    const ids = offlineBaseMapStyle("https://example.org/atlas/").layers.map((l) => l.id);
    for (const layer of mapLineStyle(arc).layers) expect(ids).not.toContain(layer.id);
  });
});
