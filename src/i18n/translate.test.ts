import { describe, expect, it } from "vitest";
import { en } from "./messages.en";
import { createTranslator } from "./translate";

describe("translate", () => {
  it("fills placeholders and formats numbers for the locale", () => {
    const t = createTranslator(en);
    expect(t("source.counts", { activities: 1234, sources: 5 })).toBe(
      "1,234 activities from 5 ITU-D documents",
    );
    expect(createTranslator(en, "fr")("source.counts", { activities: 1234, sources: 5 })).toMatch(
      /^1\u202f234 activities/,
    );
  });

  it("isolates filled-in values in right-to-left text", () => {
    const t = createTranslator(en, "ar", true);
    expect(t("panel.countsIn", { window: "2013–2021" })).toBe(
      "Activities in \u20682013–2021\u2069",
    );
  });

  it("leaves an unknown placeholder visible rather than blank", () => {
    expect(createTranslator(en)("app.loadError", {})).toBe(en["app.loadError"]);
  });
});
