/**
 * Old links must keep working. Each migration rewrites the query of one older URL scheme into the
 * next; parseViewState applies them in order before reading. Version 1 (the first published
 * scheme, `view`, `years`, `mode`, `layers`, `country`...) needs none yet. When the scheme changes,
 * add the migration here and the old URLs to urlMigrations.test.ts.
 */
export interface UrlMigration {
  /** The scheme version this migration reads (`v` parameter; absent means 1). */
  from: number;
  migrate: (params: URLSearchParams) => URLSearchParams;
}

export const MIGRATIONS: readonly UrlMigration[] = [];

/** Brings a query of any known version to the current scheme. */
export function migrateQuery(
  search: string,
  migrations: readonly UrlMigration[] = MIGRATIONS,
): URLSearchParams {
  let params = new URLSearchParams(search);
  let version = Number(params.get("v") ?? "1");
  for (const migration of migrations) {
    if (migration.from !== version) continue;
    params = migration.migrate(params);
    version += 1;
  }
  params.delete("v");
  return params;
}
