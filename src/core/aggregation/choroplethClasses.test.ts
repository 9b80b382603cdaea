import { describe, expect, it } from "vitest";
import { choroplethClass, choroplethClassLabels } from "./choroplethClasses";

describe("choropleth classes", () => {
  it("keeps zero apart and puts each count in one class", () => {
    expect([0, 1, 2, 3, 4, 6, 7, 12, 13, 400].map(choroplethClass)).toEqual([
      -1, 0, 1, 1, 2, 2, 3, 3, 4, 4,
    ]);
  });
  it("labels classes with their bounds", () => {
    expect(choroplethClassLabels()).toEqual(["1", "2–3", "4–6", "7–12", "13+"]);
  });
});
