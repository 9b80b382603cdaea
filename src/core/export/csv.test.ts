import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type CsvValue, csvField, toCsv } from "./csv";

describe("csvField", () => {
  it("leaves plain text, numbers and booleans as they are", () => {
    expect([csvField("Kenya"), csvField(2019), csvField(-1.5), csvField(true)]).toEqual([
      "Kenya",
      "2019",
      "-1.5",
      "true",
    ]);
  });

  it("writes null and undefined as empty fields", () => {
    expect([csvField(null), csvField(undefined), csvField("")]).toEqual(["", "", ""]);
  });

  it("quotes fields with a quote, comma or line break and doubles the quotes", () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField(" padded ")).toBe('" padded "');
  });
});

const awkward: CsvValue[][] = [
  ["plain", 1, true],
  ['with "quotes"', "a, b", "line\nbreak"],
  ["crlf\r\ninside", " leading", "trailing "],
  ["“curly” quotes, Côte d’Ivoire", "", null],
  ["", "", ""],
];

describe("toCsv", () => {
  it("writes what papaparse's unparse wrote, line for line", () => {
    const columns = ["a", "b", "c"];
    expect(toCsv(columns, awkward)).toBe(
      Papa.unparse({ fields: columns, data: awkward }, { newline: "\n" }),
    );
  });

  it("round-trips through a CSV reader", () => {
    const csv = toCsv(["a", "b", "c"], awkward);
    const parsed = Papa.parse<string[]>(csv, { header: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["a", "b", "c"],
      ...awkward.map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v)))),
    ]);
  });

  it("writes only the header when there are no rows, with no line end after the last line", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b");
    expect(toCsv(["a"], [["x"]])).toBe("a\nx");
  });
});
