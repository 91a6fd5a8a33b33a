import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { evaluateContact } from "./contactEvaluation";
import { parseTerms } from "./terms";
import { termsBindFrom } from "./termsInForce";
import { date, emailAt, logged, period, restrictedEntry, unwrap } from "./testFixtures";
import type { LoggedContact, RestrictionPeriod, VolumePeriod } from "./types";
import { allowanceUsage, contactsNeededSince } from "./volumeUsage";

// Item 2 of issue 10: an allowance counts only contact made from the instant the restrictions
// took effect, never contact from before, even in the first, partial week, fortnight or month.
// Every period here was notified before it started, so a notice-aware termsBindFrom gives the
// same instant as the start of the first day.

const email = emailAt;

/** A period starting on `start`, decided and told the working day before. */
function notifiedPeriod(start: string, toldOn: string): RestrictionPeriod {
  return period({
    start: date(start),
    end: date("2027-06-30"),
    decidedOn: date(toldOn),
    notice: { kind: "notified", on: date(toldOn) },
  });
}

function judge(
  per: VolumePeriod,
  max: number,
  restrictionPeriod: RestrictionPeriod,
  contacts: readonly LoggedContact[],
  at: string,
) {
  return evaluateContact({
    entry: restrictedEntry({
      terms: unwrap(parseTerms({ volumes: [{ max, per, channels: ["email"] }] })),
      period: restrictionPeriod,
    }),
    contacts,
    contact: email(at),
    config: PORTSMOUTH_POLICY,
  });
}

describe("termsBindFrom", () => {
  it.each([
    // Winter: midnight in London is midnight UTC.
    ["2026-11-25", "2026-11-25T00:00:00.000Z"],
    // Summer: midnight in London is 23:00 UTC the day before.
    ["2026-07-01", "2026-06-30T23:00:00.000Z"],
    // The clocks go forward at 01:00 on 29 March 2026: that day starts at 00:00 GMT.
    ["2026-03-29", "2026-03-29T00:00:00.000Z"],
    // The clocks go back at 02:00 BST on 25 October 2026: that day starts at 00:00 BST.
    ["2026-10-25", "2026-10-24T23:00:00.000Z"],
  ])("binds a period starting %s from %s", (start, instant) => {
    expect(
      termsBindFrom(notifiedPeriod(start, "2026-01-05"), PORTSMOUTH_POLICY)?.toISOString(),
    ).toBe(instant);
  });
});

