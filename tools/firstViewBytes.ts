import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** One file the page loaded before its first view was drawn. */
export interface LoadedFile {
  /** The path under the page's folder, e.g. `assets/index-abc.js`. */
  name: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Brotli at its best quality, as a static host compresses files ahead of time. */
export function brotli(body: Buffer): Buffer {
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export function measureFile(name: string, body: Buffer): LoadedFile {
  return {
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotli(body).length,
  };
}

/** A source map as Vite writes it (version 3). */
export interface SourceMap {
  sources: string[];
  mappings: string;
}

/**
 * Characters of a chunk per package: every mapped segment of the generated code runs to the next
 * segment (or the line's end) and counts for the package of its source file; code with no mapping
 * (the bundler's glue) counts as "(unmapped)".
 */
export function charactersByPackage(code: string, map: SourceMap): Map<string, number> {
  const out = new Map<string, number>();
  const add = (name: string, n: number) => out.set(name, (out.get(name) ?? 0) + n);
  const packages = map.sources.map(packageOf);
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  let source = 0;
  lines.forEach((line, i) => {
    let previousColumn = 0;
    let previousPackage = "(unmapped)";
    let column = 0;
    for (const segment of (mappingLines[i] ?? "").split(",")) {
      if (segment === "") continue;
      const values = decodeVlq(segment);
      column += values[0] ?? 0;
      add(previousPackage, column - previousColumn);
      previousColumn = column;
      if (values.length >= 4) {
        source += values[1] ?? 0;
        previousPackage = packages[source] ?? "(unmapped)";
      } else previousPackage = "(unmapped)";
    }
    add(previousPackage, line.length + (i < lines.length - 1 ? 1 : 0) - previousColumn);
  });
  return out;
}

/** `../node_modules/@deck.gl/core/dist/x.js` -> `@deck.gl/core`; our own files -> `app (src/)`. */
export function packageOf(source: string): string {
  const at = source.lastIndexOf("node_modules/");
  if (at >= 0) {
    const parts = source.slice(at + "node_modules/".length).split("/");
    return parts[0]?.startsWith("@") ? `${parts[0]}/${parts[1]}` : (parts[0] ?? source);
  }
  if (source.includes("src/")) return "app (src/)";
  return "bundler runtime";
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
