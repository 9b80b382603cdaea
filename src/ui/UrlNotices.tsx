import type { UrlNotice } from "../core/url/viewState";
import { useTranslate } from "./i18n";

/** Says which link parameters could not be used and were replaced by their defaults. */
export function UrlNotices({
  notices,
  onDismiss,
}: {
  notices: UrlNotice[];
  onDismiss: () => void;
}) {
  const t = useTranslate();
  if (notices.length === 0) return null;
  return (
    <div className="url-notices" role="status">
      <ul>
        {notices.map((n) => (
          <li key={n.param}>{t("url.invalid", { param: n.param, value: n.value })}</li>
        ))}
      </ul>
      <button type="button" className="close" onClick={onDismiss} aria-label={t("panel.close")}>
        ×
      </button>
    </div>
  );
}
