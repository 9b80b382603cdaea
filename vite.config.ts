/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { CONTENT_SECURITY_POLICY } from "./tools/contentSecurityPolicy";
import { lazyChunkName } from "./tools/lazyChunks";
import { writeServiceWorker } from "./tools/serviceWorker";

/** Adds the Content-Security-Policy to the built index.html (not to the dev server's). */
function contentSecurityPolicy(): Plugin {
  return {
    name: "atlas-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/** Writes dist/sw.js, the offline service worker, once every file of the build is written. */
function serviceWorker(): Plugin {
  let outDir = "dist";
  return {
    name: "atlas-service-worker",
    apply: "build",
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: () => {
      writeServiceWorker(outDir);
    },
  };
}

// `base: "./"` makes every asset URL relative, so the built `dist/` can be served
// from any sub-folder of an existing site.
export default defineConfig({
  base: "./",
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  build: {
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // The parts loaded later (tools/lazyChunks.ts) get stable names: `assets/table-<hash>.js`.
        chunkFileNames: (chunk) =>
          `assets/${lazyChunkName(chunk.facadeModuleId) ?? "[name]"}-[hash].js`,
      },
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "tools/**/*.test.ts"],
    // Tests on the real data and shapes (every country, 20,000 points) need more than 5 s on a busy
    // 2-core machine; they assert results, never durations.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
