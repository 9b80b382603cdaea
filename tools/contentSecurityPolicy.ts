/**
 * The production Content-Security-Policy, injected as a <meta> tag by vite.config.ts (build only:
 * the dev server needs inline scripts for hot reload). Everything comes from the page's own origin.
 * - style-src 'unsafe-inline': React, MapLibre and deck.gl set element styles (positions, sizes).
 * - img-src/connect-src data: blob: deck.gl loads its symbol icons from data: URLs, and exports are
 *   handed to the browser as blob: URLs.
 * - worker-src 'self': MapLibre's worker is a file of the build.
 * No 'unsafe-eval': nothing in the atlas evaluates code from strings.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
