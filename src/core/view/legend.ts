import type { MessageKey } from "../../i18n/messages.en";
import type { Translate } from "../../i18n/translate";
import { choroplethClassLabels } from "../aggregation/choroplethClasses";
import { CATEGORIES, type Category } from "../data/schema";
import { ITU_REGIONS, type ItuRegion } from "../geography/types";
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
  categories: { category: Category; count: number; period: number; shown: boolean }[];
  /** What the fills mean, in the order they are explained. */
  sections: LegendSection[];
  /** In a single year: what the shading counts ("Shading counts activities dated in 2019..."). */
  shadingNote: string | null;
}

export interface LegendSection {
  title: MessageKey;
  rows: { swatch: SwatchKey; label: string }[];
}

export function legendModel(
  view: View,
  shown: readonly Category[],
  counts: {
    perCategory: Record<Category, number>;
    periodPerCategory: Record<Category, number>;
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
