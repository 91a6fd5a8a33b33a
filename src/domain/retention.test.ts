import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY, parsePolicyConfig } from "./config";
import { availableCommands } from "./lifecycle";
import {
  HOLD_PLACED,
  HOLD_RELEASED,
  openSubjectAccess,
  retentionBasis,
  retentionState,
  SAR_CLOSED,
  SAR_EXPORTED,
  SAR_OPENED,
} from "./retention";
import { date, unwrap } from "./testFixtures";
import {
  AD,
  BY_LETTER,
  DIRECTOR,
  HELPDESK,
  SERVICE_MANAGER,
  SOLICITOR,
  apply,
  applied,
  assessed,
  confirmed,
  monitored,
  noonOn,
  referred,
  restricted,
} from "./testScenario";
import type { Actor, CaseEvent, CaseRecord } from "./types";
import { UNTIL_FURTHER_NOTICE } from "./wording";

const close = (
  record: CaseRecord,
  by: Actor,
  day: string,
  outcome?: "resolved" | "notUnreasonable" | "withdrawn",
): CaseRecord =>
  applied(
    record,
    { kind: "closeCase", reasons: "As recorded.", ...(outcome ? { outcome } : {}) },
    by,
    day,
  ).record;

const appealed = (): CaseRecord =>
  applied(
    restricted(),
    {
      kind: "lodgeAppeal",
      lodgedOn: date("2026-11-20"),
      grounds: "Unfair",
      receivedVia: BY_LETTER,
    },
    HELPDESK,
    "2026-11-20",
  ).record;

const reviewing = (): CaseRecord =>
  applied(restricted(), { kind: "startReview", grounds: "Better now." }, HELPDESK, "2026-11-10")
    .record;

const immediateUntil = (until?: string): CaseRecord =>
  applied(
    confirmed(),
    {
      kind: "takeImmediateAction",
      behaviour: "Threatened an officer.",
      actions: ["refuseToEngage"],
      reasons: "Risk to staff.",
      reviewOn: date("2026-12-01"),
      ...(until ? { until: date(until) } : {}),
    },
    AD,
    "2026-11-03",
  ).record;

