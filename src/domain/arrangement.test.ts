import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { evaluateContact } from "./contactEvaluation";
import { openCase } from "./lifecycleStepOne";
import { parseTerms } from "./terms";
import { DEPUTY, address, date, emailAt, logged, restrictedEntry, unwrap } from "./testFixtures";
import { OPEN_CASE, SERVICE_MANAGER, applied, confirmed, noonOn, opened } from "./testScenario";
import type {
  AgreedArrangement,
  CaseRecord,
  Channel,
  ContactFacts,
  LoggedContact,
  RegisterEntry,
  RestrictionTerms,
} from "./types";
import { allowanceUsage } from "./volumeUsage";

// Item 4 of issue 10 (5.1): the arrangement agreed at step one is recorded as terms, and every
// contact while it is monitored gets a verdict against it.

const ARRANGEMENT_TERMS: RestrictionTerms = {
  volumes: [{ max: 1, per: "fortnight", channels: ["email"] }],
  spocOnly: true,
  contactWindows: [{ days: [1, 2, 3, 4, 5], from: "09:00" as never, to: "17:00" as never }],
};

/** Monitored since Wednesday 4 November 2026 (agreement recorded that day). */
function monitoredEntry(terms: RestrictionTerms = ARRANGEMENT_TERMS): RegisterEntry {
  const arrangement: AgreedArrangement = {
    terms: unwrap(parseTerms(terms)),
    summary: "At most 1 email a fortnight. Only with the SPOC, Priya Shah.",
    agreedOn: date("2026-11-04"),
  };
  return restrictedEntry({ stage: "monitoring", terms: undefined, period: undefined, arrangement });
}

const email = emailAt;

function judge(
  facts: ContactFacts,
  contacts: readonly LoggedContact[] = [],
  entry = monitoredEntry(),
) {
  return evaluateContact({ entry, contacts, contact: facts, config: PORTSMOUTH_POLICY });
}

describe("raising a concern with the arrangement as terms", () => {
  it("keeps the terms and writes them out in words for the case file", () => {
    const record = unwrap(
      openCase(
        { ...OPEN_CASE, proposedArrangement: "", proposedTerms: ARRANGEMENT_TERMS },
        SERVICE_MANAGER,
        noonOn("2026-10-01"),
        PORTSMOUTH_POLICY,
      ),
    ).record;
    expect(record.file.stepOne).toMatchObject({
      proposedTerms: ARRANGEMENT_TERMS,
      proposedArrangement:
        "Only Monday to Friday, 09:00 to 17:00 (UK time). At most 1 email a fortnight (fortnights run in two-week blocks from the week the arrangement is agreed). Only with the SPOC, Priya Shah.",
    });
  });

  it("keeps words the manager gave as well", () => {
    const record = unwrap(
      openCase(
        {
          ...OPEN_CASE,
          proposedArrangement: "One email a fortnight to Priya.",
          proposedTerms: { spocOnly: true },
        },
        SERVICE_MANAGER,
        noonOn("2026-10-01"),
        PORTSMOUTH_POLICY,
      ),
    ).record;
    expect(record.file.stepOne?.proposedArrangement).toBe("One email a fortnight to Priya.");
  });

  it.each([
    [{ proposedTerms: {} }, "The arrangement says nothing"],
    [{ proposedTerms: { extreme: { blockedChannels: ["phone"] } } }, "only restrictions can"],
    [{ proposedTerms: { spocOnly: true }, proposedSpoc: undefined }, "Name the proposed SPOC"],
    [{ proposedTerms: undefined, proposedArrangement: " " }, "Describe the way forward"],
    [{ proposedTerms: { spocOnly: true }, proposedArrangement: "x".repeat(4001) }, "4000"],
  ])("refuses %j, saying why", (change, why) => {
    const result = openCase(
      { ...OPEN_CASE, ...change } as never,
      SERVICE_MANAGER,
      noonOn("2026-10-01"),
      PORTSMOUTH_POLICY,
    );
    expect(!result.ok && result.error.message).toContain(why);
  });
});

