import type { Translate } from "../../i18n/translate";
import type { Population } from "./coverageGaps";

/** The countries a gap analysis checks, in words: "LDCs and SIDS in Asia-Pacific", "ITU Member States"... */
export function populationLabel(population: Population, t: Translate): string {
  const who =
    population.groups.length > 0
      ? t.list(population.groups.map((g) => t(`gaps.groupPlural.${g}`)))
      : t("gaps.members");
  if (population.regions.length === 0) return who;
  return t("gaps.populationIn", {
    population: who,
    regions: t.list(
      population.regions.map((r) => t(`region.${r}`)),
      "disjunction",
    ),
  });
}
