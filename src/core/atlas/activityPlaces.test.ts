import { describe, expect, it } from "vitest";
import { makeActivity } from "../data/makeActivity";
import type { Activity } from "../data/schema";
import { nearestCopy, partnerArcs } from "./activityPlaces";
import { TEST_PLACES } from "./testPlaces";

const places = TEST_PLACES;
const activity = (id: string, patch: Partial<Activity>) =>
  makeActivity(id, { category: "cirt", ...patch });

describe("partnerArcs", () => {
  it("takes the short way across the antimeridian", () => {
    expect(nearestCopy([-172, -14], 150)).toEqual([188, -14]);
    expect(nearestCopy([10, 0], 150)).toEqual([10, 0]);
  });

  it("draws one arc per partner and beneficiary", () => {
    const arcs = partnerArcs(
      [activity("dtc", { countries: ["KEN", "GHA"], partnerCountries: ["NOR"] })],
      (iso3) => places.get(iso3),
    );
    expect(arcs.map((a) => `${a.partner}->${a.beneficiary}`)).toEqual(["NOR->KEN", "NOR->GHA"]);
    expect(arcs[0]?.from).toEqual([10, 61]);
  });
});
