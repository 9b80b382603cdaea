import { describe, expect, it } from "vitest";
import { formatProblem } from "../src/core/data/readCsvTable";
import { activityRowSchema } from "../src/core/data/rowSchemas";
import type { Activity, Source } from "../src/core/data/schema";
import { type Accepted, checkDataRules, quotesOverlap, yearsIn } from "./dataRules";

const source: Source = {
  id: "doc",
  title: "A document",
  body: "A test document.",
  period_start: 2018,
  period_end: 2020,
  file: "doc.txt",
};

/** A valid country record of `doc`; `changes` overrides raw CSV cells. */
function activity(changes: Record<string, string>): Activity {
  return activityRowSchema.parse({
    id: "assistance-ken-2019-workshop",
    category: "assistance",
    title: "A workshop",
    countries: "KEN",
    partner_countries: "",
    partners: "",
    region: "AFR",
    precision: "country",
    place: "",
    lat: "",
    lon: "",
    year_start: "2019",
    year_end: "2019",
    date_precision: "exact",
    status: "completed",
    theme: "capacity-development",
    metric: "",
    metric_value: "",
    source: "doc",
    quote: "A national workshop on digital skills was held in Kenya in 2019 for officials.",
    ...changes,
  });
}

function check(records: Activity[], accepted: Accepted[] = []) {
  const result = checkDataRules({
    activities: records.map((record, i) => ({ row: i + 2, record })),
    sources: [source],
    countryNames: new Map([["Kenya", "KEN"]]),
    accepted: accepted.map((record, i) => ({ row: i + 2, record })),
  });
  return {
    problems: result.problems.map(formatProblem),
    warnings: result.warnings.map(formatProblem),
    coverage: result.coverage,
  };
}

describe("the rules of data/README.md", () => {
  it("pass a record that follows them", () => {
    expect(check([activity({})])).toMatchObject({ problems: [], warnings: [] });
  });

  it("warn of a theme that contradicts the keyword rules", () => {
    const quote =
      "Training on spectrum management was delivered to Kenya in 2019 by the regional office.";
    expect(check([activity({ quote })]).warnings).toEqual([
      'data/activities.csv:2:theme: [theme-keyword] spectrum: expected "networks-infrastructure", got "capacity-development"',
    ]);
  });

  it("warn of a government body whose country is not a partner", () => {
    const quote =
      "A workshop was organized in 2019 with the Communications Authority of Kenya for operators.";
    expect(check([activity({ quote })]).warnings).toEqual([
      "data/activities.csv:2:partner_countries: [government-partner] a government body of KEN is named, but KEN is not in partner_countries",
    ]);
    expect(check([activity({ quote, partner_countries: "KEN" })]).warnings).toEqual([]);
  });

  it("fail an exact record whose quote states no year, unless accepted", () => {
    const quote =
      "A national workshop on digital skills was held in Kenya for government officials.";
    const broken = activity({ quote });
    expect(check([broken]).problems).toEqual([
      "data/activities.csv:2:date_precision: [exact-year] exact, but the quote states no year of 2019-2019",
    ]);
    const decision = {
      rule: "exact-year",
      id: broken.id,
      decision: "The paragraph opens with 2019.",
    } as const;
    expect(check([broken], [decision]).problems).toEqual([]);
  });

  it("fail a period record without the source's period", () => {
    expect(check([activity({ date_precision: "period" })]).problems).toEqual([
      "data/activities.csv:2:year_start: [period-years] period records of doc span 2018-2020, got 2019-2019",
    ]);
  });

  it("fail a site whose place the quote does not name", () => {
    const site = { precision: "site", place: "Mombasa", lat: "-4.04", lon: "39.67" };
    expect(check([activity(site)]).problems).toEqual([
      'data/activities.csv:2:place: [site-place] site "Mombasa" is not named in the quote',
    ]);
    expect(check([activity({ ...site, place: "Kenya" })]).problems).toEqual([]);
  });

  it("fail an agreement marked completed", () => {
    const agreement = activity({ id: "partnership-ken-2019-mou", category: "partnership" });
    expect(check([agreement]).problems).toEqual([
      "data/activities.csv:2:status: [agreement-status] an agreement in force is ongoing, not completed",
    ]);
  });

  it("warn of two records of one category, country and year whose quotes overlap", () => {
    const other = activity({ id: "assistance-ken-2019-workshop-again" });
    expect(check([activity({}), other]).warnings).toEqual([
      "data/activities.csv:3:quote: [overlap] may be the same activity as assistance-ken-2019-workshop (row 2): assistance, KEN, overlapping years and quotes",
    ]);
    expect(check([activity({}), other]).coverage.overlap).toBe(2);
  });

  it("fail an accepted decision that no finding needs", () => {
    const stale = {
      rule: "site-place",
      id: "assistance-ken-2019-workshop",
      decision: "Not needed.",
    } as const;
    expect(check([activity({})], [stale]).problems).toEqual([
      "data/accepted.csv:2:id: [site-place] assistance-ken-2019-workshop: nothing to accept (the rule passes or the id is unknown)",
    ]);
  });
});

describe("helpers", () => {
  it("read the years a quote states", () => {
    expect(yearsIn("During 2019-20, GIF2020 and the 2030 Agenda")).toEqual([2019, 2020, 2020]);
  });

  it("tell overlapping quotes apart from unrelated ones", () => {
    expect(
      quotesOverlap("A cyberdrill was held in Uganda in 2019.", "Girls in ICT Day in Addis Ababa."),
    ).toBe(false);
  });
});
