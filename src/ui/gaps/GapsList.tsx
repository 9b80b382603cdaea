import type { GapRow } from "../../core/gaps/coverageGaps";
import { GAP_SORT_KEYS, type GapSort, type GapSortKey } from "../../core/gaps/sortGaps";
import type { YearWindow } from "../../core/time/yearWindow";
import type { Translate } from "../../i18n/translate";
import { CountryBadges } from "../CountryBadges";
import { useTranslate } from "../i18n";
import { SortableHeader } from "../table/SortableHeader";

/** The header of each sortable column. */
const HEADERS: Record<
  GapSortKey,
  "gaps.column.country" | "gaps.column.region" | "gaps.column.last" | "gaps.column.nearest"
> = {
  country: "gaps.column.country",
  region: "gaps.column.region",
  last: "gaps.column.last",
  distance: "gaps.column.nearest",
};

function lastActivity(gap: GapRow, yearWindow: YearWindow, t: Translate): string {
  if (gap.lastYear !== null)
    return gap.yearsSince === 0
      ? t("gaps.sameYear", { year: gap.lastYear })
      : t("gaps.yearsSince", {
          year: gap.lastYear,
          years: gap.yearsSince ?? 0,
          end: yearWindow.to,
        });
  if (gap.nextYear !== null) return t("gaps.nextOnly", { end: yearWindow.to, year: gap.nextYear });
  return t("gaps.never");
}

/**
 * The gap list as a table, in the order the user chose: each sortable column's header is a button
 * (keyboard and screen readers get it for free) and the sorted column says so with `aria-sort`.
 */
export function GapsList({
  gaps,
  sort,
  yearWindow,
  countryName,
  regionName,
  onSort,
  onHoverGap,
  onSelectCountry,
}: {
  gaps: readonly GapRow[];
  sort: GapSort;
  yearWindow: YearWindow;
  countryName: (iso3: string) => string;
  regionName: (gap: GapRow) => string;
  onSort: (key: GapSortKey) => void;
  onHoverGap: (iso3: string | null) => void;
  onSelectCountry: (iso3: string) => void;
}) {
  const t = useTranslate();
  return (
    <table className="gaps-list">
      <thead>
        <tr>
          <th scope="col">{t("gaps.column.rank")}</th>
          {GAP_SORT_KEYS.map((key) => (
            <SortableHeader
              key={key}
              column={key}
              label={t(HEADERS[key])}
              sorted={sort.key === key ? sort.direction : null}
              onSort={() => onSort(key)}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {gaps.map((gap, i) => (
          <tr
            key={gap.country.iso3}
            data-iso3={gap.country.iso3}
            onMouseEnter={() => onHoverGap(gap.country.iso3)}
            onMouseLeave={() => onHoverGap(null)}
            onFocus={() => onHoverGap(gap.country.iso3)}
            onBlur={() => onHoverGap(null)}
          >
            <td>{t.number(i + 1)}</td>
            <th scope="row">
              <button
                type="button"
                className="link"
                onClick={() => onSelectCountry(gap.country.iso3)}
              >
                {gap.country.name}
              </button>
              <div className="gap-meta">
                <CountryBadges country={gap.country} />
              </div>
            </th>
            <td>{regionName(gap)}</td>
            <td>{lastActivity(gap, yearWindow, t)}</td>
            <td>
              {gap.nearest
                ? t("gaps.nearestKm", {
                    country: countryName(gap.nearest.iso3),
                    km: Math.round(gap.nearest.km),
                  })
                : t("gaps.noneCovered")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
