import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../data/schema";
import { exportFileName } from "./exportFileName";

describe("exportFileName", () => {
  it("names the categories, the years and the place", () => {
    expect(exportFileName(["cirt"], { from: 2018, to: 2020 }, null, "csv")).toBe(
      "itu-d-activities_cirt_2018-2020.csv",
    );
    expect(exportFileName([...CATEGORIES], { from: 2019, to: 2019 }, "KEN", "geojson")).toBe(
      "itu-d-activities_all_2019_KEN.geojson",
    );
    expect(exportFileName([], { from: 2013, to: 2021 }, null, "csv")).toBe(
      "itu-d-activities_none_2013-2021.csv",
    );
  });
});
