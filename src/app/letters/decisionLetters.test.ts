import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { AD, DIRECTOR, HELPDESK, assessed, referred, restricted } from "../../domain/testScenario";
import { DEPUTY, SPOC, date } from "../../domain/testFixtures";
import type { CaseRecord } from "../../domain/types";
import type { LetterKind } from "../decisions/types";
import { decisionLetter, type LetterFacts } from "./decisionLetters";

function facts(after: CaseRecord, overrides: Partial<LetterFacts> = {}): LetterFacts {
  return {
    before: after,
    after,
    reasons: "You emailed six officers every day about the same repair.",
    today: date("2026-11-02"),
    addressee: "customer",
    addresseeName: "Jo Bloggs",
    signedBy: AD,
    ...overrides,
  };
}

const underRestrictions = (): CaseRecord => {
  const record = restricted();
  return { ...record, entry: { ...record.entry, deputy: DEPUTY } };
};

const ALL_KINDS: readonly LetterKind[] = [
  "notUnreasonable",
  "noRestrictions",
  "restrictionNotice",
  "extremeNotice",
  "reviewRequestReceived",
  "reviewRemoved",
  "reviewKept",
  "reviewExtended",
  "reviewAmended",
  "appealReceived",
  "lateAppealToReview",
  "appealConfirmed",
  "appealAmended",
  "appealRemoved",
  "restrictionsEnded",
];

describe("decision letters", () => {
  it.each([
    "restrictionNotice",
    "extremeNotice",
    "reviewExtended",
    "reviewAmended",
    "appealAmended",
  ] as const)(
    "%s says what, why, for how long, the review date, how to ask for a review, how to appeal by when, and the Ombudsman",
    (kind) => {
      const { subject, body } = decisionLetter(kind, facts(underRestrictions()), PORTSMOUTH_POLICY);
      expect(subject).toContain("UCB-2026-7KQ2MX");
      // what
      expect(body).toContain("You may contact the council only by email or by letter.");
      expect(body).toContain(`only through ${SPOC.name}`);
      expect(body).toContain(`When ${SPOC.name} is away, contact ${DEPUTY.name}`);
      // why
      expect(body).toContain("You emailed six officers every day about the same repair.");
      // how long
      expect(body).toContain("from 2 November 2026 until the end of 31 January 2027");
      // review date and how to ask
      expect(body).toContain("We will review them by 31 January 2027");
      expect(body).toContain("ask us to review them once");
      // appeal within 28 days, by a date, to whom
      expect(body).toContain("Your appeal must reach us by 30 November 2026");
      expect(body).toContain("director of corporate services will consider your appeal");
      expect(body).toContain(PORTSMOUTH_POLICY.helpdesk.postalAddress);
      // the Ombudsman and how to contact it
      expect(body).toContain("Local Government and Social Care Ombudsman");
      expect(body).toContain("https://www.lgo.org.uk");
      expect(body).toContain("0300 061 0614");
    },
  );

  it.each(ALL_KINDS)(
    "%s reads as the council's letter: dated, addressed, signed, no jargon",
    (kind) => {
      const { body } = decisionLetter(kind, facts(underRestrictions()), PORTSMOUTH_POLICY);
      expect(body).toMatch(
        /^Portsmouth City Council\nOur reference: UCB-2026-7KQ2MX\nDate: 2 November 2026\n\nDear Jo Bloggs,/,
      );
      expect(body).toMatch(
        /Yours sincerely,\n\nAlex Reed\nAssistant Director of Corporate Services\nPortsmouth City Council\n$/,
      );
      for (const jargon of [
        "SPOC",
        "5.2.",
        "undefined",
        "null",
        "NaN",
        "[object",
        "stepOne",
        "restricted",
      ]) {
        expect(body).not.toContain(jargon);
      }
      expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    },
  );

  it("the assessment letters name who was consulted and whether contact is restricted", () => {
    const closed = decisionLetter(
      "notUnreasonable",
      facts(referred(), { signedBy: HELPDESK }),
      PORTSMOUTH_POLICY,
    );
    expect(closed.body).toContain(
      "not unreasonable under the policy. We will not restrict your contact",
    );
    expect(closed.body).toContain("assistant director of corporate services");
    expect(closed.body).toContain("City Helpdesk Manager\nPortsmouth City Council");
    const monitoring = decisionLetter(
      "noRestrictions",
      facts(assessed(), { signedBy: HELPDESK }),
      PORTSMOUTH_POLICY,
    );
    expect(monitoring.body).toContain("we are not restricting your contact at this stage");
  });

  it("the extreme notice says the sanctions and who agreed them (5.2.5)", () => {
    const record = restricted();
    const extreme: CaseRecord = {
      ...record,
      entry: {
        ...record.entry,
        terms: {
          allowedChannels: ["letter"],
          extreme: {
            blockedChannels: ["phone", "email", "socialMedia"],
            premisesRestriction: "No visits to the Civic Offices",
          },
        },
      },
    };
    const { body } = decisionLetter("extremeNotice", facts(extreme), PORTSMOUTH_POLICY);
    expect(body).toContain("agreed by the assistant director of corporate services");
    expect(body).toContain(
      "Contact from you by telephone, email and social media will be blocked.",
    );
    expect(body).toContain(
      "Your access to council premises is restricted: No visits to the Civic Offices.",
    );
  });

  it("writes to a representative about their client", () => {
    const { body } = decisionLetter(
      "appealRemoved",
      facts(underRestrictions(), {
        addressee: "representative",
        addresseeName: "Sam Advocate",
        signedBy: DIRECTOR,
      }),
      PORTSMOUTH_POLICY,
    );
    expect(body).toContain("Dear Sam Advocate,");
    expect(body).toContain(
      'you are the representative of Jo Bloggs. In this letter, "you" and "your" mean Jo Bloggs',
    );
    expect(body).toContain("Dana Moss\nDirector of Corporate Services");
  });

  it("with no name to write to, opens 'Dear Sir or Madam,' and closes 'Yours faithfully,'", () => {
    const { body } = decisionLetter(
      "restrictionNotice",
      facts(underRestrictions(), { addresseeName: " " }),
      PORTSMOUTH_POLICY,
    );
    expect(body).toContain("Date: 2 November 2026\n\nDear Sir or Madam,\n");
    expect(body).toMatch(/Yours faithfully,\n\nAlex Reed\n/);
    expect(body).not.toContain("Yours sincerely");
  });

  it("a City Solicitor's signature drops the '(or deputy)' of the role title", () => {
    const { body } = decisionLetter(
      "extremeNotice",
      facts(underRestrictions(), {
        signedBy: { ...AD, name: "Chris Ward", role: "citySolicitor" },
      }),
      PORTSMOUTH_POLICY,
    );
    expect(body).toContain("Chris Ward\nCity Solicitor\nPortsmouth City Council");
  });

  it("uses the council's configured names", () => {
    const config = {
      ...PORTSMOUTH_POLICY,
      councilName: "Southsea Borough Council",
      appealWindowDays: 20,
      roleTitles: { ...PORTSMOUTH_POLICY.roleTitles, director: "chief executive" },
    };
    const { body } = decisionLetter(
      "restrictionNotice",
      facts(restricted(), { reasons: "" }),
      config,
    );
    expect(body).toMatch(/^Southsea Borough Council/);
    expect(body).toContain("The chief executive will consider your appeal");
    expect(body).toContain("which is 20 days after you were told");
  });
});
