import { useMemo } from "react";
import type { Atlas } from "../../core/atlas/prepareAtlas";
import { CATEGORIES, FIRST_YEAR, LAST_YEAR } from "../../core/data/schema";
import { type SourceSummary, sourceSummaries } from "../../core/sources/sourceSummaries";
import { pathOnly } from "../../core/url/address";
import { serializeViewState, type ViewState } from "../../core/url/viewState";
import { useTranslate } from "../i18n";

/** The rules of data/README.md in plain words, in the order a reader needs them. */
const RULES = [
  "sources.rule.oneRecord",
  "sources.rule.years",
  "sources.rule.notReported",
  "sources.rule.place",
  "sources.rule.members",
] as const;

/**
 * The Sources view (`display=sources`): the documents the data comes from, each with its reporting
 * period, what the atlas holds from it and what its records cover (computed from the data), and a
 * link to its records in the table; then the rules of the dataset in plain words.
 */
export function SourcesView({
  atlas,
  state,
  update,
}: {
  atlas: Atlas;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
}) {
  const t = useTranslate();
  const summaries = useMemo(
    () =>
      sourceSummaries(
        atlas.data.sources,
        atlas.data.activities,
        atlas.data.partnershipStats,
        (iso3) => atlas.countryByIso3.get(iso3)?.region ?? null,
      ),
    [atlas],
  );
  const members = useMemo(() => atlas.data.countries.filter((c) => c.member).length, [atlas]);
  // A document's records, whatever the current selection: every year, category and place.
  const recordsOf = (id: string): Partial<ViewState> => ({
    display: "table",
    source: id,
    time: { mode: "range", start: FIRST_YEAR, end: LAST_YEAR },
    categories: [...CATEGORIES],
    country: null,
    region: null,
  });

  return (
    <section className="sources-view" aria-labelledby="sources-title">
      <h2 id="sources-title">{t("sources.title")}</h2>
      <p>
        {t("sources.intro", {
          records: atlas.data.activities.length,
          documents: atlas.data.sources.length,
        })}
      </p>
      <ol className="source-list">
        {summaries.map((summary) => (
          <SourceItem
            key={summary.source.id}
            summary={summary}
            href={`${pathOnly()}?${serializeViewState({ ...state, ...recordsOf(summary.source.id) })}`}
            onOpen={() => update(recordsOf(summary.source.id))}
          />
        ))}
      </ol>
      <h2>{t("sources.rulesTitle")}</h2>
      {RULES.map((key) => (
        <p key={key} className="source-rule">
          {t(key, { members })}
        </p>
      ))}
    </section>
  );
}

function SourceItem({
  summary,
  href,
  onOpen,
}: {
  summary: SourceSummary;
  href: string;
  onOpen: () => void;
}) {
  const t = useTranslate();
  const { source, records, partnershipFigures, regions, global, categories } = summary;
  const where = [
    ...regions.map((r) => t(`region.${r}`)),
    ...(global > 0 ? [t("sources.global", { count: global })] : []),
  ];
  return (
    <li className="source-item" data-source={source.id} data-records={records}>
      {/* Titles and descriptions are the documents' own, in English. */}
      <h3 lang="en" dir="auto">
        {source.title}
      </h3>
      <p lang="en" dir="auto" className="source-body">
        {source.body}
      </p>
      <dl>
        <dt>{t("sources.period")}</dt>
        <dd>{t.years(source.period_start, source.period_end)}</dd>
        <dt>{t("sources.holds")}</dt>
        <dd>
          {t("sources.records", { count: records })}
          {partnershipFigures > 0 && ` · ${t("sources.figures", { count: partnershipFigures })}`}
        </dd>
        {records > 0 && (
          <>
            <dt>{t("sources.regions")}</dt>
            <dd>{where.length > 0 ? t.list(where) : t("sources.noRegion")}</dd>
            <dt>{t("sources.categories")}</dt>
            <dd>{t.list(categories.map((c) => t(`category.${c}`)))}</dd>
          </>
        )}
      </dl>
      {records > 0 ? (
        <a
          className="source-records"
          href={href}
          onClick={(event) => {
            if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpen();
          }}
        >
          {t("sources.showRecords", { count: records })}
        </a>
      ) : (
        <p className="source-none">{t("sources.noRecords")}</p>
      )}
    </li>
  );
}
