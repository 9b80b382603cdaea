import type { PartnershipStat } from "../../core/data/schema";
import { numberLocale } from "../../i18n/years";
import { useLanguage, useTranslate } from "../i18n";

/** A count that ends in a half: an agreement shared by two regions counts half in each. */
const isHalved = (s: PartnershipStat) => s.unit === "count" && !Number.isInteger(s.value);

/**
 * Aggregate partnership figures as the documents give them, each with its years and source sentence.
 * Half agreements (31.5 for Africa) are marked and explained under the table.
 */
export function PartnershipFigures({
  stats,
  sourceTitle,
}: {
  stats: PartnershipStat[];
  sourceTitle: (id: string) => string;
}) {
  const t = useTranslate();
  const language = useLanguage();
  if (stats.length === 0) return <p className="panel-hint">{t("partnership.none")}</p>;
  const money = new Intl.NumberFormat(numberLocale(language), {
    style: "currency",
    currency: "USD",
    maximumFractionDigits: 0,
  });
  const halved = stats.some(isHalved);
  return (
    <>
      <table className="partnership-figures">
        <thead>
          <tr>
            <th scope="col">{t("partnership.measure")}</th>
            <th scope="col">{t("partnership.years")}</th>
            <th scope="col">{t("partnership.value")}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.id} data-stat={s.id}>
              <th scope="row" title={`\u2066“${s.quote}” (${sourceTitle(s.source)})\u2069`}>
                <bdi lang="en">
                  {s.measure.replaceAll("_", " ")}
                  {s.breakdown !== "region" && s.breakdownValue
                    ? ` (${s.breakdownValue.replaceAll("_", " ")})`
                    : ""}
                </bdi>
              </th>
              <td>{t.years(s.yearStart, s.yearEnd)}</td>
              <td>
                {s.unit === "usd"
                  ? money.format(s.value)
                  : s.unit === "percent"
                    ? `${t.number(s.value)} %`
                    : t.number(s.value)}
                {isHalved(s) && (
                  <sup className="footnote-mark" aria-hidden="true">
                    *
                  </sup>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {halved && (
        <p className="panel-hint partnership-halves">
          <span aria-hidden="true">* </span>
          {t("partnership.halves")}
        </p>
      )}
    </>
  );
}
