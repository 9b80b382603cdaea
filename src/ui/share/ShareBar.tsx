import { useState } from "react";
import { currentLink } from "../../core/url/address";
import { useTranslate } from "../i18n";
import { EXPORT_KINDS, type ExportKind } from "./exportKinds";

/** Share (copy the link), Embed (iframe code) and Export (PNG, CSV, GeoJSON) for the current view. */
export function ShareBar({
  onEmbed,
  onExport,
}: {
  onEmbed: () => void;
  onExport: (kind: ExportKind) => void;
}) {
  const t = useTranslate();
  const [status, setStatus] = useState<string | null>(null);
  const copyLink = async () => {
    const link = currentLink();
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t("share.copied"));
    } catch {
      // Clipboard refused (permissions, insecure context): show the link to copy by hand.
      window.prompt(t("share.copyPrompt"), link);
      setStatus(null);
    }
    setTimeout(() => setStatus(null), 2500);
  };
  return (
    <div className="share-bar">
      <button type="button" className="header-button" onClick={copyLink}>
        {t("share.share")}
      </button>
      <button type="button" className="header-button" onClick={onEmbed}>
        {t("share.embed")}
      </button>
      <details className="export-menu">
        <summary className="header-button">{t("export.label")}</summary>
        <div className="export-options">
          {EXPORT_KINDS.map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={(e) => {
                (e.currentTarget.closest("details") as HTMLDetailsElement | null)?.removeAttribute(
                  "open",
                );
                onExport(kind);
              }}
            >
              {t(`export.${kind}`)}
            </button>
          ))}
        </div>
      </details>
      <output className="share-status" aria-live="polite">
        {status}
      </output>
    </div>
  );
}
