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
  it("holds all its land, across 180°, never the whole world", () => {
    const crossing = geography.places.filter((p) => p.viewBox);
    // The shapes on both sides of 180° (the bounding box runs round the world).
    expect(crossing.map((p) => p.iso3).sort()).toEqual(
      geography.places
        .filter((p) => p.bbox[2] - p.bbox[0] > 180)
        .map((p) => p.iso3)
        .sort(),
    );
    expect(crossing.map((p) => p.iso3)).toEqual(expect.arrayContaining(["FJI", "KIR", "RUS"]));
    for (const place of crossing) {
      const [west, , east] = place.viewBox ?? [];
      expect((east as number) - (west as number), place.iso3).toBeLessThan(180);
      expect(east as number, place.iso3).toBeGreaterThan(180);
    }
    const withWrap = ([lng, lat]: [number, number]): [number, number] => [lng + 360, lat];
    // Fiji: Suva and the Lau group (Lakeba); Kiribati: Tarawa and Kiritimati; Russia: Moscow
    // and Chukotka (Uelen).
    expect(inside([178.44, -18.14], placeOf("FJI").viewBox ?? [])).toBe(true);
    expect(inside(withWrap([-178.8, -18.2]), placeOf("FJI").viewBox ?? [])).toBe(true);
    expect(inside([173.0, 1.4], placeOf("KIR").viewBox ?? [])).toBe(true);
    expect(inside(withWrap([-157.4, 1.9]), placeOf("KIR").viewBox ?? [])).toBe(true);
    expect(inside([37.6, 55.75], placeOf("RUS").viewBox ?? [])).toBe(true);
    expect(inside(withWrap([-169.8, 66.16]), placeOf("RUS").viewBox ?? [])).toBe(true);
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
