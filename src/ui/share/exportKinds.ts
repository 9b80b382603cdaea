/** What the header's export menu offers, in its order (the exports themselves: exportView.ts). */
export const EXPORT_KINDS = ["png", "png2x", "csv", "geojson"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
