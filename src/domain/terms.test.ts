import { describe, expect, it } from "vitest";
import { hasRestrictions, isExtreme, parseTerms } from "./terms";
import { time } from "./testFixtures";
import type { RestrictionTerms } from "./types";

const FULL = {
  allowedChannels: ["letter", "email"],
  contactWindows: [
    { days: [1, 2, 3, 4, 5], from: "10:00", to: "12:00" },
    { days: [6], from: "22:00", to: "24:00" },
  ],
  volumes: [
    { max: 1, per: "week", channels: ["email"] },
    { max: 4, per: "month" },
  ],
  spocOnly: true,
  significantQueriesOnly: true,
  newIssuesOnly: false,
  extreme: {
    blockedChannels: ["phone", "socialMedia"],
    premisesRestriction: "No visits to the Civic Offices",
  },
};

describe("parseTerms", () => {
  it("accepts every kind of restriction and returns it unchanged", () => {
    expect(parseTerms(FULL)).toEqual({ ok: true, value: FULL });
  });

  it("reads the Terms column's JSON text", () => {
    expect(parseTerms(JSON.stringify(FULL))).toEqual({ ok: true, value: FULL });
  });

  it("accepts empty terms (they restrict nothing)", () => {
    expect(parseTerms({})).toEqual({ ok: true, value: {} });
  });

  it("accepts premises restrictions without blocked channels", () => {
    const terms = { extreme: { blockedChannels: [], premisesRestriction: "Appointments only" } };
    expect(parseTerms(terms)).toEqual({ ok: true, value: terms });
  });

  it("trims text it keeps", () => {
    const result = parseTerms({
      extreme: { blockedChannels: ["email"], premisesRestriction: "  Appointments only " },
    });
    expect(result.ok && result.value.extreme?.premisesRestriction).toBe("Appointments only");
  });

  it.each([
    ["{", "The terms are not valid JSON."],
    ["[]", "The Terms JSON must be an object."],
    [null, "The Terms JSON must be an object."],
    [{ allowedChannels: [] }, "terms.allowedChannels must be a non-empty list of channels."],
    [{ allowedChannels: "letter" }, "terms.allowedChannels must be a non-empty list of channels."],
    [
      { allowedChannels: ["fax"] },
      "terms.allowedChannels[0] must be one of email, phone, letter, inPerson, webForm, socialMedia.",
    ],
    [
      { allowedChannels: ["email", "email"] },
      "terms.allowedChannels must be a list of channels without repeats.",
    ],
    [
      { contactWindows: [{ days: [1], from: "12:00", to: "10:00" }] },
      "terms.contactWindows[0].to must be later than terms.contactWindows[0].from.",
    ],
    [
      { contactWindows: [{ days: [1], from: "10:00", to: "10:00" }] },
      "terms.contactWindows[0].to must be later than terms.contactWindows[0].from.",
    ],
    [
      { contactWindows: [{ days: [1], from: "24:00", to: "24:00" }] },
      'terms.contactWindows[0].from must be a time "HH:MM" from 00:00 to 23:59.',
    ],
    [
      { contactWindows: [{ days: [1], from: "10:00", to: 12 }] },
      'terms.contactWindows[0].to must be a time "HH:MM" from 00:00 to 24:00.',
    ],
    [
      { contactWindows: [{ days: [8], from: "10:00", to: "12:00" }] },
      "terms.contactWindows[0].days[0] must be a weekday from 1 (Monday) to 7 (Sunday).",
    ],
    [
      { contactWindows: [{ days: [], from: "10:00", to: "12:00" }] },
      "terms.contactWindows[0].days must be a non-empty list of weekdays.",
    ],
    [{ contactWindows: ["Mon-Fri"] }, "terms.contactWindows[0] must be an object."],
    [
      { volumes: [{ max: 0, per: "week" }] },
      "terms.volumes[0].max must be a whole number from 1 to 1000.",
    ],
    [
      { volumes: [{ max: 1, per: "year" }] },
      "terms.volumes[0].per must be one of day, week, fortnight, month.",
    ],
    [
      { volumes: [{ max: 1, per: "week", channels: ["fax"] }] },
      "terms.volumes[0].channels[0] must be one of email, phone, letter, inPerson, webForm, socialMedia.",
    ],
    [{ volumes: [7] }, "terms.volumes[0] must be an object."],
    [{ spocOnly: "yes" }, "terms.spocOnly must be true or false."],
    [{ newIssuesOnly: 1 }, "terms.newIssuesOnly must be true or false."],
    [{ extreme: true }, "terms.extreme must be an object."],
    [
      { extreme: { blockedChannels: ["letter"] } },
      "terms.extreme.blockedChannels[0] must be one of phone, email, webForm, socialMedia (5.2.5 blocks telephone and electronic contact).",
    ],
    [
      { extreme: { premisesRestriction: "No visits" } },
      "terms.extreme.blockedChannels must be a non-empty list of channels.",
    ],
    [
      { extreme: { blockedChannels: [] } },
      "terms.extreme must block at least one channel or restrict access to premises.",
    ],
    [
      { extreme: { blockedChannels: ["phone"], premisesRestriction: " " } },
      "terms.extreme.premisesRestriction must be non-empty text of at most 1000 characters.",
    ],
  ])("refuses %j: %s", (json, message) => {
    const result = parseTerms(json);
    expect(!result.ok && result.error.message).toBe(message);
  });

  it.each([
    [{ letterOnly: true }, 'The Terms JSON has an unknown field "letterOnly"'],
    [
      { contactWindows: [{ days: [1], from: "10:00", to: "12:00", zone: "UTC" }] },
      'terms.contactWindows[0] has an unknown field "zone"',
    ],
    [
      { volumes: [{ max: 1, per: "week", perChannel: true }] },
      'terms.volumes[0] has an unknown field "perChannel"',
    ],
    [
      { extreme: { blockedChannels: ["phone"], police: true } },
      'terms.extreme has an unknown field "police"',
    ],
  ])("refuses unknown fields: %j", (json, message) => {
    const result = parseTerms(json);
    expect(!result.ok && result.error.code).toBe("unknownField");
    expect(!result.ok && result.error.message).toContain(message);
  });

  it.each([
    [
      { allowedChannels: ["email"], extreme: { blockedChannels: ["email"] } },
      "The terms both allow and block email.",
    ],
    [
      { allowedChannels: ["letter"], volumes: [{ max: 1, per: "week", channels: ["email"] }] },
      "The terms set a volume allowance for email, which is not an allowed channel.",
    ],
    [
      {
        volumes: [{ max: 1, per: "week", channels: ["phone"] }],
        extreme: { blockedChannels: ["phone"] },
      },
      "The terms set a volume allowance for telephone, which is not an allowed channel.",
    ],
  ])("refuses terms that contradict themselves: %j", (json, message) => {
    expect(parseTerms(json)).toEqual({ ok: false, error: { code: "inconsistentTerms", message } });
  });
});

describe("hasRestrictions and isExtreme", () => {
  it.each<[RestrictionTerms, boolean, boolean]>([
    [{}, false, false],
    [{ spocOnly: false, significantQueriesOnly: false, newIssuesOnly: false }, false, false],
    [{ allowedChannels: [] }, false, false],
    [{ allowedChannels: ["letter"] }, true, false],
    [{ contactWindows: [{ days: [1], from: time("10:00"), to: time("12:00") }] }, true, false],
    [{ volumes: [{ max: 1, per: "week" }] }, true, false],
    [{ spocOnly: true }, true, false],
    [{ significantQueriesOnly: true }, true, false],
    [{ newIssuesOnly: true }, true, false],
    [{ extreme: { blockedChannels: ["phone"] } }, true, true],
    [{ extreme: { blockedChannels: [], premisesRestriction: "Appointments only" } }, true, true],
    [{ extreme: { blockedChannels: [], premisesRestriction: " " } }, false, false],
    [{ extreme: { blockedChannels: [] } }, false, false],
  ])("%j restricts: %s, extreme: %s", (terms, restricts, extreme) => {
    expect(hasRestrictions(terms)).toBe(restricts);
    expect(isExtreme(terms)).toBe(extreme);
  });
});
