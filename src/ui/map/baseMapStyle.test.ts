import { describe, expect, it } from "vitest";
import { BASE_SOURCE, offlineBaseMapStyle, tileUrlTemplate } from "./baseMapStyle";

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
