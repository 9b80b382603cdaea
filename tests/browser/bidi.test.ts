import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../tools/loadDataset";
import { SCREENSHOTS, startAtlasBrowser } from "./fixture";

const atlas = startAtlasBrowser();

/** The source sentences, read here from the CSV itself (not from the app's build of it). */
const quoteOf = new Map(
  Papa.parse<{
    id: string;
    quote: string;
    countries: string;
    year_start: string;
    year_end: string;
  }>(readFileSync(join(PROJECT_ROOT, "data", "activities.csv"), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data.map((row) => [row.id, row]),
);

/**
 * Where, on the screen, the first and the last occurrence of two years in an element's text are
 * drawn: the left edge of each (null when the element does not hold both).
 */
async function yearPositions(page: Page, selector: string, from: string, to: string) {
  return page.locator(selector).evaluateAll(
    (elements, [from, to]) =>
      elements.map((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const xOf = (year: string): number | null => {
          walker.currentNode = element;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent?.indexOf(year) ?? -1;
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + year.length);
            return range.getBoundingClientRect().left;
          }
          return null;
        };
        return { text: (element as HTMLElement).innerText, from: xOf(from), to: xOf(to) };
      }),
    [from, to] as const,
  );
}

describe("English quotes and year ranges in an Arabic page", () => {
  it("shows each quote of Kenya's panel as its source sentence, punctuation in place", async () => {
    const { page, errors } = await atlas.reuse("lang=ar&country=KEN");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    const quotes = await page.locator(".country-panel .activity").evaluateAll((items) =>
      items.map((item) => {
        const q = item.querySelector<HTMLElement>("q.source-sentence");
        if (!q) return { id: item.getAttribute("data-id"), text: null, lastRight: true };
        // The last character is drawn to the right of the one before it, as in English.
        const node = q.firstChild;
        const length = node?.textContent?.length ?? 0;
        const rect = (start: number) => {
          const range = document.createRange();
          if (node) {
            range.setStart(node, start);
            range.setEnd(node, start + 1);
          }
          return range.getBoundingClientRect();
        };
        const visible = q.checkVisibility();
        return {
          id: item.getAttribute("data-id"),
          // A record in a folded list (region-wide) is not rendered: its text is read instead.
          text: visible ? q.innerText : q.textContent,
          lang: q.closest("[lang]")?.getAttribute("lang"),
          direction: getComputedStyle(q).direction,
          lastRight: !visible || length < 2 || rect(length - 1).left >= rect(length - 2).left,
        };
      }),
    );
    // Kenya's records, counted here from the CSV: each is in the panel with its own sentence.
    const kenya = [...quoteOf.values()].filter((r) => r.countries.split(";").includes("KEN"));
    expect(kenya.length).toBeGreaterThan(0);
    for (const record of kenya) expect(quotes.map((q) => q.id)).toContain(record.id);
    for (const quote of quotes) {
      expect(quote.text, quote.id ?? "").toBe(quoteOf.get(quote.id ?? "")?.quote);
      expect(quote.lang).toBe("en");
      expect(quote.direction).toBe("ltr");
      expect(quote.lastRight, `${quote.id}: the last character stays at the end`).toBe(true);
    }
    await page.screenshot({ path: join(SCREENSHOTS, "bidi-ar-KEN.png") });
    expect(errors).toEqual([]);
  });

  it("draws every year range of the panel in the footer's order: first year on the left", async () => {
    const { page } = await atlas.reuse("lang=ar&country=KEN&years=2013-2021");
    const [footer] = await yearPositions(page, ".bottom-bar .source-line", "2013", "2021");
    expect(footer?.from).not.toBeNull();
    expect(footer?.from ?? 0).toBeLessThan(footer?.to ?? 0);
    const panel = await yearPositions(page, ".country-panel h3", "2013", "2021");
    const ranges = panel.filter((p) => p.from !== null && p.to !== null);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) expect(range.from ?? 0, range.text).toBeLessThan(range.to ?? 0);

    // The records' own ranges ("2018–2020"): the first year left of the last, as in the footer.
    const spans = await page
      .locator(".country-panel .activity-years")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
    const periods = [...new Set(spans.flatMap((s) => s.match(/\d{4}–\d{4}/g) ?? []))];
    const kenyaPeriods = [...quoteOf.values()].filter(
      (r) => r.countries.split(";").includes("KEN") && r.year_start !== r.year_end,
    );
    expect(periods.length > 0).toBe(kenyaPeriods.length > 0);
    for (const period of periods) {
      const [from = "", to = ""] = period.split("–");
      for (const p of await yearPositions(page, ".country-panel .activity-years", from, to))
        if (p.text.includes(period)) expect(p.from ?? 0, p.text).toBeLessThan(p.to ?? 0);
    }
  });

  it("isolates the quotes of the table in Arabic too", async () => {
    const { page } = await atlas.reuse("lang=ar&country=KEN&display=table");
    const rows = await page.locator(".records-table tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute("data-id"),
        text: tr.querySelector<HTMLElement>("q.source-sentence")?.textContent,
        lang: tr.querySelector("q.source-sentence")?.closest("[lang]")?.getAttribute("lang"),
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.text, row.id ?? "").toBe(quoteOf.get(row.id ?? "")?.quote);
      expect(row.lang).toBe("en");
    }
  });
});
