/**
 * Demo cases across every stage of the policy, with dates relative to "now" so the demo stays
 * fresh: contacts earlier this week, so a weekly allowance is used up; a review due soon; an
 * appeal window still open; one case past its retention date. Data only: seed.ts loads it, and
 * the harness builds its demo messages from the senders and contacts here.
 */
import { demoBuilders, type DemoCase } from "./builders";
import { casesAfterRestrictions } from "./cases-after-restrictions";
import { casesBeforeRestrictions } from "./cases-before-restrictions";
import { noticeAndAppealCases } from "./cases-notice-appeal";
import { restrictedCases } from "./cases-restricted";

export type { DemoCase } from "./builders";

/** Builds the cases for a given moment; `now` defaults to the real clock. */
export function demoCases(now: Date = new Date()): readonly DemoCase[] {
  const b = demoBuilders(now);
  return [
    ...casesBeforeRestrictions(b),
    ...restrictedCases(b),
    ...noticeAndAppealCases(b),
    ...casesAfterRestrictions(b),
  ];
}

/** Every sender address of the demo, with its case: what the harness's demo messages come from. */
export function demoSenders(cases: readonly DemoCase[]) {
  return cases.flatMap((c) =>
    c.newCase.addresses.map((a) => ({
      ...a,
      ref: c.newCase.entry.ref,
      stage: c.newCase.entry.stage,
      shows: c.shows,
    })),
  );
}
