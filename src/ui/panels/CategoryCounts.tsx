import { CATEGORIES, type Category } from "../../core/data/schema";
import { useTranslate } from "../i18n";
import { CATEGORY_STYLE } from "../theme/categoryStyle";

/** A small table of counts per category (for a country, a region, or everything). */
export function CategoryCounts({
  counts,
  label,
}: {
  counts: Record<Category, number>;
  label: string;
}) {
  const t = useTranslate();
  const total = CATEGORIES.reduce((sum, c) => sum + counts[c], 0);
  return (
    <table className="category-counts" aria-label={label}>
      <tbody>
        {CATEGORIES.map((category) => (
          <tr key={category} data-category={category}>
            <th scope="row">
              <span className="key" style={{ background: CATEGORY_STYLE[category].hex }} />
              {t(`category.${category}`)}
            </th>
            <td>{counts[category]}</td>
          </tr>
        ))}
        <tr className="total" data-category="total">
          <th scope="row">{t("counts.total")}</th>
          <td>{total}</td>
        </tr>
      </tbody>
    </table>
  );
}
