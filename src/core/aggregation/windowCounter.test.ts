import { describe, expect, it } from "vitest";
import { type CountEntry, WindowCounter } from "./windowCounter";

// Hand-made fixture: bucket 0 has three records of category 0, one of category 1; bucket 1 has one.
const entries: CountEntry[] = [
  { bucket: 0, category: 0, yearStart: 2013, yearEnd: 2013 },
  { bucket: 0, category: 0, yearStart: 2018, yearEnd: 2020 },
  { bucket: 0, category: 0, yearStart: 2021, yearEnd: 2021 },
  { bucket: 0, category: 1, yearStart: 2016, yearEnd: 2019 },
  { bucket: 1, category: 1, yearStart: 2014, yearEnd: 2015 },
];

describe("WindowCounter", () => {
  const counter = new WindowCounter(2, 2, entries);

  it("counts a record in every year it spans, once per window", () => {
    expect(counter.count(0, 0b01, { from: 2019, to: 2019 })).toBe(1);
    expect(counter.count(0, 0b01, { from: 2018, to: 2021 })).toBe(2);
    expect(counter.count(0, 0b01, { from: 2013, to: 2021 })).toBe(3);
    expect(counter.count(0, 0b01, { from: 2014, to: 2017 })).toBe(0);
  });

  it("adds the categories of the mask", () => {
    expect(counter.count(0, 0b11, { from: 2017, to: 2018 })).toBe(2);
    expect(counter.count(0, 0b10, { from: 2013, to: 2015 })).toBe(0);
    expect(counter.count(0, 0, { from: 2013, to: 2021 })).toBe(0);
  });

  it("tells records dated in the window from those known only by a period that overlaps it", () => {
    const mixed = new WindowCounter(1, 1, [
      { bucket: 0, category: 0, yearStart: 2019, yearEnd: 2019 },
      { bucket: 0, category: 0, yearStart: 2014, yearEnd: 2020 },
      { bucket: 0, category: 0, yearStart: 2018, yearEnd: 2020, period: true },
      { bucket: 0, category: 0, yearStart: 2020, yearEnd: 2020, period: true },
    ]);
    const in2019 = { from: 2019, to: 2019 };
    expect(mixed.count(0, 1, in2019, "all")).toBe(3);
    expect(mixed.count(0, 1, in2019, "dated")).toBe(2); // the two exact records
    expect(mixed.count(0, 1, in2019, "period")).toBe(1); // reported for 2018-2020
    // A window that holds the whole period: the record is known to fall in it.
    expect(mixed.count(0, 1, { from: 2018, to: 2021 }, "dated")).toBe(4);
    expect(mixed.count(0, 1, { from: 2018, to: 2021 }, "period")).toBe(0);
    // A one-year period is as good as a date for its year.
    expect(mixed.count(0, 1, { from: 2020, to: 2020 }, "dated")).toBe(2); // 2014-2020 and the 2020 period
  });

  it("counts every bucket at once", () => {
    expect([...counter.countAll(0b11, { from: 2015, to: 2016 })]).toEqual([1, 1]);
  });

  it("agrees with a naive filter-and-count on random records", () => {
    const random: CountEntry[] = [];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 2000; i++) {
      const yearStart = 2013 + Math.floor(next() * 9);
      const yearEnd = yearStart + Math.floor(next() * (2022 - yearStart));
      random.push({
        bucket: Math.floor(next() * 5),
        category: Math.floor(next() * 3),
        yearStart,
        yearEnd,
        period: next() < 0.5,
      });
    }
    const big = new WindowCounter(5, 3, random);
    for (let from = 2013; from <= 2021; from++)
      for (let to = from; to <= 2021; to++)
        for (let bucket = 0; bucket < 5; bucket++) {
          const active = random.filter(
            (e) =>
              e.bucket === bucket && e.category !== 1 && e.yearStart <= to && e.yearEnd >= from,
          );
          const dated = active.filter((e) => !e.period || (e.yearStart >= from && e.yearEnd <= to));
          expect(big.count(bucket, 0b101, { from, to })).toBe(active.length);
          expect(big.count(bucket, 0b101, { from, to }, "dated")).toBe(dated.length);
          expect(big.count(bucket, 0b101, { from, to }, "period")).toBe(
            active.length - dated.length,
          );
        }
  });
});
