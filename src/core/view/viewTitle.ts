import type { Translate } from "../../i18n/translate";
import { CATEGORIES, type Category } from "../data/schema";
import type { Population } from "../gaps/coverageGaps";
import { populationLabel } from "../gaps/populationLabel";
import type { YearWindow } from "../time/yearWindow";

/**
 * What is shown, in words, for the embed's header and the PNG: "CIRTs in Africa, 2018–2020",
 * "All ITU-D activities, 2013–2021"; in the gaps view (no country chosen), whose gaps in which
 * categories: "Coverage gaps: LDCs, 2013–2021 (CIRTs)". The embed shows it on one line, cut at its
 * end, so the words that tell views apart come first.
 */
export function viewTitle(
  view: {
    categories: readonly Category[];
    place: string | null;
    yearWindow: YearWindow;
    /** The population checked, in the gaps view without a chosen country. */
    gapsOf: Population | null;
  },
  t: Translate,
): string {
  const { categories, place, yearWindow, gapsOf } = view;
  if (gapsOf)
    return t("title.gaps", {
      population: populationLabel(gapsOf, t),
      window: yearWindow,
      categories: t.list(categories.map((c) => t(`category.${c}`))) || t("gaps.anyCategory"),
    });
  const what =
    categories.length === CATEGORIES.length
      ? t("title.allActivities")
      : t.list(categories.map((c) => t(`category.${c}`))) || t("panel.noCategories");
  return place
    ? t("title.inPlace", { categories: what, place, window: yearWindow })
    : t("title.everywhere", { categories: what, window: yearWindow });
}
