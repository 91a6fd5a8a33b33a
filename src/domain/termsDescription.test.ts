import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { describeTerms, describeTermsToCustomer, summariseTerms } from "./termsDescription";
import { DEPUTY, SPOC, date, time, unwrap } from "./testFixtures";
import { parseTerms } from "./terms";
import type { RestrictionTerms } from "./types";

const terms = (json: unknown): RestrictionTerms => unwrap(parseTerms(json));
const PEOPLE = { spoc: SPOC, deputy: DEPUTY };

describe("describeTerms", () => {
  it.each([
    [{ allowedChannels: ["letter"] }, "Contact by letter only."],
    [{ allowedChannels: ["letter", "email"] }, "Contact by letter or by email only."],
    [
      { allowedChannels: ["inPerson", "webForm", "phone"] },
      "Contact in person, through the website form or by telephone only.",
    ],
    [
      { contactWindows: [{ days: [1, 2, 3, 4, 5], from: "10:00", to: "12:00" }] },
      "Only Monday to Friday, 10:00 to 12:00 (UK time).",
    ],
    [
      {
        contactWindows: [
          { days: [1, 3], from: "09:00", to: "10:00" },
          { days: [6], from: "22:00", to: "24:00" },
        ],
      },
      "Only Monday and Wednesday, 09:00 to 10:00 or Saturday, 22:00 to midnight (UK time).",
    ],
    [
      { contactWindows: [{ days: [1, 2, 3, 4, 5, 6, 7], from: "08:00", to: "18:00" }] },
      "Only 08:00 to 18:00, every day (UK time).",
    ],
    [
      { volumes: [{ max: 1, per: "week", channels: ["email"] }] },
      "At most 1 email a week (weeks start on Monday).",
    ],
    [{ volumes: [{ max: 2, per: "day" }] }, "At most 2 contacts a day."],
    [
      { volumes: [{ max: 3, per: "month", channels: ["phone"] }] },
      "At most 3 telephone calls a calendar month.",
    ],
    [
      { volumes: [{ max: 2, per: "week", channels: ["email", "letter"] }] },
      "At most 2 contacts by email or by letter a week (weeks start on Monday).",
    ],
    [
      { spocOnly: true },
      "Only with the SPOC, Priya Shah, or the deputy, Jordan Lee, in their absence.",
    ],
    [
      { significantQueriesOnly: true },
      "Only significant and serious queries are answered; other contact is filed without reply.",
    ],
    [{ newIssuesOnly: true }, "Only new issues are dealt with."],
    [{ extreme: { blockedChannels: ["phone", "email"] } }, "Blocked: telephone and email (5.2.5)."],
    [
      {
        extreme: {
          blockedChannels: [],
          premisesRestriction: "Visits to the Civic Offices by appointment only.",
        },
      },
      "Access to council premises is restricted: Visits to the Civic Offices by appointment only (5.2.5).",
    ],
    [{}, "No restrictions."],
  ])("%j reads %j", (json, sentence) => {
    expect(describeTerms(terms(json), PEOPLE, PORTSMOUTH_POLICY)).toEqual([sentence]);
  });

  it("lists every restriction in the policy's order", () => {
    const all = terms({
      allowedChannels: ["letter", "email"],
      contactWindows: [{ days: [1, 2, 3, 4, 5], from: "10:00", to: "12:00" }],
      volumes: [{ max: 1, per: "week", channels: ["email"] }],
      spocOnly: true,
      significantQueriesOnly: true,
      newIssuesOnly: true,
      extreme: { blockedChannels: ["phone"], premisesRestriction: "No visits" },
    });
    expect(describeTerms(all, PEOPLE, PORTSMOUTH_POLICY)).toEqual([
      "Contact by letter or by email only.",
      "Only Monday to Friday, 10:00 to 12:00 (UK time).",
      "At most 1 email a week (weeks start on Monday).",
      "Only with the SPOC, Priya Shah, or the deputy, Jordan Lee, in their absence.",
      "Only significant and serious queries are answered; other contact is filed without reply.",
      "Only new issues are dealt with.",
      "Blocked: telephone (5.2.5).",
      "Access to council premises is restricted: No visits (5.2.5).",
    ]);
    expect(summariseTerms(all, PEOPLE, PORTSMOUTH_POLICY)).toMatch(
      /^Contact by letter or by email only\. Only Monday.*No visits \(5\.2\.5\)\.$/,
    );
  });

  it("words the SPOC without a deputy, and says when none is named yet", () => {
    const spocOnly = terms({ spocOnly: true });
    expect(describeTerms(spocOnly, { spoc: SPOC }, PORTSMOUTH_POLICY)).toEqual([
      "Only with the SPOC, Priya Shah.",
    ]);
    expect(describeTerms(spocOnly, {}, PORTSMOUTH_POLICY)).toEqual([
      "Only with the SPOC (not yet named).",
    ]);
  });

  it("explains fortnights from the week the restrictions start", () => {
    const fortnightly = terms({ volumes: [{ max: 1, per: "fortnight", channels: ["letter"] }] });
    expect(
      describeTerms(fortnightly, { periodStart: date("2026-11-04") }, PORTSMOUTH_POLICY),
    ).toEqual([
      "At most 1 letter a fortnight (fortnights run in two-week blocks from Monday 2 November 2026).",
    ]);
    expect(describeTerms(fortnightly, {}, PORTSMOUTH_POLICY)).toEqual([
      "At most 1 letter a fortnight (fortnights run in two-week blocks from the week the restrictions start).",
    ]);
  });

  it("follows the configured week start and time zone", () => {
    const config = { ...PORTSMOUTH_POLICY, weekStartsOn: 7 as const, timeZone: "Europe/Dublin" };
    const weekly = terms({
      volumes: [{ max: 1, per: "week", channels: ["email"] }],
      contactWindows: [{ days: [2], from: time("10:00"), to: time("11:00") }],
    });
    expect(describeTerms(weekly, {}, config)).toEqual([
      "Only Tuesday, 10:00 to 11:00 (Europe/Dublin time).",
      "At most 1 email a week (weeks start on Sunday).",
    ]);
  });
});

