import { describe, expect, it } from "vitest";
import { makeActivity } from "../data/makeActivity";
import { CATEGORIES } from "../data/schema";
import { recordsInSelection } from "./recordsInSelection";

describe("recordsInSelection", () => {
  const activities = [
    makeActivity("a", { source: "one", yearStart: 2018, yearEnd: 2018 }),
    makeActivity("b", { source: "two", yearStart: 2018, yearEnd: 2018 }),
    makeActivity("c", { source: "one", yearStart: 2014, yearEnd: 2014 }),
  ];
  const selection = {
    yearWindow: { from: 2018, to: 2021 },
    layers: [...CATEGORIES],
    country: null,
    region: null,
  };

  it("narrows to one document's records, within the window, when the table asks", () => {
    const ids = (source: string | null) =>
      recordsInSelection(activities, new Map(), { ...selection, source }).map((a) => a.id);
    expect(ids("one")).toEqual(["a"]);
    expect(ids("two")).toEqual(["b"]);
    expect(ids(null)).toEqual(["a", "b"]);
  });
});
