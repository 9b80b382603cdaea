import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { brotli } from "./firstViewBytes";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
  ".pbf": "application/x-protobuf",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/** Files a static host sends compressed (everything but images already compressed). */
const COMPRESSED = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".svg",
  ".webmanifest",
  ".pbf",
]);

/**
 * Serves folders under URL prefixes (e.g. dist/ under /atlas/) so the tests prove the build works
 * from a sub-folder. Extra pages (a host page for embeds) can be added as strings. With `compress`,
 * text files go out brotli-compressed to a browser that accepts it, as from a production host (the
 * bench's phone network counts the bytes on the wire); each file is compressed once.
 */
export async function startStaticServer(
  mounts: Record<string, string>,
  pages: Record<string, string> = {},
  port = 0,
  { compress = false }: { compress?: boolean } = {},
): Promise<StaticServer> {
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const page = pages[url.pathname];
    if (page !== undefined) {
      response.writeHead(200, { "content-type": TYPES[".html"] });
      response.end(page);
      return;
    }
    for (const [prefix, folder] of Object.entries(mounts)) {
      if (!url.pathname.startsWith(prefix)) continue;
      let relative = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
      if (relative.endsWith("/")) relative += "index.html";
      const path = normalize(join(folder, relative));
      if (!path.startsWith(normalize(folder)) || !existsSync(path) || !statSync(path).isFile())
        break;
      const type = TYPES[extname(path)] ?? "application/octet-stream";
      if (
        compress &&
        COMPRESSED.has(extname(path)) &&
        /\bbr\b/.test(String(request.headers["accept-encoding"] ?? ""))
      ) {
        const body = compressed.get(path) ?? brotli(readFileSync(path));
        compressed.set(path, body);
        response.writeHead(200, { "content-type": type, "content-encoding": "br" });
        response.end(body);
        return;
      }
      response.writeHead(200, { "content-type": type });
      response.end(readFileSync(path));
      return;
    }
    response.writeHead(404, { "content-type": "text/plain" });
    response.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
