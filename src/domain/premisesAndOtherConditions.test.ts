import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { evaluateContact } from "./contactEvaluation";
import { hasRestrictions, parseArrangementTerms, parseTerms } from "./terms";
import {
  describeTerms,
  describeTermsBriefly,
  describeTermsToCustomer,
  summariseTerms,
} from "./termsDescription";
import { CUSTOMER, SPOC, period, restrictedEntry, unwrap } from "./testFixtures";
import type { Channel, ContactFacts, RegisterEntry } from "./types";

// Item 3 of issue 10: a visit in person from a customer whose access to council premises is
// restricted (5.2.5) is judged against that term; conditions in the decider's own words (5.2.3:
// the options are "not prescribed or limited") are shown and never checked.

const PREMISES = "No visits to the Civic Offices; meetings only by appointment elsewhere.";
const FILED_STILL_READ =
  "Filed contact is still read for significant new information or safeguarding concerns.";

function contact(channel: Channel, at = "2026-11-24T10:30:00Z"): ContactFacts {
  return {
    channel,
    at: new Date(at),
    from: CUSTOMER,
    to: channel === "email" ? [SPOC.email] : [],
    cc: [],
  };
}

function judge(terms: unknown, facts: ContactFacts, entry: Partial<RegisterEntry> = {}) {
  return evaluateContact({
    entry: restrictedEntry({ terms: unwrap(parseTerms(terms)), ...entry }),
    contacts: [],
    contact: facts,
    config: PORTSMOUTH_POLICY,
  });
}

describe("a visit while access to council premises is restricted (5.2.5)", () => {
  const barred = { extreme: { blockedChannels: [], premisesRestriction: PREMISES } };

  it("is blocked, quoting the restriction, with what to do and who to tell", () => {
    expect(judge(barred, contact("inPerson"))).toEqual({
      kind: "blocked",
      reasons: [
        {
          code: "premisesRestricted",
          message:
            "A visit in person, but this customer's access to council premises is restricted (5.2.5): No visits to the Civic Offices; meetings only by appointment elsewhere.",
        },
      ],
      advice: [
        "Do not deal with the visit beyond what safety requires: the customer's access to council premises is restricted.",
        "If they will not leave, or anyone feels unsafe, call the duty manager or security; in an emergency call 999.",
        "Log this contact.",
        "Tell the SPOC, Priya Shah, and the city helpdesk manager.",
      ],
    });
  });

  it("tells the helpdesk manager when there is no SPOC", () => {
    const verdict = judge(barred, contact("inPerson"), { spoc: undefined });
    expect(verdict.advice[3]).toBe("Tell the city helpdesk manager.");
  });

  it.each<Channel>(["email", "phone", "letter", "webForm", "socialMedia"])(
    "does not apply to contact %s",
    (channel) => {
      expect(judge(barred, contact(channel)).kind).toBe("withinTerms");
    },
  );

  it.each([
    // Restrictions from Monday 2 November 2026: a visit the day before is not judged.
    ["2026-11-01T23:59:00Z", "notRestricted"],
    ["2026-11-02T00:00:00Z", "blocked"],
    // The last day, 31 January 2027, is included.
    ["2027-01-31T23:59:00Z", "blocked"],
    ["2027-02-01T00:00:00Z", "notRestricted"],
  ])("a visit at %s is %s", (at, kind) => {
    expect(judge(barred, contact("inPerson", at), { period: period() }).kind).toBe(kind);
  });

  it("still lists every other rule a visit breaks", () => {
    const verdict = judge({ ...barred, allowedChannels: ["letter"] }, contact("inPerson"));
    expect(verdict.kind).toBe("blocked");
    expect(verdict.reasons.map((r) => r.code)).toEqual(["premisesRestricted", "channelNotAllowed"]);
  });
});

