import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../tools/loadDataset";
import { boundsToFit } from "../view/mapLabels";
import { makeTestAtlas } from "../view/testAtlas";

const { geography } = loadDataset();
const placeOf = (iso3: string) => {
  const place = geography.places.find((p) => p.iso3 === iso3);
  if (!place) throw new Error(`no place for ${iso3}`);
  return place;
};
const inside = ([lng, lat]: [number, number], [w, s, e, n]: number[]) =>
  lng >= (w as number) && lng <= (e as number) && lat >= (s as number) && lat <= (n as number);

describe("where the map looks for a country across 180°", () => {
  it("holds the land that matters, across 180° where it must, never the whole world", () => {
    const crossing = geography.places.filter((p) => p.viewBox);
    // The shapes on both sides of 180° (the bounding box runs round the world).
    expect(crossing.map((p) => p.iso3).sort()).toEqual(
      geography.places
        .filter((p) => p.bbox[2] - p.bbox[0] > 180)
        .map((p) => p.iso3)
        .sort(),
    );
    for (const place of crossing) {
      const [west, , east] = place.viewBox ?? [];
      expect((east as number) - (west as number), place.iso3).toBeLessThan(180);
    }
    const box = (iso3: string) => placeOf(iso3).viewBox ?? [];
    const wrapped = ([lng, lat]: [number, number]): [number, number] => [lng + 360, lat];
    // Fiji: Suva and the Lau group (Lakeba); Kiribati: Tarawa and Kiritimati; Russia: Kaliningrad,
    // Moscow, Chukotka (Uelen) and Franz Josef Land.
    expect(inside([178.44, -18.14], box("FJI"))).toBe(true);
    expect(inside(wrapped([-178.8, -18.2]), box("FJI"))).toBe(true);
    expect(inside([173.0, 1.4], box("KIR"))).toBe(true);
    expect(inside(wrapped([-157.4, 1.9]), box("KIR"))).toBe(true);
    expect(inside([20.5, 54.7], box("RUS"))).toBe(true);
    expect(inside([37.6, 55.75], box("RUS"))).toBe(true);
    expect(inside([58, 80.8], box("RUS"))).toBe(true);
    expect(inside(wrapped([-169.8, 66.16]), box("RUS"))).toBe(true);
    // New Zealand: Auckland to Stewart Island, not the Chathams or Tokelau far away; the United
    // States: Washington, Anchorage and Hawaii, not the Aleutians beyond 180°.
    expect(inside([174.76, -36.85], box("NZL")) && inside([168.1, -46.9], box("NZL"))).toBe(true);
    expect(inside([-176.5, -44], box("NZL")) || inside(wrapped([-176.5, -44]), box("NZL"))).toBe(
      false,
    );
    expect(box("NZL")[3]).toBeLessThan(-30);
    for (const city of [
      [-77.04, 38.9],
      [-149.9, 61.2],
      [-155.5, 19.6],
    ] as [number, number][])
      expect(inside(city, box("USA")), String(city)).toBe(true);
    expect(box("USA")[2]).toBeLessThan(0);
  });
  it("is what selecting the country fits, with its symbols' point in view", () => {
    const atlas = makeTestAtlas();
    for (const iso3 of ["FJI", "KIR", "RUS", "USA"]) {
      const place = placeOf(iso3);
      atlas.placeByIso3.set(iso3, place);
      const box = boundsToFit(atlas, iso3, null) ?? [];
      expect((box[2] as number) - (box[0] as number), iso3).toBeLessThan(180);
      const [lng, lat] = place.point;
      expect(inside(place.point, box) || inside([lng + 360, lat], box), iso3).toBe(true);
    }
  });
});
