import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { swatchHex } from "../../src/ui/theme/palette";
import { atlasData, SCREENSHOTS, startAtlasBrowser, waitForIdleMap } from "./fixture";

const atlas = startAtlasBrowser();

/** LDCs (ITU members) with no CIRT record overlapping 2018-2021: computed here from the data. */
function ldcsWithoutCirt() {
  const ldcs = atlasData.countries.filter((c) => c.ldc && c.member);
  const covered = new Set(
    atlasData.activities
      .filter((a) => a.category === "cirt" && a.yearStart <= 2021 && a.yearEnd >= 2018)
      .flatMap((a) => a.countries),
  );
  return {
    ldcs,
    gaps: ldcs
      .filter((c) => !covered.has(c.iso3))
      .map((c) => c.iso3)
      .sort(),
  };
}

describe("the gaps view", () => {
  it("lists the LDCs with no CIRT activity in 2018-2021, with the computed summary and CSV", async () => {
    const { page, errors } = await atlas.reuse("view=gaps&groups=ldc&layers=cirt&years=2018-2021");
    const expected = ldcsWithoutCirt();
    const listed = await page
      .locator(".gaps-list tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-iso3")));
    expect([...listed].sort()).toEqual(expected.gaps);
    const summary = page.locator(".gaps-summary");
    expect(await summary.textContent()).toBe(
      `${expected.gaps.length} of ${expected.ldcs.length} LDCs had no recorded activity (CIRTs) in 2018–2021.`,
    );

    // Hovering a gap draws the line to its nearest covered country.
    await page.locator(".gaps-list tbody tr").first().hover();
    await waitForIdleMap(page);
    await page.screenshot({ path: join(SCREENSHOTS, "gaps-ldc-cirt-2018-2021.png") });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download gap list (CSV)" }).click(),
    ]);
    const path = join(SCREENSHOTS, download.suggestedFilename());
    await download.saveAs(path);
    const rows = Papa.parse<{ iso3: string; rank: string; note: string }>(
      readFileSync(path, "utf8"),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    expect(rows.map((r) => r.iso3)).toEqual(listed);
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => String(i + 1)));
    // Every row carries the caveat shown on the screen.
    const caveat = await page.locator(".gaps-caveat").innerText();
    expect(new Set(rows.map((r) => r.note))).toEqual(new Set([caveat]));
    expect(errors).toEqual([]);
  });

  it("narrows the population with the checkboxes and keeps it in the URL", async () => {
    const { page } = await atlas.reuse(
      "view=gaps&groups=sids&layers=cirt,dtc,connectivity&years=2018-2021",
    );
    await page.getByRole("checkbox", { name: "Asia-Pacific" }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("regions")).toBe("ASP");
    // ITU Member States of 2013-2021 only: Palau, a SIDS of Asia-Pacific, joined in 2024.
    const population = atlasData.countries.filter((c) => c.sids && c.region === "ASP" && c.member);
    const covered = new Set(
      atlasData.activities
        .filter(
          (a) =>
            ["cirt", "dtc", "connectivity"].includes(a.category) &&
            a.yearStart <= 2021 &&
            a.yearEnd >= 2018,
        )
        .flatMap((a) => a.countries),
    );
    const gaps = population.filter((c) => !covered.has(c.iso3));
    expect(await page.locator(".gaps-summary").getAttribute("data-total")).toBe(
      String(population.length),
    );
    expect(await page.locator(".gaps-summary").getAttribute("data-gaps")).toBe(String(gaps.length));
  });

  it("counts the Member States of 2013-2021 and names the others apart", async () => {
    const { page } = await atlas.reuse("view=gaps");
    const members = atlasData.countries.filter((c) => c.member && c.region !== null);
    const others = atlasData.countries.filter((c) => !c.member && c.region !== null);
    const summary = page.locator(".gaps-summary");
    expect(await summary.getAttribute("data-total")).toBe(String(members.length));
    expect(await summary.innerText()).toContain(`of ${members.length} ITU Member States`);
    const apart = page.locator(".gaps-non-members");
    expect((await apart.getAttribute("data-iso3"))?.split(",").sort()).toEqual(
      others.map((c) => c.iso3).sort(),
    );
    for (const c of others) expect(await apart.innerText()).toContain(c.name);
    expect(await page.locator(".gaps-caveat").isVisible()).toBe(true);
  });

  it("sorts the gap list by country, region, last activity and distance, by keyboard too", async () => {
    const { page } = await atlas.reuse("view=gaps&groups=ldc&layers=cirt&years=2018-2021");
    const rows = page.locator(".gaps-list tbody tr");
    const listed = () => rows.evaluateAll((trs) => trs.map((r) => r.getAttribute("data-iso3")));
    const header = (key: string) => page.locator(`.gaps-list th[data-sort="${key}"]`);
    const nameOf = new Map(atlasData.countries.map((c) => [c.iso3, c.name]));
    const gaps = ldcsWithoutCirt().gaps;
    const byName = [...gaps].sort((a, b) =>
      new Intl.Collator("en").compare(nameOf.get(a) ?? a, nameOf.get(b) ?? b),
    );

    // By default: farthest from a country with such an activity first.
    expect(await header("distance").getAttribute("aria-sort")).toBe("descending");
    expect(await header("country").getAttribute("aria-sort")).toBe("none");

    await header("country").getByRole("button").click();
    expect(await header("country").getAttribute("aria-sort")).toBe("ascending");
    expect(await header("distance").getAttribute("aria-sort")).toBe("none");
    expect(await listed()).toEqual(byName);

    // The same header again, from the keyboard: Z to A.
    await header("country").getByRole("button").focus();
    await page.keyboard.press("Enter");
    expect(await header("country").getAttribute("aria-sort")).toBe("descending");
    expect(await listed()).toEqual([...byName].reverse());

    // By last activity: "never" first, then the oldest year.
    await header("last").getByRole("button").click();
    const lastOf = (iso3: string) =>
      Math.max(
        0,
        ...atlasData.activities
          .filter((a) => a.category === "cirt" && a.countries.includes(iso3) && a.yearStart <= 2021)
          .map((a) => Math.min(a.yearEnd, 2021)),
      );
    const lasts = (await listed()).map((iso3) => lastOf(iso3 ?? ""));
    expect(lasts).toEqual([...lasts].sort((a, b) => a - b));

    // By region: the regions' names in order.
    await header("region").getByRole("button").click();
    const regions = await rows.evaluateAll((trs) =>
      trs.map((r) => (r.querySelectorAll("td")[1] as HTMLElement).innerText),
    );
    expect(regions).toEqual([...regions].sort(new Intl.Collator("en").compare));
  });

  it("in an embed, the header says whose gaps, when and in what, and the map marks them", async () => {
    const { page, errors } = await atlas.reuse(
      "embed=1&view=gaps&groups=ldc&layers=cirt&years=2018-2021",
    );
    expect(await page.locator(".embed-title h1").textContent()).toBe(
      "Coverage gaps: LDCs, 2018–2021 (CIRTs)",
    );
    // The gaps are on the map: exactly those countries have the gap colour (feature state).
    const gapFills = await page.evaluate(
      ([iso3s, gap]) =>
        iso3s.filter(
          (iso3) =>
            window.atlasMap?.getFeatureState({
              source: "atlas",
              sourceLayer: "countries",
              id: iso3,
            }).fill === gap,
        ),
      [atlasData.countries.map((c) => c.iso3), swatchHex("gap")] as const,
    );
    expect([...gapFills].sort()).toEqual(ldcsWithoutCirt().gaps);
    expect(errors).toEqual([]);
  });
});
