import { describe, expect, it } from "vitest";
import { readSetViewMessage } from "./setViewMessage";

describe("readSetViewMessage", () => {
  it("accepts a well-formed message", () => {
    expect(
      readSetViewMessage({
        type: "itu-d-atlas:set",
        years: "2018-2020",
        layers: ["cirt"],
        country: "KEN",
      }),
    ).toEqual({
      type: "itu-d-atlas:set",
      years: "2018-2020",
      layers: ["cirt"],
      country: "KEN",
    });
  });

  it.each([
    ["a string", "itu-d-atlas:set"],
    ["another type", { type: "other:set" }],
    ["an unknown layer", { type: "itu-d-atlas:set", layers: ["rockets"] }],
    ["bad years", { type: "itu-d-atlas:set", years: "soon" }],
    ["extra keys", { type: "itu-d-atlas:set", script: "alert(1)" }],
    ["null", null],
  ])("ignores %s", (_, data) => {
    expect(readSetViewMessage(data)).toBeNull();
  });
});
