import { lazy } from "react";

/**
 * The parts of the page that are not in its first view, each in a file of its own, loaded the
 * first time it is shown (vite.config.ts names the files, e.g. `table-<hash>.js`; README,
 * "What loads when"). Show them inside <Suspense fallback={<LoadingPart />}>.
 */
export const RecordsTable = lazy(() =>
  import("./table/RecordsTable").then((m) => ({ default: m.RecordsTable })),
);
export const SourcesView = lazy(() =>
  import("./sources/SourcesView").then((m) => ({ default: m.SourcesView })),
);
export const GapsPanel = lazy(() =>
  import("./gaps/GapsPanel").then((m) => ({ default: m.GapsPanel })),
);
export const EmbedDialog = lazy(() =>
  import("./share/EmbedDialog").then((m) => ({ default: m.EmbedDialog })),
);

/** The exports (PNG, CSV, GeoJSON), loaded when one is asked for. */
export const loadExportView = () => import("./share/exportView");
