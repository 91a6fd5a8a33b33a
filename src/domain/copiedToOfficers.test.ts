import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY, type PolicyConfig } from "./config";
import { evaluateContact } from "./contactEvaluation";
import { councilDomains, otherOfficers } from "./contactReasons";
import { parseTerms } from "./terms";
import { CUSTOMER, DEPUTY, SPOC, address, logged, restrictedEntry, unwrap } from "./testFixtures";
import type { ContactFacts, EmailAddress, RegisterEntry } from "./types";

// Item 1 of issue 10 (4.1 "scattergun", 5.2.3 "a named officer (or deputy in their absence)"):
// for a SPOC-only case, a message to the SPOC or deputy that also goes to other council
// officers is outside the terms, names them, and says only the SPOC replies.

const COLLEAGUE = address("housing.team@portsmouthcc.gov.uk");
const COUNCILLOR = address("cllr.jones@portsmouth.gov.uk");
const ADVISER = address("adviser@citizensadvice.example");
const REPRESENTATIVE = { name: "Ann Advocate", email: address("ann@advocacy.example.org") };

function message(to: readonly EmailAddress[], cc: readonly EmailAddress[] = []): ContactFacts {
  return { channel: "email", at: new Date("2026-11-24T10:30:00Z"), from: CUSTOMER, to, cc };
}

function judge(
  facts: ContactFacts,
  options: { terms?: unknown; entry?: Partial<RegisterEntry>; config?: PolicyConfig } = {},
) {
  return evaluateContact({
    entry: restrictedEntry({
      terms: unwrap(parseTerms(options.terms ?? { spocOnly: true })),
      representative: REPRESENTATIVE,
      ...options.entry,
    }),
    contacts: [],
    contact: facts,
    config: options.config ?? PORTSMOUTH_POLICY,
  });
}

const limited =
  "contact is limited to the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence).";

describe("a message to the SPOC that also goes to other council officers", () => {
  it.each<[string, EmailAddress[], EmailAddress[], string | undefined]>([
    [
      "copied to a colleague in the SPOC's domain",
      [SPOC.email],
      [COLLEAGUE],
      "housing.team@portsmouthcc.gov.uk",
    ],
    [
      "to the deputy and a colleague",
      [DEPUTY.email, COLLEAGUE],
      [],
      "housing.team@portsmouthcc.gov.uk",
    ],
    // portsmouth.gov.uk is the configured council domain (Portsmouth's default).
    [
      "copied to a councillor in the configured domain",
      [SPOC.email],
      [COUNCILLOR],
      "cllr.jones@portsmouth.gov.uk",
    ],
    [
      "copied to an officer in a subdomain",
      [SPOC.email],
      [address("a.b@housing.portsmouth.gov.uk")],
      "a.b@housing.portsmouth.gov.uk",
    ],
    [
      "copied to four officers",
      [SPOC.email, COLLEAGUE],
      [COUNCILLOR, address("x@portsmouthcc.gov.uk"), address("y@portsmouthcc.gov.uk")],
      "housing.team@portsmouthcc.gov.uk, cllr.jones@portsmouth.gov.uk, x@portsmouthcc.gov.uk and 1 more",
    ],
    ["to the SPOC and the deputy only", [SPOC.email], [DEPUTY.email], undefined],
    ["copied to an outside adviser", [SPOC.email], [ADVISER], undefined],
    ["copied to the customer themselves", [SPOC.email], [CUSTOMER], undefined],
    ["copied to the customer's representative", [SPOC.email], [REPRESENTATIVE.email], undefined],
    ["to the SPOC alone", [SPOC.email], [], undefined],
  ])("%s", (_label, to, cc, others) => {
    const verdict = judge(message(to, cc));
    if (others === undefined) {
      expect(verdict).toMatchObject({ kind: "withinTerms", reasons: [] });
      return;
    }
    expect(verdict.kind).toBe("outsideTerms");
    expect(verdict.reasons).toEqual([
      {
        code: "copiedToOthers",
        message: `Also sent to other council officers: ${others}; ${limited}`,
      },
    ]);
  });

  it("advises that only the SPOC replies, to the customer alone, and that the log records it", () => {
    expect(judge(message([SPOC.email], [COLLEAGUE])).advice).toEqual([
      "Only the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence), replies: to the customer alone, not to all.",
      "Other officers it was sent to: do not reply; leave it to the SPOC.",
      "Log this contact.",
    ]);
  });

  it("gives the general advice when another rule is broken too, and lists both reasons", () => {
    const withEarlier = evaluateContact({
      entry: restrictedEntry({
        terms: unwrap(parseTerms({ spocOnly: true, volumes: [{ max: 1, per: "week" }] })),
      }),
      contacts: [logged("2026-11-23T09:00:00Z")],
      contact: message([SPOC.email], [COLLEAGUE]),
      config: PORTSMOUTH_POLICY,
    });
    expect(withEarlier.reasons.map((r) => r.code)).toEqual(["overVolume", "copiedToOthers"]);
    expect(withEarlier.advice[0]).toBe("Do not reply to contact outside the terms: file it.");
  });

  it("is not judged when contact is not limited to the SPOC", () => {
    const verdict = judge(message([SPOC.email], [COLLEAGUE]), {
      terms: { contactWindows: [{ days: [1, 2, 3, 4, 5], from: "09:00", to: "17:00" }] },
    });
    expect(verdict).toMatchObject({ kind: "withinTerms", reasons: [] });
  });

  it("is not judged when no SPOC is recorded (the pane says to tell the helpdesk manager)", () => {
    const verdict = judge(message([COLLEAGUE], [COUNCILLOR]), {
      entry: { spoc: undefined, deputy: undefined },
    });
    expect(verdict.reasons).toEqual([]);
  });

  it("is the SPOC rule, not this one, when the SPOC is not among the recipients", () => {
    const verdict = judge(message([COLLEAGUE], [COUNCILLOR]));
    expect(verdict.reasons.map((r) => r.code)).toEqual(["notToSpoc"]);
  });

  it("knows the council's domains from configuration as well as from the SPOC and deputy", () => {
    const config: PolicyConfig = {
      ...PORTSMOUTH_POLICY,
      councilDomains: ["Bücher.example", "not a domain"],
    };
    const entry = restrictedEntry({
      spoc: SPOC,
      deputy: { ...DEPUTY, email: address("jl@other.gov.uk") },
    });
    expect(councilDomains(config, entry)).toEqual([
      "xn--bcher-kva.example",
      "portsmouthcc.gov.uk",
      "other.gov.uk",
    ]);
    const unicodeOfficer = address("jürgen@bücher.example");
    expect(otherOfficers(entry, message([SPOC.email], [unicodeOfficer, ADVISER]), config)).toEqual([
      "jürgen@xn--bcher-kva.example",
    ]);
  });
});