describe("describeTermsToCustomer", () => {
  it("words every restriction for the customer, in the same order, without staff shorthand", () => {
    const all = terms({
      allowedChannels: ["letter", "email"],
      contactWindows: [
        { days: [1, 2, 3, 4, 5], from: "10:00", to: "12:00" },
        { days: [6], from: "09:00", to: "10:00" },
      ],
      volumes: [{ max: 1, per: "week", channels: ["email"] }],
      spocOnly: true,
      significantQueriesOnly: true,
      newIssuesOnly: true,
      extreme: { blockedChannels: ["phone"], premisesRestriction: "No visits." },
    });
    expect(describeTermsToCustomer(all, PEOPLE, PORTSMOUTH_POLICY)).toEqual([
      "You may contact the council only by letter or by email.",
      "You may contact the council only at these times: Monday to Friday, 10:00 to 12:00, or Saturday, 09:00 to 10:00 (UK time).",
      "Your contact with the council is limited to 1 email a week (weeks start on Monday).",
      `You must contact us only through Priya Shah (${SPOC.email}), who is your named contact at the council. When Priya Shah is away, contact Jordan Lee (${DEPUTY.email}) instead.`,
      "We will reply only to significant and serious matters. Other contact will be read and filed without a reply.",
      "We will deal only with new issues. Contact about matters we have already dealt with will not be acknowledged or acted on.",
      "Contact from you by telephone will be blocked.",
      "Your access to council premises is restricted: No visits.",
    ]);
  });

  it("says nothing when there are no terms, and names no officer before one is chosen", () => {
    expect(describeTermsToCustomer(terms({}), PEOPLE, PORTSMOUTH_POLICY)).toEqual([]);
    expect(describeTermsToCustomer(terms({ spocOnly: true }), {}, PORTSMOUTH_POLICY)).toEqual([
      "You must contact us only through the officer we name as your contact.",
    ]);
  });
});
