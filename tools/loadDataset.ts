import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type DataProblem, readCsvTable, type TableResult } from "../src/core/data/readCsvTable";
import {
  activityRowSchema,
  aliasRowSchema,
  countryRowSchema,
  markerRowSchema,
  partnershipStatRowSchema,
  sourceRowSchema,
} from "../src/core/data/rowSchemas";
import {
  ACTIVITY_COLUMNS,
  type Activity,
  type PartnershipStat,
  type Source,
} from "../src/core/data/schema";
import { crossCheckDataset } from "../src/core/data/validateDataset";
import { buildGeography, type Geography } from "../src/core/geography/buildGeography";
import { createCountryLocator } from "../src/core/geography/countryLocator";
import type { Country } from "../src/core/geography/types";
import type { WorldTopology } from "../src/core/geography/worldShapes";
import { ACCEPTED_COLUMNS, acceptedRowSchema, checkDataRules, type RulesResult } from "./dataRules";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The folder holding the source documents: $ATLAS_SOURCES_DIR, else ../shared/seeds beside the project. */
export function sourcesDir(): string {
  return resolve(process.env.ATLAS_SOURCES_DIR ?? join(PROJECT_ROOT, "../shared/seeds"));
}

export const COLUMNS = {
  countries: ["iso3", "name", "itu_region", "ldc", "lldc", "sids", "itu_member_2021"],
  markers: ["iso3", "place", "lat", "lon"],
  aliases: ["iso3", "alias"],
  sources: ["id", "title", "body", "period_start", "period_end", "file"],
  activities: ACTIVITY_COLUMNS,
  accepted: ACCEPTED_COLUMNS,
  partnershipStats: [
    "id",
    "measure",
    "value",
    "unit",
    "year_start",
    "year_end",
    "breakdown",
    "breakdown_value",
    "source",
    "quote",
  ],
} as const;

export interface LoadedDataset {
  countries: Country[];
  aliases: { iso3: string; alias: string }[];
  geography: Geography;
  sources: TableResult<Source>;
  activities: TableResult<Activity>;
  partnershipStats: TableResult<PartnershipStat>;
  problems: DataProblem[];
  /** Findings of the rules that need judgement, not yet decided in data/accepted.csv. */
  warnings: DataProblem[];
  /** How many activity rows each rule of data/README.md covers. */
  ruleCoverage: RulesResult["coverage"];
}

function readTable<S extends Parameters<typeof readCsvTable>[2]>(
  dataDir: string,
  relative: string,
  schema: S,
  columns: readonly string[],
) {
  const path = join(dataDir, relative);
  if (!existsSync(path)) {
    return {
      records: [],
      problems: [{ file: `data/${relative}`, row: 0, column: "-", reason: "file is missing" }],
    };
  }
  return readCsvTable(readFileSync(path, "utf8"), `data/${relative}`, schema, columns);
}

export function loadWorldTopology(): WorldTopology {
  const require = createRequire(import.meta.url);
  return require("world-atlas/countries-50m.json") as WorldTopology;
}

/** Reads and checks every file under data/ (or another folder with the same layout, for tests). */
export function loadDataset(dataDir = join(PROJECT_ROOT, "data")): LoadedDataset {
  const countryTable = readTable(
    dataDir,
    "geography/countries.csv",
    countryRowSchema,
    COLUMNS.countries,
  );
  const markerTable = readTable(dataDir, "geography/markers.csv", markerRowSchema, COLUMNS.markers);
  const aliasTable = readTable(dataDir, "geography/aliases.csv", aliasRowSchema, COLUMNS.aliases);
  const countries: Country[] = countryTable.records.map(({ record }) => ({
    iso3: record.iso3,
    name: record.name,
    region: record.itu_region,
    ldc: record.ldc,
    lldc: record.lldc,
    sids: record.sids,
    member: record.itu_member_2021,
  }));
  const geography = buildGeography(
    loadWorldTopology(),
    countries,
    markerTable.records.map(({ record }) => ({
      iso3: record.iso3,
      place: record.place,
      lngLat: [record.lon, record.lat],
    })),
  );
  const sources = readTable(dataDir, "sources.csv", sourceRowSchema, COLUMNS.sources);
  const activities = readTable(dataDir, "activities.csv", activityRowSchema, COLUMNS.activities);
  const partnershipStats = readTable(
    dataDir,
    "partnership-stats.csv",
    partnershipStatRowSchema,
    COLUMNS.partnershipStats,
  );
  const acceptedTable = readTable(dataDir, "accepted.csv", acceptedRowSchema, COLUMNS.accepted);
  const countryNames = new Map<string, string>([
    ...countries.map((c): [string, string] => [c.name, c.iso3]),
    ...aliasTable.records.map(({ record }): [string, string] => [record.alias, record.iso3]),
  ]);
  const rules = checkDataRules({
    activities: activities.records,
    sources: sources.records.map(({ record }) => record),
    countryNames,
    accepted: acceptedTable.records,
  });
  const locator = createCountryLocator(geography.countryShapes);
  const problems: DataProblem[] = [
    ...countryTable.problems,
    ...markerTable.problems,
    ...aliasTable.problems,
    ...aliasTable.records
      .filter(({ record }) => !countries.some((c) => c.iso3 === record.iso3))
      .map(({ row, record }) => ({
        file: "data/geography/aliases.csv",
        row,
        column: "iso3",
        reason: `unknown ISO code "${record.iso3}" (not in countries.csv)`,
      })),
    ...geography.unplaced.map((iso3) => ({
      file: "data/geography/countries.csv",
      row: 0,
      column: "iso3",
      reason: `${iso3} has no shape in world-atlas and no row in geography/markers.csv`,
    })),
    ...sources.problems,
    ...activities.problems,
    ...partnershipStats.problems,
    ...acceptedTable.problems,
    ...rules.problems,
    ...crossCheckDataset({
      countries,
      places: new Map(geography.places.map((p) => [p.iso3, p])),
      sources,
      activities,
      partnershipStats,
      locator,
    }),
  ];
  const aliases = aliasTable.records.map(({ record }) => record);
  return {
    countries,
    aliases,
    geography,
    sources,
    activities,
    partnershipStats,
    problems,
    warnings: rules.warnings,
    ruleCoverage: rules.coverage,
  };
}
