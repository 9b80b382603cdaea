import { describe, expect, it } from "vitest";
import { startAtlasBrowser } from "./fixture";

/**
 * Every map symbol is drawn over its own country, or tied to its point by a leader line: a ring of
 * symbols must not put a country's triangles on a neighbour with nothing saying whose they are.
 * Reads what the deck.gl layers draw (their data, the map's projection, picking) and which base-map
 * country is under each symbol.
 */
const atlas = startAtlasBrowser();

interface Seen {
  iso3: string;
  id: string;
  layer: string;
  under: string | null;
  leader: boolean;
  atOwnSite: boolean;
  drawn: boolean;
}

/** Each visible symbol on screen: the country under its centre, whether it has a leader line, whether picking finds it. */
async function symbolsOnScreen(query: string, width: number, height: number): Promise<Seen[]> {
  const { page } = await atlas.open(query, { width, height });
  return page.evaluate(() => {
    type Symbol = {
      iso3: string;
      position: [number, number];
      offset: [number, number];
      site: boolean;
      records: { id: string }[];
    };
    type DeckLayer = { id: string; props: { data: Symbol[]; visible?: boolean } };
    const map = window.atlasMap;
    if (!map) throw new Error("no map");
    // The deck.gl overlay is one of the map's controls (the only one that picks).
    const controls = (map as unknown as { _controls: unknown[] })._controls;
    const overlay = controls.find(
      (c) => typeof (c as { pickObject?: unknown }).pickObject === "function",
    ) as {
      pickObject: (o: { x: number; y: number; radius: number; layerIds: string[] }) => unknown;
      _deck: { props: { layers: DeckLayer[] } };
    };
    const layers = overlay._deck.props.layers;
    const leaders = new Set(layers.find((l) => l.id === "leader-lines")?.props.data ?? []);
    const canvas = map.getCanvas();
    const seen: Seen[] = [];
    for (const layer of layers) {
      if (!/^(symbols|site-dots)-/.test(layer.id) || layer.props.visible === false) continue;
      for (const s of layer.props.data) {
        const p = map.project(s.position);
        const x = p.x + s.offset[0];
        const y = p.y + s.offset[1];
        if (x < 0 || y < 0 || x > canvas.clientWidth || y > canvas.clientHeight) continue;
        const under = map.queryRenderedFeatures([x, y], { layers: ["country-fill"] })[0];
        seen.push({
          iso3: s.iso3,
          id: s.records.map((r) => r.id).join(),
          layer: layer.id,
          under: (under?.properties?.iso3 as string | undefined) ?? null,
          leader: leaders.has(s),
          atOwnSite: s.site && s.offset[0] === 0 && s.offset[1] === 0,
          drawn: Boolean(overlay.pickObject({ x, y, radius: 3, layerIds: [layer.id] })),
        });
      }
    }
    return seen;
  });
}

const astray = (s: Seen) => s.under !== s.iso3 && !s.leader && !s.atOwnSite;

describe("map symbols in the gaps view", () => {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const)
    it(`stay over their own country or have a leader line, at ${width}x${height}`, async () => {
      const seen = await symbolsOnScreen("view=gaps", width, height);
      expect(seen.length).toBeGreaterThan(50);
      expect(seen.every((s) => s.drawn)).toBe(true);
      // The phone layout shows a short strip of map: check the ones it shows (at least one).
      const named = seen.filter((s) => ["RWA", "DJI", "SWZ"].includes(s.iso3));
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter(astray)).toEqual([]);
      expect(seen.filter(astray)).toEqual([]);
      const leaving = seen.filter((s) => s.under !== s.iso3 && !s.atOwnSite).length;
      console.log(
        `${width}x${height}: ${seen.length} symbols, ${leaving} off their country, all with a leader line`,
      );
    });
});