describe("the first, partial period counts only contact from when the terms bind", () => {
  // Restrictions take effect on Wednesday 25 November 2026; the week began Monday 23 November.
  const wednesday = notifiedPeriod("2026-11-25", "2026-11-24");

  it.each([
    // [contacts logged earlier, the new email, verdict]
    [["2026-11-23T09:00:00Z", "2026-11-24T23:59:59Z"], "2026-11-25T10:00:00Z", "withinTerms"],
    [["2026-11-24T23:59:59.999Z"], "2026-11-25T00:00:00Z", "withinTerms"],
    [["2026-11-25T00:00:00Z"], "2026-11-25T09:00:00Z", "outsideTerms"],
    [["2026-11-23T09:00:00Z", "2026-11-25T00:00:00Z"], "2026-11-26T09:00:00Z", "outsideTerms"],
  ])("with %j already logged, an email at %s is %s (one email a week)", (earlier, at, kind) => {
    const contacts = earlier.map((c) => logged(c));
    expect(judge("week", 1, wednesday, contacts, at).kind).toBe(kind);
  });

  it("says which contact was left out, so the count can be checked by hand", () => {
    const contacts = [logged("2026-11-23T09:00:00Z"), logged("2026-11-25T09:00:00Z")];
    expect(judge("week", 1, wednesday, contacts, "2026-11-26T09:00:00Z").reasons).toEqual([
      {
        code: "overVolume",
        message:
          "This is email 2 this week; the allowance is 1 a week (week beginning Monday 23 November 2026). Contact before Wednesday 25 November 2026, when the restrictions took effect, does not count.",
      },
    ]);
  });

  it.each<[VolumePeriod, string, string, string, string]>([
    // A fortnight from Monday 23 November (the week the restrictions start).
    ["fortnight", "2026-11-25", "2026-11-24T12:00:00Z", "2026-12-01T12:00:00Z", "withinTerms"],
    ["fortnight", "2026-11-25", "2026-11-25T12:00:00Z", "2026-12-01T12:00:00Z", "outsideTerms"],
    // A calendar month: November 2026, restrictions from the 25th.
    ["month", "2026-11-25", "2026-11-02T12:00:00Z", "2026-11-30T12:00:00Z", "withinTerms"],
    ["month", "2026-11-25", "2026-11-25T00:00:00Z", "2026-11-30T12:00:00Z", "outsideTerms"],
    // A day: the restrictions' first day counts from its start, nothing before.
    ["day", "2026-11-25", "2026-11-24T23:59:00Z", "2026-11-25T00:01:00Z", "withinTerms"],
    ["day", "2026-11-25", "2026-11-25T00:00:00Z", "2026-11-25T00:01:00Z", "outsideTerms"],
  ])(
    "one email a %s from %s: with one at %s, the next at %s is %s",
    (per, start, earlier, at, kind) => {
      const restriction = notifiedPeriod(start, "2026-11-20");
      expect(judge(per, 1, restriction, [logged(earlier)], at).kind).toBe(kind);
    },
  );

  it.each([
    // The clocks go back on Sunday 25 October 2026, the last day of its week; restrictions
    // from that day, one email a week.
    // 23:30 UTC on the 24th is 00:30 BST on the 25th: counted. 22:30 UTC is the 24th: not.
    ["2026-10-24T22:30:00Z", "withinTerms"],
    ["2026-10-24T23:30:00Z", "outsideTerms"],
  ])(
    "across the autumn clock change, an email at %s before one at noon that Sunday makes it %s",
    (earlier, kind) => {
      const restriction = notifiedPeriod("2026-10-25", "2026-10-23");
      expect(judge("week", 1, restriction, [logged(earlier)], "2026-10-25T12:00:00Z").kind).toBe(
        kind,
      );
    },
  );

  it.each([
    // The clocks go forward on Sunday 29 March 2026; restrictions from that day (00:00 GMT).
    ["2026-03-28T23:59:00Z", "withinTerms"],
    ["2026-03-29T00:00:00Z", "outsideTerms"],
  ])(
    "across the spring clock change, an email at %s before one at noon that Sunday makes it %s",
    (earlier, kind) => {
      const restriction = notifiedPeriod("2026-03-29", "2026-03-27");
      expect(judge("week", 1, restriction, [logged(earlier)], "2026-03-29T12:00:00Z").kind).toBe(
        kind,
      );
    },
  );
});

describe("the pane's count of this period matches the verdict", () => {
  const wednesday = notifiedPeriod("2026-11-25", "2026-11-24");
  const entry = restrictedEntry({
    terms: unwrap(parseTerms({ volumes: [{ max: 2, per: "week" }] })),
    period: wednesday,
  });

  it("counts none of the contact made before the restrictions took effect", () => {
    const contacts = [
      logged("2026-11-23T09:00:00Z"),
      logged("2026-11-24T09:00:00Z"),
      logged("2026-11-25T09:00:00Z"),
    ];
    const [usage] = allowanceUsage({
      entry,
      contacts,
      at: new Date("2026-11-26T09:00:00Z"),
      config: PORTSMOUTH_POLICY,
    });
    expect(usage?.used).toBe(1);
    expect(usage?.period.label).toBe("week beginning Monday 23 November 2026");
  });

  it("still reads the whole calendar week, so contact logged early in it is known", () => {
    expect(
      contactsNeededSince(
        entry,
        new Date("2026-11-26T09:00:00Z"),
        PORTSMOUTH_POLICY,
      )?.toISOString(),
    ).toBe("2026-11-23T00:00:00.000Z");
  });
});
