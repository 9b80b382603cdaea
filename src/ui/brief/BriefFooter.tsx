import type { BriefSource } from "../../core/brief/briefModel";
import { numberLocale } from "../../i18n/years";
import { useTranslate } from "../i18n";
import { QrCode } from "./QrCode";

/** The brief's last block: the documents it quotes, the date of the data, and the way back. */
export function BriefFooter({
  sources,
  dataDate,
  liveLink,
  onQrDrawn,
}: {
  sources: BriefSource[];
  /** "YYYY-MM-DD" (data/DATA_DATE). */
  dataDate: string;
  liveLink: string;
  onQrDrawn: () => void;
}) {
  const t = useTranslate();
  const date = new Intl.DateTimeFormat(numberLocale(t.language), {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${dataDate}T00:00:00Z`));
  return (
    <footer className="brief-footer" data-section="footer">
      <div className="brief-sources">
        <h2>{t("brief.sources")}</h2>
        <ol lang="en" dir="ltr">
          {sources.map((s) => (
            <li key={s.id} data-source={s.id}>
              {s.title}
            </li>
          ))}
        </ol>
        <p>
          <time dateTime={dataDate}>{t("brief.dataDate", { date })}</time> · {t("app.title")}
        </p>
        <p className="brief-note">{t("brief.about")}</p>
        <p className="brief-note">{t("panel.englishNote")}</p>
      </div>
      <div className="brief-live">
        <p>{t("brief.liveView")}</p>
        <a href={liveLink} dir="ltr" className="brief-live-link">
          {liveLink}
        </a>
        <QrCode text={liveLink} label={t("brief.qrLabel")} onDrawn={onQrDrawn} />
      </div>
    </footer>
  );
}
