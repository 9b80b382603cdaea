/**
 * Registers the build's service worker (src/offline/serviceWorker.template.js, written as ./sw.js by
 * the build), so the atlas opens offline after one visit. Not in the dev server, and never from an
 * embed: a page that embeds the atlas has not asked for it (the caller decides).
 *
 * `onUpdate` is called when a new build's worker is installed and waiting; calling the `reload` it
 * is given lets that worker take over, and the page reloads once it controls it, so the page never
 * runs on the files of two builds.
 */
export function registerServiceWorker(
  onUpdate: (reload: () => void) => void,
  reloadPage: () => void,
): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const container = navigator.serviceWorker;
  // The first visit's worker takes the page over too; that is not an update and needs no reload.
  const updating = { controlled: Boolean(container.controller), reloading: false };
  container.addEventListener("controllerchange", () => {
    if (updating.controlled && !updating.reloading) {
      updating.reloading = true;
      reloadPage();
    }
    updating.controlled = true;
  });
  const offer = (worker: ServiceWorker) => onUpdate(() => worker.postMessage("skip-waiting"));
  container
    .register("./sw.js")
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const installing = registration.installing;
        installing?.addEventListener("statechange", () => {
          if (installing.state === "installed" && container.controller) offer(installing);
        });
      });
      // A reader who comes back to a tab kept open for days gets the newer build offered.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") registration.update().catch(() => {});
      });
    })
    // Offline use is an addition: without a worker (blocked, private mode) the atlas works online.
    .catch(() => {});
}
