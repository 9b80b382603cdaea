import { describe, expect, it } from "vitest";
import { charactersByPackage, packageOf } from "./firstViewBytes";

describe("attributing a chunk's bytes to packages by its source map", () => {
  it("names the package of a source path", () => {
    expect(packageOf("../node_modules/@deck.gl/core/dist/lib/deck.js")).toBe("@deck.gl/core");
    expect(packageOf("../node_modules/.pnpm/x/node_modules/react-dom/cjs/a.js")).toBe("react-dom");
    expect(packageOf("../src/ui/App.tsx")).toBe("app (src/)");
    expect(packageOf("\0rolldown/runtime.js")).toBe("bundler runtime");
  });

  it("counts each segment up to the next one, and the glue as unmapped", () => {
    // "AAAA" maps column 0 to source 0; "KACA" moves 5 columns on and to source 1.
    const code = "aaaaabbb\ncc";
    const map = {
      sources: ["../node_modules/maplibre-gl/x.js", "../src/main.tsx"],
      mappings: "AAAA,KCAA;",
    };
    expect(Object.fromEntries(charactersByPackage(code, map))).toEqual({
      "(unmapped)": 2,
      "app (src/)": 4,
      "maplibre-gl": 5,
    });
  });
});
