import { CATEGORIES, type Category } from "../../core/data/schema";
import { useTranslate } from "../i18n";
import { CATEGORY_STYLE } from "../theme/categoryStyle";

/**
 * A small table of counts per category (for a country, a region, or everything). With
 * `periodCounts`, and when the window cuts a reporting period, a second column says how many of
 * each count are known only by a reporting period that overlaps the window.
 */
export function CategoryCounts({
  counts,
  periodCounts,
  label,
}: {
  counts: Record<Category, number>;
  periodCounts?: Record<Category, number>;
  label: string;
}) {
  const t = useTranslate();
  const sum = (c: Record<Category, number>) => CATEGORIES.reduce((s, k) => s + c[k], 0);
  const total = sum(counts);
  const periods = periodCounts && sum(periodCounts) > 0 ? periodCounts : null;
  return (
    <table className="category-counts" aria-label={label}>
      {periods && (
        <thead>
          <tr>
            <td />
            <th scope="col">{t("counts.all")}</th>
            <th scope="col" className="period-column">
              {t("counts.periodOnly")}
            </th>
          </tr>
        </thead>
      )}
      <tbody>
        {CATEGORIES.map((category) => (
          <tr key={category} data-category={category}>
            <th scope="row">
              <span className="key" style={{ background: CATEGORY_STYLE[category].hex }} />
              {t(`category.${category}`)}
            </th>
            <td>{counts[category]}</td>
            {periods && <td data-period>{periods[category]}</td>}
          </tr>
        ))}
        <tr className="total" data-category="total">
          <th scope="row">{t("counts.total")}</th>
          <td>{total}</td>
          {periods && <td data-period>{sum(periods)}</td>}
        </tr>
      </tbody>
    </table>
  );
}
