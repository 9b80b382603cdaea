import type { ReactNode } from "react";
import { CATEGORIES, type Category } from "../../core/data/schema";
import type { YearWindow } from "../../core/time/yearWindow";
import { useTranslate } from "../i18n";

/** The brief's title block: what it is, of where, for which years and categories. */
export function BriefHeader({
  kind,
  place,
  yearWindow,
  categories,
  children,
}: {
  kind: "country" | "region";
  place: string;
  yearWindow: YearWindow;
  categories: readonly Category[];
  /** Under the title: the region, the UN groups. */
  children?: ReactNode;
}) {
  const t = useTranslate();
  const shown = CATEGORIES.filter((c) => categories.includes(c));
  return (
    <header className="brief-head">
      <p className="brief-kind">
        {t("app.title")} · {t(`brief.kind.${kind}`)}
      </p>
      <h1>{place}</h1>
      {children}
      <p className="brief-selection">
        <span data-window>{t("brief.window", { window: yearWindow })}</span>
        {" · "}
        <span>
          {t("brief.categories", {
            categories: t.list(shown.map((c) => t(`category.${c}`))) || t("panel.noCategories"),
          })}
        </span>
      </p>
    </header>
  );
}
