import type { PartnershipStat } from "../../core/data/schema";
import { useLanguage, useTranslate } from "../i18n";

/** Aggregate partnership figures as the documents give them, each with its years and source sentence. */
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
  const number = new Intl.NumberFormat(language);
  const money = new Intl.NumberFormat(language, {
    style: "currency",
    currency: "USD",
    maximumFractionDigits: 0,
  });
  return (
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
            <th scope="row" title={`“${s.quote}” (${sourceTitle(s.source)})`}>
              {s.measure.replaceAll("_", " ")}
              {s.breakdown !== "region" && s.breakdownValue
                ? ` (${s.breakdownValue.replaceAll("_", " ")})`
                : ""}
            </th>
            <td>{s.yearStart === s.yearEnd ? s.yearStart : `${s.yearStart}–${s.yearEnd}`}</td>
            <td>
              {s.unit === "usd"
                ? money.format(s.value)
                : s.unit === "percent"
                  ? `${number.format(s.value)} %`
                  : number.format(s.value)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