// Every way a case can end, and the last day its file is kept (section 6; closed without
// restrictions: closedRetentionYears, 6 by default).
describe("every way a case ends gets a retain-until date", () => {
  it.each<[string, () => CaseRecord, string, string, string]>([
    [
      "closed at step one (resolved)",
      () => close(confirmed(), SERVICE_MANAGER, "2026-10-05"),
      "closed",
      "closedWithoutRestrictions",
      "2032-10-05",
    ],
    [
      "closed while monitored",
      () => close(monitored(), SERVICE_MANAGER, "2027-01-10"),
      "closed",
      "closedWithoutRestrictions",
      "2033-01-10",
    ],
    [
      "assessed as not unreasonable",
      () =>
        applied(
          referred(),
          {
            kind: "assess",
            consulted: [
              { ...AD, on: date("2026-10-15") },
              { ...SERVICE_MANAGER, on: date("2026-10-16") },
            ],
            unreasonable: false,
            restrictionsNeeded: false,
            reasons: "Persistent but reasonable.",
          },
          HELPDESK,
          "2026-10-20",
        ).record,
      "closed",
      "closedWithoutRestrictions",
      "2032-10-20",
    ],
    [
      "referral withdrawn",
      () => close(referred(), HELPDESK, "2026-10-14", "withdrawn"),
      "closed",
      "closedWithoutRestrictions",
      "2032-10-14",
    ],
    [
      "closed after assessment: restrictions no longer needed",
      () => close(assessed(), AD, "2026-10-25", "notUnreasonable"),
      "closed",
      "closedWithoutRestrictions",
      "2032-10-25",
    ],
    [
      "restrictions expired (recorded)",
      () => applied(restricted(), { kind: "expire" }, HELPDESK, "2027-02-03").record,
      "ended",
      "restrictionsEnded",
      "2033-01-31",
    ],
    [
      "restrictions removed on review",
      () =>
        applied(
          reviewing(),
          {
            kind: "decideReview",
            consulted: [AD],
            outcome: { kind: "remove" },
            reasons: "Better.",
          },
          HELPDESK,
          "2026-11-12",
        ).record,
      "ended",
      "restrictionsEnded",
      "2032-11-12",
    ],
    [
      "restrictions removed on appeal",
      () => {
        const passed = applied(
          appealed(),
          { kind: "passAppeal", information: ["Appeal letter"] },
          HELPDESK,
          "2026-11-21",
        ).record;
        return applied(
          passed,
          { kind: "decideAppeal", outcome: { kind: "removed" }, reasons: "Disproportionate." },
          DIRECTOR,
          "2026-11-25",
        ).record;
      },
      "ended",
      "restrictionsEnded",
      "2032-11-25",
    ],
    [
      "restrictions ran out, expiry never recorded",
      () => restricted(),
      "restricted",
      "expiryNotRecorded",
      "2033-01-31",
    ],
    [
      "immediate action with a last day that has passed, never recorded",
      () => immediateUntil("2026-12-31"),
      "restricted",
      "expiryNotRecorded",
      "2032-12-31",
    ],
  ])("%s", (_name, make, stage, rule, until) => {
    const record = make();
    expect(record.entry.stage).toBe(stage);
    const basis = retentionBasis(record.entry, date("2027-06-01"), PORTSMOUTH_POLICY);
    expect(basis).toMatchObject({ rule, until });
    if (stage !== "restricted") expect(record.entry.retainUntil).toBe(until);
  });

  it.each<[string, () => CaseRecord]>([
    ["at step one", confirmed],
    ["monitored", monitored],
    ["referred", referred],
    ["assessed", assessed],
    ["under restrictions, period not over", restricted],
    ["immediate action until further notice", () => immediateUntil()],
  ])("a case still open has no date yet: %s", (_name, make) => {
    const record = make();
    expect(retentionBasis(record.entry, date("2027-01-31"), PORTSMOUTH_POLICY)).toBeUndefined();
    if (record.entry.period?.origin === "immediate") {
      expect(record.entry.period.end).toBe(UNTIL_FURTHER_NOTICE);
      expect(retentionBasis(record.entry, date("2040-01-01"), PORTSMOUTH_POLICY)).toBeUndefined();
    }
  });

  it("uses the configured period for cases closed without restrictions", () => {
    const config = unwrap(parsePolicyConfig({ closedRetentionYears: 2 }));
    const record = unwrap(
      apply(
        confirmed(),
        { kind: "closeCase", reasons: "Resolved." },
        SERVICE_MANAGER,
        "2026-10-05",
      ),
    ).record;
    expect(record.entry.retainUntil).toBe("2032-10-05");
    const closedUnder = applied(
      referred(),
      { kind: "closeCase", reasons: "x" },
      HELPDESK,
      "2026-10-14",
    );
    expect(closedUnder.events[0]?.detail).toMatchObject({
      outcome: "resolved",
      closedFrom: "referred",
    });
    expect(
      retentionBasis({ ...record.entry, retainUntil: undefined }, date("2027-01-01"), config),
    ).toMatchObject({ until: "2028-10-05" });
    expect(parsePolicyConfig({ closedRetentionYears: 0 }).ok).toBe(false);
  });

  it("an ended case recorded without its dates has no date to judge by", () => {
    const ended = applied(restricted(), { kind: "expire" }, HELPDESK, "2027-02-03").record.entry;
    const { endedOn: _e, period: _p, ...bare } = ended;
    expect(retentionBasis(bare, date("2040-01-01"), PORTSMOUTH_POLICY)).toBeUndefined();
    const closed = close(confirmed(), SERVICE_MANAGER, "2026-10-05").entry;
    const { closedOn: _c, ...noDate } = closed;
    expect(retentionBasis(noDate, date("2040-01-01"), PORTSMOUTH_POLICY)).toBeUndefined();
  });
});

describe("closing a case at referral or assessment", () => {
  it.each<[string, () => CaseRecord, Actor, boolean]>([
    ["referred, the city helpdesk manager", referred, HELPDESK, true],
    ["referred, the assistant director", referred, AD, false],
    ["referred, the service manager who referred it", referred, SERVICE_MANAGER, false],
    ["assessed, the city helpdesk manager", assessed, HELPDESK, true],
    ["assessed, the assistant director", assessed, AD, true],
    ["assessed, the City Solicitor", assessed, SOLICITOR, true],
    ["assessed, the service manager", assessed, SERVICE_MANAGER, false],
    ["assessed, the director", assessed, DIRECTOR, false],
    ["at step one, the service manager", confirmed, SERVICE_MANAGER, true],
  ])("%s: may close %s", (_name, make, by, allowed) => {
    const record = make();
    const offered = availableCommands(record, by, noonOn("2026-10-25"), PORTSMOUTH_POLICY);
    expect(offered.includes("closeCase")).toBe(allowed);
    const result = apply(record, { kind: "closeCase", reasons: "Withdrawn." }, by, "2026-10-25");
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.error.code).toBe("wrongRole");
  });

  it("is refused under restrictions: they end by expiry, review or appeal", () => {
    const result = apply(restricted(), { kind: "closeCase", reasons: "x" }, HELPDESK, "2026-11-05");
    expect(!result.ok && result.error.code).toBe("wrongStage");
  });

  it("needs reasons", () => {
    const result = apply(referred(), { kind: "closeCase", reasons: "  " }, HELPDESK, "2026-10-14");
    expect(result.ok).toBe(false);
  });
});

