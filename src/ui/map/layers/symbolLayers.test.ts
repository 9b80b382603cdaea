import { describe, expect, it } from "vitest";
import { badgeIcon } from "./symbolLayers";

const svgOf = (url: string) =>
  decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ""));

describe("a count badge's picture", () => {
  it("shows its number and grows with the digits, at the same height", () => {
    const two = badgeIcon("12");
    const five = badgeIcon("12345");
    expect(svgOf(two.url)).toContain(">12</text>");
    expect(svgOf(five.url)).toContain(">12345</text>");
    expect(five.width).toBeGreaterThan(two.width);
    expect(five.height).toBe(two.height);
    // Each number is its own icon in the layer's atlas; the same number is the same icon.
    expect(two.id).not.toBe(five.id);
    expect(badgeIcon("12")).toEqual(two);
  });
});
