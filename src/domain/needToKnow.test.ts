import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { frontlineEntry } from "./needToKnow";
import { restrictionStatus } from "./restrictionStatus";
import { actor, date, period, person, restrictedEntry } from "./testFixtures";
import { STAGES, type Notice, type RegisterEntry } from "./types";

const DECIDER = actor("assistantDirector", "Morgan Blake");
const NOT_TOLD: Notice = {
  kind: "notNotified",
  reason: "Telling would put a member of staff at risk.",
  decidedBy: DECIDER,
  decidedOn: date("2026-11-01"),
  decidedAt: new Date("2026-11-01T10:00:00Z"),
};

/** A restricted case with everything frontline staff must not see. */
const FULL = restrictedEntry({
  representative: person("Sam Patel"),
  termsSummary: "Letters only.",
  period: period({
    decidedAt: new Date("2026-10-30T15:00:00Z"),
    origin: "review",
    notice: {
      kind: "notified",
      on: date("2026-11-02"),
      at: new Date("2026-11-02T09:00:00Z"),
      method: "letter",
      givenBy: DECIDER,
    },
    customerReviewRequests: [date("2026-11-20")],
  }),
  review: { status: "pending", requestedOn: date("2026-11-20"), by: "customer", grounds: "Ill." },
  appeal: { status: "lodged", lodgedOn: date("2026-11-10"), grounds: "Unfair." },
  reviewDue: date("2027-01-15"),
  appealBy: date("2026-11-30"),
  retainUntil: date("2033-01-31"),
});