describe("conditions in the decider's own words (5.2.3)", () => {
  const terms = {
    volumes: [{ max: 2, per: "week" }],
    otherConditions: ["Do not record calls without agreement.", "Raise one issue per message"],
  };

  it("are read and kept, trimmed, from the Terms JSON", () => {
    expect(unwrap(parseTerms({ otherConditions: ["  Be civil to staff.  "] }))).toEqual({
      otherConditions: ["Be civil to staff."],
    });
  });

  it.each([
    [[], "must be a non-empty list"],
    [[""], "otherConditions[0] must be non-empty text of at most 500 characters"],
    [["x".repeat(501)], "must be non-empty text of at most 500 characters"],
    [["Same", "Same"], "without repeats"],
    [Array.from({ length: 11 }, (_x, i) => `Condition ${i}`), "at most 10 conditions"],
  ])("refuses %j, saying why", (otherConditions, why) => {
    const parsed = parseTerms({ otherConditions });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toContain(why);
  });

  it("restrict something on their own, so they can be imposed alone", () => {
    expect(hasRestrictions({ otherConditions: ["Be civil to staff."] })).toBe(true);
  });

  it("never change the verdict, and the advice says to check them by hand", () => {
    const verdict = judge(terms, contact("email"));
    expect(verdict).toEqual({
      kind: "withinTerms",
      reasons: [],
      advice: [
        "Not checked by the add-in, so check this contact yourself against: Do not record calls without agreement; Raise one issue per message.",
        "Log this contact.",
      ],
    });
    const outside = judge({ ...terms, allowedChannels: ["letter"] }, contact("email"));
    expect(outside.advice).toEqual([
      "Do not reply to contact outside the terms: file it.",
      "Log this contact.",
      "Not checked by the add-in, so check this contact yourself against: Do not record calls without agreement; Raise one issue per message.",
      FILED_STILL_READ,
    ]);
  });

  it("are shown to staff as not checked, and to the customer as conditions", () => {
    const parsed = unwrap(parseTerms(terms));
    expect(describeTerms(parsed, {}, PORTSMOUTH_POLICY)).toEqual([
      "At most 2 contacts a week (weeks start on Monday).",
      "Other condition, not checked by the add-in: Do not record calls without agreement.",
      "Other condition, not checked by the add-in: Raise one issue per message.",
    ]);
    expect(describeTermsToCustomer(parsed, {}, PORTSMOUTH_POLICY)).toEqual([
      "Your contact with the council is limited to 2 contacts a week (weeks start on Monday).",
      "Do not record calls without agreement.",
      "Raise one issue per message.",
    ]);
    expect(summariseTerms(parsed, {}, PORTSMOUTH_POLICY)).toContain(
      "Other condition, not checked by the add-in: Raise one issue per message.",
    );
  });
});

describe("the terms in a few words (Outlook's one-line notice)", () => {
  it.each<[unknown, readonly string[]]>([
    [{ allowedChannels: ["letter"] }, ["by letter only"]],
    [
      { contactWindows: [{ days: [2, 4], from: "10:00", to: "12:00" }] },
      ["Tuesday and Thursday, 10:00–12:00"],
    ],
    [{ volumes: [{ max: 1, per: "week", channels: ["email"] }] }, ["1 email a week"]],
    [
      { volumes: [{ max: 3, per: "fortnight", channels: ["email", "phone"] }] },
      ["3 contacts a fortnight"],
    ],
    [
      {
        volumes: [
          { max: 4, per: "month" },
          { max: 1, per: "day" },
        ],
      },
      ["4 contacts a month", "1 contact a day"],
    ],
    [{ spocOnly: true }, ["SPOC only"]],
    [
      { significantQueriesOnly: true, newIssuesOnly: true },
      ["significant queries only", "new issues only"],
    ],
    [
      { extreme: { blockedChannels: ["phone", "email"], premisesRestriction: "No visits." } },
      ["telephone and email blocked", "premises restricted"],
    ],
    [{ otherConditions: ["A"] }, ["1 other condition, not checked"]],
    [{ otherConditions: ["A", "B"] }, ["2 other conditions, not checked"]],
    [{}, []],
  ])("%j reads %j", (terms, brief) => {
    expect(describeTermsBriefly(unwrap(parseTerms(terms)))).toEqual(brief);
  });
});

describe("an arrangement proposed at step one (5.1)", () => {
  it("is read like terms", () => {
    expect(
      unwrap(parseArrangementTerms({ spocOnly: true, volumes: [{ max: 1, per: "week" }] })),
    ).toEqual({
      spocOnly: true,
      volumes: [{ max: 1, per: "week" }],
    });
  });

  it.each([
    [{ extreme: { blockedChannels: ["phone"] } }, "only restrictions can (5.2.5)"],
    [{}, "The arrangement says nothing"],
    ["{", "not valid JSON"],
  ])("refuses %j", (json, why) => {
    const parsed = parseArrangementTerms(json);
    expect(!parsed.ok && parsed.error.message).toContain(why);
  });
});
