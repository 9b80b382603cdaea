import { describe, expect, it } from "vitest";
import { embedChannel, isTrustedSender, looksLikeSetViewMessage } from "./embedMessages";
import { parseViewState, serializeViewState } from "./viewState";

describe("looksLikeSetViewMessage", () => {
  it("picks out the messages worth checking in full", () => {
    expect(looksLikeSetViewMessage({ type: "itu-d-atlas:set", years: "soon" })).toBe(true);
    expect(looksLikeSetViewMessage({ type: "other:set" })).toBe(false);
    expect(looksLikeSetViewMessage("itu-d-atlas:set")).toBe(false);
    expect(looksLikeSetViewMessage(null)).toBe(false);
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

describe("embedChannel", () => {
  const known = (iso3: string) => iso3 === "KEN";

  it("keeps enforcing the host after the view changes and the address is rewritten", () => {
    const link = "?embed=1&years=2018-2020&host=https://host.example";
    let state = parseViewState(link, known).state;
    // A pan, a slider step and a selection, each written to the address and read back (Back,
    // or a script that changes the address).
    for (const patch of [
      { camera: { lng: 36.8, lat: -1.3, zoom: 4 } },
      { time: { mode: "year" as const, start: 2019, end: 2019 } },
      { country: "KEN" },
    ]) {
      state = parseViewState(serializeViewState({ ...state, ...patch }), known).state;
      const channel = embedChannel(state.host);
      expect(channel.target).toBe("https://host.example");
      expect(channel.accepts("https://evil.example", true)).toBe(false);
      expect(channel.accepts("https://host.example", true)).toBe(true);
      expect(channel.accepts("https://host.example", false)).toBe(false);
    }
    expect(state).toMatchObject({
      country: "KEN",
      camera: { zoom: 4 },
      host: "https://host.example",
    });
  });

  it("without a host, accepts the parent window and posts to any origin", () => {
    const channel = embedChannel(parseViewState("?embed=1", known).state.host);
    expect(channel.target).toBe("*");
    expect(channel.accepts("https://any.example", true)).toBe(true);
    expect(channel.accepts("https://any.example", false)).toBe(false);
  });
});
