import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { siteFiles, writeServiceWorker } from "./serviceWorker";

describe("writeServiceWorker", () => {
  const site = mkdtempSync(join(tmpdir(), "sw-site-"));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(join(site, "assets"));
  writeFileSync(join(site, "index.html"), "<html></html>");
  writeFileSync(join(site, "assets", "main-1.js"), "console.log(1)");
  writeFileSync(join(site, "assets", "main-1.js.map"), "{}");

  it("lists every file of the build but itself and source maps, and versions them", () => {
    const first = writeServiceWorker(site);
    expect(siteFiles(site)).toEqual(["assets/main-1.js", "index.html"]);
    const worker = readFileSync(join(site, "sw.js"), "utf8");
    expect(worker).toContain(`const VERSION = "${first}"`);
    expect(worker).toContain('const FILES = ["assets/main-1.js","index.html"]');
    expect(writeServiceWorker(site)).toBe(first); // same files, same version
    writeFileSync(join(site, "index.html"), "<html>new</html>");
    expect(writeServiceWorker(site)).not.toBe(first); // any change, a new version
  });
});
