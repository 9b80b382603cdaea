/**
 * The atlas's service worker, written into dist/sw.js by tools/serviceWorker.ts after each build,
 * which replaces the two placeholders: the build's version (a hash of every file) and its files.
 *
 * - Install: every file of the build goes into one cache named after the version.
 * - Fetch: pages and files of this origin come from that cache (a page address with any query is
 *   the app's index.html), else from the network. One worker serves one build's cache, so a page
 *   never mixes the files of two builds.
 * - Update: a new build's worker installs beside the old one and waits; the page says a new version
 *   is available and, when the reader chooses to reload, sends "skip-waiting". Then the new worker
 *   takes over, deletes the old caches, and the page reloads.
 */
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `atlas-${VERSION}`;
const scope = self.registration.scope;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new URL(file, scope).href))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("atlas-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
  if (event.data === "version") event.source?.postMessage({ version: VERSION });
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  const key = request.mode === "navigate" ? new URL("index.html", scope).href : request.url;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: request.mode === "navigate" }))
      .then((cached) => cached ?? fetch(request)),
  );
});
