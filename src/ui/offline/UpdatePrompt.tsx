import { useEffect, useState } from "react";
import { reloadPage } from "../../core/url/address";
import { registerServiceWorker } from "../../offline/registerServiceWorker";
import { useTranslate } from "../i18n";

/**
 * Registers the service worker (the full atlas only: `enabled` is false in embeds) and, when a new
 * build is waiting, says so with a button that reloads the page on it.
 */
export function UpdatePrompt({ enabled }: { enabled: boolean }) {
  const t = useTranslate();
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (enabled) registerServiceWorker((next) => setReload(() => next), reloadPage);
  }, [enabled]);
  if (!reload) return null;
  return (
    <p className="notice update-available" role="status">
      {t("offline.updateAvailable")}{" "}
      <button type="button" className="button" onClick={reload}>
        {t("offline.reload")}
      </button>
    </p>
  );
}
