import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, startStaticServer } from "./staticServer";

describe("the static server's compression (the bench's phone network)", () => {
  const folder = mkdtempSync(join(tmpdir(), "static-"));
  const script = "export const words = 'a sentence said again and again';\n".repeat(200);
  const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  let compressing: StaticServer;
  let plain: StaticServer;
  beforeAll(async () => {
    writeFileSync(join(folder, "main.js"), script);
    writeFileSync(join(folder, "icon.png"), picture);
    compressing = await startStaticServer({ "/site/": folder }, {}, 0, { compress: true });
    plain = await startStaticServer({ "/site/": folder });
  });
  afterAll(async () => {
    await compressing.close();
    await plain.close();
  });
  const get = async (server: StaticServer, path: string, encodings: string) => {
    // node's fetch decodes bodies itself: read the bytes as sent, with their encoding header.
    return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      request(`${server.origin}${path}`, { headers: { "accept-encoding": encodings } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }),
        );
      })
        .on("error", reject)
        .end();
    });
  };

  it("sends text brotli-compressed to a browser that accepts it, and the same bytes once decoded", async () => {
    const sent = await get(compressing, "/site/main.js", "gzip, deflate, br");
    expect(sent.encoding).toBe("br");
    expect(sent.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(sent.body).toString()).toBe(script);
  });

  it("sends files as they are to a browser without brotli, for pictures, and when not asked to", async () => {
    const noBrotli = await get(compressing, "/site/main.js", "gzip");
    expect(noBrotli.encoding).toBeUndefined();
    expect(noBrotli.body.toString()).toBe(script);
    const png = await get(compressing, "/site/icon.png", "br");
    expect(png.encoding).toBeUndefined();
    expect(png.body).toEqual(picture);
    const uncompressed = await get(plain, "/site/main.js", "br");
    expect(uncompressed.encoding).toBeUndefined();
    expect(uncompressed.body.toString()).toBe(script);
  });
});