const event = (action: string, day: string, detail: Record<string, unknown> = {}): CaseEvent => ({
  at: noonOn(day),
  actor: HELPDESK,
  action,
  summary: action,
  detail,
});

describe("retentionState", () => {
  const ended = applied(restricted(), { kind: "expire" }, HELPDESK, "2027-02-03").record.entry;
  // Kept until 31 January 2033: due from 1 February 2033.
  const state = (events: readonly CaseEvent[], today: string) =>
    retentionState(ended, events, date(today), PORTSMOUTH_POLICY);

  it.each<[string, readonly CaseEvent[], string, string]>([
    ["on its last day it is kept", [], "2033-01-31", "keptUntil"],
    ["the day after, due", [], "2033-02-01", "due"],
    [
      "a hold stops it",
      [event(HOLD_PLACED, "2030-01-01", { reason: "Claim" })],
      "2040-01-01",
      "held",
    ],
    [
      "a released hold does not",
      [event(HOLD_PLACED, "2030-01-01"), event(HOLD_RELEASED, "2031-01-01")],
      "2040-01-01",
      "due",
    ],
    ["an open request stops it", [event(SAR_OPENED, "2033-01-20")], "2040-01-01", "sarOpen"],
    [
      "a closed request keeps the SAR log two years",
      [event(SAR_OPENED, "2033-01-20"), event(SAR_CLOSED, "2033-02-10")],
      "2035-02-10",
      "keptForSarLog",
    ],
    [
      "…then it is due",
      [event(SAR_OPENED, "2033-01-20"), event(SAR_CLOSED, "2033-02-10")],
      "2035-02-11",
      "due",
    ],
    [
      "an export alone stops it for a month",
      [event(SAR_EXPORTED, "2033-02-01")],
      "2033-03-01",
      "sarOpen",
    ],
    [
      "…and is then only the SAR log",
      [event(SAR_EXPORTED, "2033-02-01")],
      "2033-03-02",
      "keptForSarLog",
    ],
  ])("%s", (_name, events, today, kind) => {
    expect(state(events, today).kind).toBe(kind);
  });

  it("events are read in time order, whatever order they arrive in", () => {
    const events = [
      event(HOLD_RELEASED, "2031-01-01"),
      event(HOLD_PLACED, "2030-01-01", { reason: "x" }),
    ];
    expect(state(events, "2040-01-01").kind).toBe("due");
    const sar = [event(SAR_CLOSED, "2033-02-10"), event(SAR_OPENED, "2033-01-20")];
    expect(openSubjectAccess(sar, date("2033-02-05"), PORTSMOUTH_POLICY)).toBeUndefined();
  });

  it("a hold's reason and date, and the basis, are reported", () => {
    const s = state([event(HOLD_PLACED, "2030-01-01", { reason: "Claim" })], "2040-01-01");
    expect(s).toEqual({
      kind: "held",
      since: "2030-01-01",
      reason: "Claim",
      basis: { rule: "restrictionsEnded", from: "2027-01-31", until: "2033-01-31" },
    });
    const noReason = state([event(HOLD_PLACED, "2030-01-01", { reason: 7 })], "2040-01-01");
    expect(noReason).toMatchObject({ kind: "held", reason: "" });
  });

  it("a forgotten expiry is never destroyed before it is recorded", () => {
    const s = retentionState(restricted().entry, [], date("2040-01-01"), PORTSMOUTH_POLICY);
    expect(s).toMatchObject({ kind: "recordExpiryFirst", basis: { until: "2033-01-31" } });
  });

  it("a case not ended has no date, a hold still shows", () => {
    const open = confirmed().entry;
    expect(retentionState(open, [], date("2040-01-01"), PORTSMOUTH_POLICY)).toEqual({
      kind: "notEnded",
    });
    const held = retentionState(
      open,
      [event(HOLD_PLACED, "2030-01-01", { reason: "x" })],
      date("2040-01-01"),
      PORTSMOUTH_POLICY,
    );
    expect(held).toEqual({ kind: "held", since: "2030-01-01", reason: "x" });
  });
});
