/**
 * The files of the build that the first view does not load, by a stable name: each is the chunk
 * of one module the app imports with `import()`, written as `assets/<name>-<hash>.js`
 * (vite.config.ts). The browser test tests/browser/lazyChunks.test.ts checks that none is fetched
 * before its feature is used, and each is fetched when it is.
 */
export const LAZY_CHUNKS = {
  /** deck.gl and luma.gl: the symbols, arcs and markers, after the base map has drawn. */
  deck: "src/ui/map/deckOverlay.ts",
  /** The PNG, CSV and GeoJSON exports. */
  export: "src/ui/share/exportView.ts",
  embed: "src/ui/share/EmbedDialog.tsx",
  table: "src/ui/table/RecordsTable.tsx",
  gaps: "src/ui/gaps/GapsPanel.tsx",
  sources: "src/ui/sources/SourcesView.tsx",
  /** zod, with the check of an embed's `set` message. */
  zod: "src/core/url/setViewMessage.ts",
  "lang-ar": "src/i18n/messages.ar.ts",
  "lang-es": "src/i18n/messages.es.ts",
  "lang-fr": "src/i18n/messages.fr.ts",
  "lang-ru": "src/i18n/messages.ru.ts",
  "lang-zh": "src/i18n/messages.zh.ts",
  "names-ar": "node_modules/i18n-iso-countries/langs/ar.json",
  "names-en": "node_modules/i18n-iso-countries/langs/en.json",
  "names-es": "node_modules/i18n-iso-countries/langs/es.json",
  "names-fr": "node_modules/i18n-iso-countries/langs/fr.json",
  "names-ru": "node_modules/i18n-iso-countries/langs/ru.json",
  "names-zh": "node_modules/i18n-iso-countries/langs/zh.json",
} as const;
export type LazyChunk = keyof typeof LAZY_CHUNKS;

/** The stable name of the chunk whose entry is `moduleId` (an absolute path), if it is one of ours. */
export function lazyChunkName(moduleId: string | null): LazyChunk | undefined {
  if (!moduleId) return undefined;
  const path = moduleId.replaceAll("\\", "/");
  return (Object.keys(LAZY_CHUNKS) as LazyChunk[]).find((name) =>
    path.endsWith(`/${LAZY_CHUNKS[name]}`),
  );
}

/** Whether a URL is the given lazy chunk's file. */
export function isChunkUrl(url: string, name: LazyChunk): boolean {
  return new RegExp(`/assets/${name}-[\\w-]{6,}\\.js$`).test(url);
}
