import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const SERVICE_WORKER_FILE = "sw.js";
const TEMPLATE = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "src",
  "offline",
  "serviceWorker.template.js",
);

/** Every file of a built site, as URL paths relative to its root ("assets/index-3f2a.js"). */
export function siteFiles(outDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(outDir, path).split(sep).join("/"));
    }
  };
  walk(outDir);
  return files.filter((file) => file !== SERVICE_WORKER_FILE && !file.endsWith(".map"));
}

/**
 * Writes `sw.js` into a built site: the service worker of src/offline/serviceWorker.template.js with
 * the site's files and a version that is a hash of their names and contents, so any change of any
 * file (code, data, shapes) makes a new version. Returns the version.
 */
export function writeServiceWorker(outDir: string): string {
  const files = siteFiles(outDir);
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(outDir, file)));
  const version = hash.digest("hex").slice(0, 12);
  const source = readFileSync(TEMPLATE, "utf8")
    .replace('"__VERSION__"', JSON.stringify(version))
    .replace("__FILES__", JSON.stringify(files));
  writeFileSync(join(outDir, SERVICE_WORKER_FILE), source);
  return version;
}