describe("what frontline staff may read of a case (need to know)", () => {
  it.each(STAGES.filter((s) => s !== "restricted"))("nothing at stage %s", (stage) => {
    expect(frontlineEntry({ ...FULL, stage })).toBeUndefined();
  });

  it("nothing of a restricted case with no terms or period (the store refuses those)", () => {
    const { terms: _t, ...noTerms } = FULL;
    const { period: _p, ...noPeriod } = FULL;
    expect(frontlineEntry(noTerms)).toBeUndefined();
    expect(frontlineEntry(noPeriod)).toBeUndefined();
  });

  it("nothing of a first imposition not yet told: it does not bind (5.2.4)", () => {
    expect(frontlineEntry({ ...FULL, period: period({ notice: { kind: "pending" } }) })).toBe(
      undefined,
    );
  });

  it("the terms, people and dates of restrictions told, without review, appeal, notice detail or retention", () => {
    expect(frontlineEntry(FULL)).toEqual({
      ref: FULL.ref,
      customerName: "Jo Bloggs",
      stage: "restricted",
      serviceArea: "Housing",
      spoc: FULL.spoc,
      deputy: FULL.deputy,
      representative: person("Sam Patel"),
      terms: {},
      termsSummary: "Letters only.",
      period: {
        number: 1,
        start: date("2026-11-02"),
        end: date("2027-01-31"),
        decidedOn: date("2026-10-30"),
        decidedAt: new Date("2026-10-30T15:00:00Z"),
        decidedBy: actor("assistantDirector"),
        origin: "review",
        notice: { kind: "notified", on: date("2026-11-02"), at: new Date("2026-11-02T09:00:00Z") },
        customerReviewRequests: [],
      },
      review: { status: "none" },
      appeal: { status: "none" },
      reviewDue: date("2027-01-15"),
      appealBy: date("2026-11-30"),
    });
  });

  it("a decision not to tell binds from its moment, without its reason (5.2.6)", () => {
    const seen = frontlineEntry({ ...FULL, period: period({ notice: NOT_TOLD }) });
    expect(seen?.period?.notice).toEqual({ ...NOT_TOLD, reason: "" });
    const { decidedAt: _at, ...withoutInstant } = NOT_TOLD;
    const older = frontlineEntry({ ...FULL, period: period({ notice: withoutInstant }) });
    expect(older?.period?.notice).toEqual({ ...withoutInstant, reason: "" });
  });

  it("immediate action: no notice needed, all channels blocked as before", () => {
    const immediate = restrictedEntry({
      period: period({ origin: "immediate", notice: { kind: "notRequired" } }),
    });
    const seen = frontlineEntry(immediate);
    expect(seen?.period?.notice).toEqual({ kind: "notRequired" });
    expect(seen?.period?.origin).toBe("immediate");
  });

  it("an earlier release's period (no instant, no origin), told by date only", () => {
    const { decidedAt: _a, origin: _o, ...old } = FULL.period ?? period();
    const seen = frontlineEntry({
      ...restrictedEntry(),
      period: { ...old, notice: { kind: "notified", on: date("2026-11-02") } },
    });
    expect(seen?.period).not.toHaveProperty("decidedAt");
    expect(seen?.period).not.toHaveProperty("origin");
    expect(seen?.period?.notice).toEqual({ kind: "notified", on: date("2026-11-02") });
    expect(seen).not.toHaveProperty("spoc", undefined);
  });

  it("with no SPOC, deputy or summary recorded, shows none", () => {
    const { spoc: _s, deputy: _d, ...bare } = restrictedEntry();
    const seen = frontlineEntry(bare);
    expect(seen).not.toHaveProperty("spoc");
    expect(seen).not.toHaveProperty("deputy");
    expect(seen).not.toHaveProperty("termsSummary");
    expect(seen).not.toHaveProperty("reviewDue");
  });

  it("keeps a replaced period's notice as recorded, even one still pending (bad data)", () => {
    const seen = frontlineEntry(
      restrictedEntry({
        superseded: { terms: {}, period: period({ notice: { kind: "pending" } }) },
      }),
    );
    expect(seen?.superseded?.period.notice).toEqual({ kind: "pending" });
  });

  describe("a change not yet told", () => {
    const told = period({ number: 1, notice: { kind: "notified", on: date("2026-11-02") } });
    const change: RegisterEntry = restrictedEntry({
      terms: { allowedChannels: ["letter"] },
      termsSummary: "Letters only.",
      spoc: person("Chris Okafor"),
      period: period({ number: 2, start: date("2026-12-01"), notice: { kind: "pending" } }),
      superseded: {
        terms: { allowedChannels: ["email", "letter"] },
        termsSummary: "Email or letter.",
        period: told,
        spoc: person("Priya Shah"),
        deputy: person("Jordan Lee"),
      },
    });

    it("shows the terms the customer was told of, not the decision staff may not yet act on", () => {
      const seen = frontlineEntry(change);
      expect(seen?.terms).toEqual({ allowedChannels: ["email", "letter"] });
      expect(seen?.termsSummary).toBe("Email or letter.");
      expect(seen?.spoc).toEqual(person("Priya Shah"));
      expect(seen?.period?.number).toBe(1);
      expect(seen?.superseded).toBeUndefined();
    });

    it("with no summary or people recorded for them, shows none", () => {
      const bare = frontlineEntry({
        ...change,
        superseded: { terms: { allowedChannels: ["email"] }, period: told },
      });
      expect(bare).not.toHaveProperty("spoc");
      expect(bare).not.toHaveProperty("deputy");
      expect(bare).not.toHaveProperty("termsSummary");
    });

    it("once told, keeps the period it replaces while the new one has not started", () => {
      const toldChange = {
        ...change,
        period: {
          ...(change.period ?? told),
          notice: { kind: "notified", on: date("2026-11-20") },
        },
      } as RegisterEntry;
      const seen = frontlineEntry(toldChange);
      expect(seen?.superseded?.terms).toEqual({ allowedChannels: ["email", "letter"] });
      expect(seen?.superseded?.period.customerReviewRequests).toEqual([]);
    });
  });

  // The copy must give the same verdict as the register: never a false "not restricted".
  it.each([
    ["before the start", "2026-11-01T12:00:00Z"],
    ["on the first day", "2026-11-02T12:00:00Z"],
    ["in the middle", "2026-12-15T12:00:00Z"],
    ["on the last day", "2027-01-31T23:00:00Z"],
    ["after the end", "2027-02-01T00:30:00Z"],
  ])("restrictions apply %s exactly as on the register", (_when, at) => {
    const instant = new Date(at);
    const seen = frontlineEntry(FULL);
    if (!seen) throw new Error("not shown");
    expect(restrictionStatus(seen, instant, PORTSMOUTH_POLICY).kind).toBe(
      restrictionStatus(FULL, instant, PORTSMOUTH_POLICY).kind,
    );
  });
});
