/*
 * ITU-D Activity Atlas: lets embedded atlas frames take the height of their content.
 * Include once on the host page, from the same place the atlas is served:
 *   <script src="https://example.org/atlas/embed.js" defer></script>
 * It only listens to messages from the atlas's own origin, and only of the shape
 * { type: "itu-d-atlas:height", height: <number> }, and only resizes the frame that sent them.
 */
(() => {
  const script = document.currentScript;
  const atlasOrigin = new URL(script ? script.src : "", window.location.href).origin;
  window.addEventListener("message", (event) => {
    if (event.origin !== atlasOrigin) return;
    const data = event.data;
    if (data?.type !== "itu-d-atlas:height" || typeof data.height !== "number") return;
    if (!Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll("iframe")) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.max(200, Math.min(Math.round(data.height), 4000))}px`;
      }
    }
  });
})();
