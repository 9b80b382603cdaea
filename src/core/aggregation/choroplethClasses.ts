/**
 * Classes of the countries choropleth. Upper bounds are inclusive; 0 ("no recorded activity") is its
 * own class, kept apart from countries that are not in the atlas at all.
 */
export const CHOROPLETH_BREAKS = [1, 3, 6, 12, Number.POSITIVE_INFINITY] as const;

/** -1 for zero, else the index of the class the count falls in. */
export function choroplethClass(count: number): number {
  if (count <= 0) return -1;
  return CHOROPLETH_BREAKS.findIndex((upper) => count <= upper);
}

/** Readable labels for each class: "1", "2–3", "4–6", "7–12", "13+". */
export function choroplethClassLabels(): string[] {
  return CHOROPLETH_BREAKS.map((upper, i) => {
    const lower = i === 0 ? 1 : (CHOROPLETH_BREAKS[i - 1] as number) + 1;
    if (upper === Number.POSITIVE_INFINITY) return `${lower}+`;
    return lower === upper ? String(lower) : `${lower}–${upper}`;
  });
}
