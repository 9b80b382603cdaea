import { describe, expect, it } from "vitest";
import { formatProblem, readCsvTable } from "./readCsvTable";
import { activityRowSchema } from "./rowSchemas";

const header =
  "id,category,title,countries,partner_countries,partners,region,precision,place,lat,lon,year_start,year_end,date_precision,status,theme,metric,metric_value,source,quote";
const columns = header.split(",");
const good =
  'cirt-bdi-2018,cirt,CIRT for Burundi,BDI,,,AFR,country,,,,2018,2020,period,ongoing,cybersecurity,,,baap-2018-2020,"While implementation is ongoing in Burundi and Malawi, the CIRT project will be"';

function problemsOf(row: string) {
  return readCsvTable(
    `${header}\n${good}\n${row}\n`,
    "data/activities.csv",
    activityRowSchema,
    columns,
  ).problems.map(formatProblem);
}

describe("readCsvTable with the activity schema", () => {
  it("reads a good row into a typed record", () => {
    const result = readCsvTable(
      `${header}\n${good}\n`,
      "data/activities.csv",
      activityRowSchema,
      columns,
    );
    expect(result.problems).toEqual([]);
    expect(result.records[0]?.record).toMatchObject({
      id: "cirt-bdi-2018",
      countries: ["BDI"],
      region: "AFR",
      yearStart: 2018,
      lngLat: null,
    });
  });

  it("names file, row and column of a bad ISO code", () => {
    const [problem] = problemsOf(
      good.replace("cirt-bdi-2018,cirt,CIRT for Burundi,BDI", "x-1,cirt,T,BURUNDI"),
    );
    expect(problem).toMatch(
      /^data\/activities\.csv:3:countries: must be an ISO 3166-1 alpha-3 code/,
    );
  });

  it("rejects year 2031", () => {
    const problems = problemsOf(good.replace("2018,2020,period", "2018,2031,period"));
    expect(problems).toContain(
      'data/activities.csv:3:year_end: must be between 2013 and 2021 (got "2031")',
    );
  });

  it("rejects an unknown category", () => {
    const problems = problemsOf(good.replace(",cirt,", ",workshop,"));
    expect(problems[0]).toMatch(/^data\/activities\.csv:3:category: .*workshop/);
  });

  it("rejects a missing quote", () => {
    const problems = problemsOf(good.replace(/,"While.*"$/, ","));
    expect(problems[0]).toMatch(/^data\/activities\.csv:3:quote: is missing/);
  });

  it("asks a site record for its coordinates", () => {
    const problems = problemsOf(good.replace(",country,,,,", ",site,Bujumbura,,,"));
    expect(problems).toContain(
      'data/activities.csv:3:lat: a site record needs lat and lon (got "")',
    );
  });

  it("reports a missing column in the header", () => {
    const result = readCsvTable("id,category\n", "data/activities.csv", activityRowSchema, columns);
    expect(result.problems.map(formatProblem)).toContain(
      "data/activities.csv:1:quote: column is missing",
    );
  });
});
