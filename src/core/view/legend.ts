import type { MessageKey } from "../../i18n/messages.en";
import type { Translate } from "../../i18n/translate";
import { choroplethClassLabels } from "../aggregation/choroplethClasses";
import { CATEGORIES, type Category } from "../data/schema";
import { ITU_REGIONS, type ItuRegion } from "../geography/types";
import { FIRST_YEAR, LAST_YEAR } from "../time/years";
import type { YearWindow } from "../time/yearWindow";
import type { View } from "../url/viewState";
import { CLASS_KEYS, type SwatchKey } from "./countryFills";

/**
 * The key to the map, built once and drawn twice: as HTML beside the map and into the PNG export.
 * So the screen and the image can never disagree on what a colour means.
 */
export interface LegendModel {
  /**
   * Every category with its count in the window, whether it is shown, and how many of its records
   * are known only by a reporting period that overlaps the window (drawn hollow).
   */
  categories: {
    category: Category;
    count: number;
    period: number;
    shown: boolean;
    /** The largest count and period count the category reaches in any window (widestLegendCounts). */
    widest: WidestCounts;
  }[];
  /** What the fills mean, in the order they are explained. */
  sections: LegendSection[];
  /** In a single year: what the shading counts ("Shading counts activities dated in 2019..."). */
  shadingNote: string | null;
}

export interface LegendSection {
  title: MessageKey;
  rows: { swatch: SwatchKey; label: string }[];
}

/** A category's largest count, and largest count known only by a reporting period, in any window. */
export interface WidestCounts {
  count: number;
  period: number;
}

/**
 * The largest count and period count each category reaches in any window of years, from its
 * counts in a window (all records, or those known only by a reporting period). The legend keeps
 * room for them, so stepping through the years never changes its height, nor the map's size.
 * O(categories x windows): 45 windows of 2013-2021.
 */
export function widestLegendCounts(
  countsIn: (yearWindow: YearWindow, which: "all" | "period") => Record<Category, number>,
): Record<Category, WidestCounts> {
  const widest = Object.fromEntries(
    CATEGORIES.map((category) => [category, { count: 0, period: 0 }]),
  ) as Record<Category, WidestCounts>;
  for (let from = FIRST_YEAR; from <= LAST_YEAR; from++)
    for (let to = from; to <= LAST_YEAR; to++) {
      const all = countsIn({ from, to }, "all");
      const period = countsIn({ from, to }, "period");
      for (const category of CATEGORIES) {
        widest[category].count = Math.max(widest[category].count, all[category]);
        widest[category].period = Math.max(widest[category].period, period[category]);
      }
    }
  return widest;
}

export function legendModel(
  view: View,
  shown: readonly Category[],
  counts: {
    perCategory: Record<Category, number>;
    periodPerCategory: Record<Category, number>;
    widest: Record<Category, WidestCounts>;
  },
  t: Translate,
  options: {
    /** Countries view narrowed to a region: the rest of the world is muted, and the key says so. */
    focusRegion?: ItuRegion | null;
    /** The year the shading counts only dated records of (single-year mode), else null. */
    datedIn?: YearWindow | null;
  } = {},
): LegendModel {
  const { focusRegion = null, datedIn = null } = options;
  const sections: LegendSection[] = [];
  if (view === "gaps")
    sections.push({
      title: "gaps.title",
      rows: [
        { swatch: "gap", label: t("legend.gap") },
        { swatch: "outside", label: t("legend.outside") },
      ],
    });
  if (view === "regions")
    sections.push({
      title: "legend.title",
      rows: ITU_REGIONS.map((region) => ({
        swatch: `region-${region}` as const,
        label: t(`region.${region}`),
      })),
    });
  else
    sections.push({
      title: "legend.choropleth",
      rows: [
        { swatch: "zero", label: t("legend.zero") },
        ...choroplethClassLabels().map((label, i) => ({
          swatch: CLASS_KEYS[i] ?? "zero",
          label,
        })),
        { swatch: "no-data", label: t("legend.noData") },
        ...(focusRegion
          ? [
              {
                swatch: "outside" as const,
                label: t("legend.outsideRegion", { region: t(`region.${focusRegion}`) }),
              },
            ]
          : []),
        { swatch: "marker", label: t("legend.smallStates") },
      ],
    });
  return {
    categories: CATEGORIES.map((category) => ({
      category,
      count: counts.perCategory[category],
      period: counts.periodPerCategory[category],
      shown: shown.includes(category),
      widest: counts.widest[category],
    })),
    sections,
    shadingNote:
      datedIn && view !== "regions" ? t("legend.shadingDated", { window: datedIn }) : null,
  };
}

/**
 * The legend as the PNG draws it, one row each: the shown categories with their counts, then every
 * section's swatches (a choropleth class reads "4–6 activities per country").
 */
export function legendRows(
  legend: LegendModel,
  t: Translate,
): ({ category: Category; label: string } | { swatch: SwatchKey; label: string })[] {
  const rows: ({ category: Category; label: string } | { swatch: SwatchKey; label: string })[] =
    legend.categories
      .filter((c) => c.shown)
      .map((c) => ({
        category: c.category,
        label:
          `${t(`category.${c.category}`)}: ${c.count}` +
          (c.period > 0 ? ` (${t("precision.periodPart", { count: c.period })})` : ""),
      }));
  for (const section of legend.sections)
    for (const row of section.rows)
      rows.push({
        swatch: row.swatch,
        label: row.swatch.startsWith("class-")
          ? `${row.label} ${t("legend.perCountry")}`
          : row.label,
      });
  return rows;
}
