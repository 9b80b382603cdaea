import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".pbf": "application/x-protobuf",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves folders under URL prefixes (e.g. dist/ under /atlas/) so the tests prove the build works
 * from a sub-folder. Extra pages (a host page for embeds) can be added as strings.
 */
export async function startStaticServer(
  mounts: Record<string, string>,
  pages: Record<string, string> = {},
  port = 0,
): Promise<StaticServer> {
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
      response.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      });
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