describe("recording the customer's agreement", () => {
  function agreedWith(terms: RestrictionTerms | undefined): CaseRecord {
    const base = confirmed();
    const stepOne = base.file.stepOne;
    if (!stepOne) throw new Error("no step one");
    const withTerms: CaseRecord = {
      entry: { ...base.entry, deputy: DEPUTY },
      file: { ...base.file, stepOne: { ...stepOne, ...(terms ? { proposedTerms: terms } : {}) } },
    };
    return applied(
      withTerms,
      { kind: "recordAgreement", agreed: true },
      SERVICE_MANAGER,
      "2026-10-09",
    ).record;
  }

  it("puts the agreed arrangement on the register, in words with the SPOC and deputy", () => {
    const record = agreedWith({ spocOnly: true, volumes: [{ max: 1, per: "week" }] });
    expect(record.entry.stage).toBe("monitoring");
    expect(record.entry.arrangement).toEqual({
      terms: { spocOnly: true, volumes: [{ max: 1, per: "week" }] },
      summary:
        "At most 1 contact a week (weeks start on Monday). Only with the SPOC, Priya Shah, or the deputy, Jordan Lee, in their absence.",
      agreedOn: "2026-10-09",
    });
  });

  it("counts fortnights from the week of the agreement, and says so", () => {
    const record = agreedWith({ volumes: [{ max: 1, per: "fortnight" }] });
    expect(record.entry.arrangement?.summary).toBe(
      "At most 1 contact a fortnight (fortnights run in two-week blocks from Monday 5 October 2026).",
    );
  });

  it("leaves an arrangement recorded in words only off the register: it cannot be checked", () => {
    expect(agreedWith(undefined).entry.arrangement).toBeUndefined();
    expect(opened().file.stepOne?.proposedTerms).toBeUndefined();
  });

  it("does not put it on the register when the customer did not agree", () => {
    const record = applied(
      confirmed(),
      { kind: "recordAgreement", agreed: false },
      SERVICE_MANAGER,
      "2026-10-09",
    ).record;
    expect(record.entry.arrangement).toBeUndefined();
  });
});

