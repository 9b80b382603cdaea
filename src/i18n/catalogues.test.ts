import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogues";
import { en } from "./messages.en";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  for (const [language, messages] of Object.entries(CATALOGUES)) {
    it(`${language} has every key of the English catalogue, and no other`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });

    it(`${language} keeps every placeholder, and translates something`, () => {
      for (const [key, text] of Object.entries(en))
        expect(placeholders(messages[key as keyof typeof en]), `${language} ${key}`).toEqual(
          placeholders(text),
        );
      if (language !== "en") {
        const same = Object.keys(en).filter(
          (k) => messages[k as keyof typeof en] === en[k as keyof typeof en],
        );
        expect(same.length, `${language}: untranslated keys ${same.join(", ")}`).toBeLessThan(
          Object.keys(en).length / 5,
        );
      }
    });
  }
});
