import type { MouseEvent } from "react";
import { useTranslate } from "../i18n";

/**
 * "Brief": a link to the printable brief of the country or region shown. A plain click opens it in
 * place (a history entry, so Back returns to the map); a middle or modified click opens the link
 * in a new tab, as links do.
 */
export function BriefLink({
  href,
  place,
  onOpen,
}: {
  href: string;
  place: string;
  onOpen: () => void;
}) {
  const t = useTranslate();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    onOpen();
  };
  return (
    <a className="brief-link" href={href} onClick={open} title={t("brief.openLabel", { place })}>
      {t("brief.open")}
    </a>
  );
}
