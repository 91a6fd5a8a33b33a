import { describe, expect, it } from "vitest";
import { MemoryCaseStore } from "../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { noonOn, restricted } from "../domain/testScenario";
import { date } from "../domain/testFixtures";
import { parseCaseRef } from "../domain/caseRef";
import type { CaseRecord, CaseRef, LocalDate, RegisterEntry } from "../domain/types";
import { overdueReviews } from "./overdueReviews";

function refOf(n: number): CaseRef {
  const parsed = parseCaseRef(`UCB-2026-00000${n}`);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

function seeded(entries: readonly Partial<RegisterEntry>[]): MemoryCaseStore {
  const store = new MemoryCaseStore();
  const base: CaseRecord = restricted();
  entries.forEach((overrides, i) => {
    const ref = refOf(i + 1);
    store.seed({ ...base.entry, ref, ...overrides }, { ...base.file, ref });
  });
  return store;
}

const due = (day: string): { reviewDue: LocalDate } => ({ reviewDue: date(day) });

describe("overdueReviews", () => {
  it("lists restricted cases due today or earlier, most overdue first, flagging the overdue", async () => {
    const store = seeded([
      due("2027-01-10"), // due today: listed, not yet overdue
      due("2027-01-09"), // overdue by a day
      due("2027-01-11"), // due tomorrow: not listed
      {
        ...due("2027-01-01"),
        review: { status: "pending", requestedOn: date("2027-01-02"), by: "council", grounds: "x" },
      },
      { ...due("2026-12-01"), stage: "ended" },
    ]);
    const items = await overdueReviews(store, noonOn("2027-01-10"), PORTSMOUTH_POLICY);
    expect(items.map((i) => [i.ref, i.overdue, i.daysOverdue, i.reviewUnderWay])).toEqual([
      [refOf(4), false, 0, true],
      [refOf(2), true, 1, false],
      [refOf(1), false, 0, false],
    ]);
  });

  it("looks ahead when asked", async () => {
    const store = seeded([due("2027-01-11"), due("2027-01-25")]);
    const items = await overdueReviews(store, noonOn("2027-01-10"), PORTSMOUTH_POLICY, {
      withinDays: 14,
    });
    expect(items.map((i) => i.reviewDue)).toEqual(["2027-01-11"]);
  });
});
