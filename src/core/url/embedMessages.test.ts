import { describe, expect, it } from "vitest";
import { isTrustedSender, readSetViewMessage } from "./embedMessages";

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

describe("isTrustedSender", () => {
  it("trusts only the parent window, and only the named host when there is one", () => {
    expect(isTrustedSender("https://a.org", true, null)).toBe(true);
    expect(isTrustedSender("https://a.org", false, null)).toBe(false);
    expect(isTrustedSender("https://a.org", true, "https://a.org")).toBe(true);
    expect(isTrustedSender("https://evil.org", true, "https://a.org")).toBe(false);
  });
});