describe("contact while the arrangement is monitored (5.1)", () => {
  it("is within the arrangement when it keeps to it", () => {
    expect(judge(email("2026-11-05T10:00:00Z"))).toEqual({
      kind: "withinArrangement",
      reasons: [],
      advice: [
        "Within the arrangement agreed with the customer at step one (5.1): deal with it as normal.",
        "Under the arrangement, the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence), deals with this customer.",
        "Log this contact.",
      ],
    });
  });

  it.each<[string, Partial<ContactFacts>, string, string]>([
    [
      "outside the agreed hours",
      { at: new Date("2026-11-05T18:30:00Z") },
      "outsideContactWindow",
      "Received Thursday 18:30 (UK time); the agreed arrangement is contact Monday to Friday, 09:00–17:00.",
    ],
    [
      "not to the SPOC",
      { to: [address("repairs@portsmouthcc.gov.uk")] },
      "notToSpoc",
      "Sent to repairs@portsmouthcc.gov.uk, not to the SPOC, Priya Shah, or the deputy, Jordan Lee.",
    ],
    [
      "copied to other officers",
      { cc: [address("repairs@portsmouthcc.gov.uk")] },
      "copiedToOthers",
      "Also sent to other council officers: repairs@portsmouthcc.gov.uk; the agreed arrangement is contact with the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence), only.",
    ],
  ])("is outside it when sent %s, and says why", (_label, change, code, message) => {
    const verdict = judge({ ...email("2026-11-05T10:00:00Z"), ...change });
    expect(verdict.kind).toBe("outsideArrangement");
    expect(verdict.reasons).toEqual([{ code, message }]);
    expect(verdict.advice[0]).toBe(
      "Outside the arrangement agreed at step one (5.1): the customer is not restricted, so deal with it as normal.",
    );
    expect(verdict.advice).toContain("Log this contact.");
    expect(verdict.advice).toContain(
      "The log is the monitoring evidence: if the behaviour continues, the manager can refer the case (5.2.1).",
    );
  });

  it("says to pass it to the SPOC when that is all that is wrong", () => {
    const verdict = judge({
      ...email("2026-11-05T10:00:00Z"),
      to: [address("x@portsmouthcc.gov.uk")],
    });
    expect(verdict.advice[1]).toBe(
      "Pass it to the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence).",
    );
    const copied = judge({
      ...email("2026-11-05T10:00:00Z"),
      cc: [address("x@portsmouthcc.gov.uk")],
    });
    expect(copied.advice[1]).toBe(
      "Leave the reply to the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence): do not reply to all.",
    );
  });

  it.each<[Channel, string]>([
    ["letter", "withinArrangement"],
    ["phone", "withinArrangement"],
  ])("judges a %s too (no recipients, so the SPOC rule cannot be checked)", (channel, kind) => {
    expect(judge({ ...email("2026-11-05T10:00:00Z"), channel, to: [] }).kind).toBe(kind);
  });

  it.each([
    // Agreed on Wednesday 4 November: fortnights run from Monday 2 November, and only contact
    // from the start of the 4th counts, even in that first, partial fortnight.
    [["2026-11-03T10:00:00Z"], "2026-11-05T10:00:00Z", "withinArrangement"],
    [["2026-11-04T00:00:00Z"], "2026-11-05T10:00:00Z", "outsideArrangement"],
    [["2026-11-13T10:00:00Z"], "2026-11-16T10:00:00Z", "withinArrangement"],
  ])("with %j logged, an email at %s is %s (one email a fortnight)", (earlier, at, kind) => {
    const contacts = earlier.map((c) => logged(c));
    expect(judge(email(at), contacts).kind).toBe(kind);
  });

  it("words an allowance as the arrangement, and says what was left out", () => {
    const verdict = judge(email("2026-11-05T10:00:00Z"), [
      logged("2026-11-03T10:00:00Z"),
      logged("2026-11-04T10:00:00Z"),
    ]);
    expect(verdict.reasons).toEqual([
      {
        code: "overVolume",
        message:
          "This is email 2 this fortnight; the agreed arrangement is 1 a fortnight (fortnight beginning Monday 2 November 2026). Contact before Wednesday 4 November 2026, when the arrangement was agreed, does not count.",
      },
    ]);
  });

  it.each([
    // The arrangement binds from the start of the day it was agreed, in UK time.
    ["2026-11-03T23:59:00Z", "notRestricted"],
    ["2026-11-04T00:00:00Z", "withinArrangement"],
  ])("a contact at %s is %s", (at, kind) => {
    expect(judge(email(at), [], monitoredEntry({ allowedChannels: ["email"] })).kind).toBe(kind);
  });

  it("binds from the start of the agreed day in summer time too", () => {
    const entry = monitoredEntry({ allowedChannels: ["letter"] });
    const summer = {
      ...entry,
      arrangement: { ...entry.arrangement, agreedOn: date("2026-07-01") },
    };
    const at = (iso: string) => judge(email(iso), [], summer as RegisterEntry).kind;
    expect(at("2026-06-30T22:59:00Z")).toBe("notRestricted");
    expect(at("2026-06-30T23:00:00Z")).toBe("outsideArrangement");
  });

  it("lists conditions in words as not checked", () => {
    const entry = monitoredEntry({ otherConditions: ["One issue per email"] });
    expect(judge(email("2026-11-05T10:00:00Z"), [], entry).advice).toEqual([
      "Within the arrangement agreed with the customer at step one (5.1): deal with it as normal.",
      "Not checked by the add-in, so check this contact yourself against: One issue per email.",
      "Log this contact.",
    ]);
  });

  it("is not judged against an arrangement recorded in words only", () => {
    const { arrangement: _dropped, ...inWordsOnly } = monitoredEntry();
    expect(judge(email("2026-11-05T10:00:00Z"), [], inWordsOnly).kind).toBe("notRestricted");
  });

  it.each(["referred", "assessed", "closed"] as const)(
    "is not judged against the arrangement once the case is %s",
    (stage) => {
      expect(judge(email("2026-11-05T18:30:00Z"), [], { ...monitoredEntry(), stage }).kind).toBe(
        "notRestricted",
      );
    },
  );

  it("counts the arrangement's allowance for the pane, from the day it was agreed", () => {
    const usage = allowanceUsage({
      entry: monitoredEntry(),
      contacts: [logged("2026-11-03T10:00:00Z"), logged("2026-11-05T10:00:00Z")],
      at: new Date("2026-11-06T10:00:00Z"),
      config: PORTSMOUTH_POLICY,
    });
    expect(usage.map((u) => [u.used, u.max, u.period.label])).toEqual([
      [1, 1, "fortnight beginning Monday 2 November 2026"],
    ]);
  });
});
