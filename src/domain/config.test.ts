import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY, parsePolicyConfig, usesPlaceholderHelpdesk } from "./config";

describe("PORTSMOUTH_POLICY", () => {
  it("holds the policy's numbers and roles", () => {
    expect(PORTSMOUTH_POLICY).toMatchObject({
      councilName: "Portsmouth City Council",
      timeZone: "Europe/London",
      weekStartsOn: 1,
      appealWindowDays: 28,
      customerReviewRequestsPerPeriod: 1,
      retentionYears: 6,
      reviewDue: { kind: "atEnd" },
      roleTitles: {
        frontline: "frontline staff",
        serviceManager: "service manager",
        cityHelpdeskManager: "city helpdesk manager",
        assistantDirector: "assistant director of corporate services",
        citySolicitor: "City Solicitor (or deputy)",
        director: "director of corporate services",
      },
      ombudsman: {
        name: "Local Government and Social Care Ombudsman",
        website: "https://www.lgo.org.uk",
        phone: "0300 061 0614",
      },
    });
  });

  it("flags the helpdesk contact as a placeholder until it is configured", () => {
    expect(usesPlaceholderHelpdesk(PORTSMOUTH_POLICY)).toBe(true);
    expect(PORTSMOUTH_POLICY.helpdesk.email).toMatch(/\.invalid$/);
    const configured = parsePolicyConfig({ helpdesk: { email: "helpdesk@portsmouthcc.gov.uk" } });
    expect(configured.ok && usesPlaceholderHelpdesk(configured.value)).toBe(false);
  });
});

describe("parsePolicyConfig", () => {
  it("gives the defaults for an empty object", () => {
    expect(parsePolicyConfig({})).toEqual({ ok: true, value: PORTSMOUTH_POLICY });
  });

  it("overlays only the settings given", () => {
    const result = parsePolicyConfig({
      appealWindowDays: 20,
      weekStartsOn: 7,
      timeZone: "europe/london",
      reviewDue: { kind: "monthsAfterStart", months: 6 },
      roleTitles: { director: "Director of Resources" },
      ombudsman: { phone: "+44 300 061 0614", website: " https://www.lgo.org.uk/contact-us " },
      helpdesk: {
        email: "City Helpdesk <Helpdesk@PortsmouthCC.gov.uk>",
        title: "  Helpdesk manager ",
      },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        ...PORTSMOUTH_POLICY,
        appealWindowDays: 20,
        weekStartsOn: 7,
        reviewDue: { kind: "monthsAfterStart", months: 6 },
        roleTitles: { ...PORTSMOUTH_POLICY.roleTitles, director: "Director of Resources" },
        ombudsman: {
          ...PORTSMOUTH_POLICY.ombudsman,
          phone: "+44 300 061 0614",
          website: "https://www.lgo.org.uk/contact-us",
        },
        helpdesk: {
          ...PORTSMOUTH_POLICY.helpdesk,
          email: "helpdesk@portsmouthcc.gov.uk",
          title: "Helpdesk manager",
        },
      },
    });
  });

  it("reads the council's own domains in the form addresses keep them", () => {
    const result = parsePolicyConfig({ councilDomains: ["Portsmouth.gov.uk", "@Bücher.example"] });
    expect(result.ok && result.value.councilDomains).toEqual([
      "portsmouth.gov.uk",
      "xn--bcher-kva.example",
    ]);
    expect(PORTSMOUTH_POLICY.councilDomains).toEqual(["portsmouth.gov.uk"]);
  });

  it("accepts a review that falls due at the end of the period", () => {
    const result = parsePolicyConfig({ reviewDue: { kind: "atEnd" } });
    expect(result.ok && result.value.reviewDue).toEqual({ kind: "atEnd" });
  });

  it.each([
    [null, "The configuration must be an object."],
    [[], "The configuration must be an object."],
    ["appealWindowDays=28", "The configuration must be an object."],
    [{ appealWindowDays: 0 }, "appealWindowDays must be a whole number from 1 to 365."],
    [{ appealWindowDays: 366 }, "appealWindowDays must be a whole number from 1 to 365."],
    [{ appealWindowDays: 28.5 }, "appealWindowDays must be a whole number from 1 to 365."],
    [{ appealWindowDays: "28" }, "appealWindowDays must be a whole number from 1 to 365."],
    [
      { customerReviewRequestsPerPeriod: -1 },
      "customerReviewRequestsPerPeriod must be a whole number from 0 to 12.",
    ],
    [{ retentionYears: 0 }, "retentionYears must be a whole number from 1 to 100."],
    [{ councilName: "   " }, "councilName must be non-empty text of at most 200 characters."],
    [
      { councilName: "x".repeat(201) },
      "councilName must be non-empty text of at most 200 characters.",
    ],
    [
      { timeZone: "Mars/Olympus_Mons" },
      "timeZone must be an IANA time zone such as Europe/London.",
    ],
    [{ timeZone: 0 }, "timeZone must be an IANA time zone such as Europe/London."],
    [{ weekStartsOn: 0 }, "weekStartsOn must be a weekday number from 1 (Monday) to 7 (Sunday)."],
    [{ reviewDue: "atEnd" }, "reviewDue must be an object."],
    [
      { reviewDue: { kind: "quarterly" } },
      'reviewDue.kind must be "atEnd" or "monthsAfterStart" (with months from 1 to 60).',
    ],
    [
      { reviewDue: { kind: "monthsAfterStart" } },
      "reviewDue.months must be a whole number from 1 to 60.",
    ],
    [
      { reviewDue: { kind: "monthsAfterStart", months: 61 } },
      "reviewDue.months must be a whole number from 1 to 60.",
    ],
    [{ roleTitles: "managers" }, "roleTitles must be an object."],
    [
      { roleTitles: { director: "" } },
      "roleTitles.director must be non-empty text of at most 100 characters.",
    ],
    [
      { ombudsman: { website: "http://www.lgo.org.uk" } },
      "ombudsman.website must be a web address starting https://.",
    ],
    [{ ombudsman: { website: 5 } }, "ombudsman.website must be a web address starting https://."],
    [
      { ombudsman: { phone: 3000610614 } },
      "ombudsman.phone must be a telephone number, such as 0300 061 0614.",
    ],
    [
      { ombudsman: { phone: "ring them" } },
      "ombudsman.phone must be a telephone number, such as 0300 061 0614.",
    ],
    [
      { ombudsman: { name: 7 } },
      "ombudsman.name must be non-empty text of at most 200 characters.",
    ],
    [
      { councilDomains: ["portsmouth"] },
      "councilDomains[0] must be a domain name such as portsmouth.gov.uk.",
    ],
    [{ councilDomains: [7] }, "councilDomains[0] must be a domain name such as portsmouth.gov.uk."],
    [{ councilDomains: [] }, "councilDomains must be a non-empty list of domain names."],
    [
      { councilDomains: ["a.gov.uk", "A.gov.uk"] },
      "councilDomains must be a list of domain names without repeats.",
    ],
    [{ helpdesk: { email: "helpdesk" } }, "helpdesk.email must be a valid email address."],
    [{ helpdesk: { email: 42 } }, "helpdesk.email must be a valid email address."],
    [
      { helpdesk: { postalAddress: "" } },
      "helpdesk.postalAddress must be non-empty text of at most 300 characters.",
    ],
  ])("refuses %j: %s", (json, message) => {
    expect(parsePolicyConfig(json)).toEqual({
      ok: false,
      error: { code: "invalidField", message },
    });
  });

  it.each([
    [{ appealWindowDay: 28 }, 'The configuration has an unknown field "appealWindowDay"'],
    [{ reviewDue: { kind: "atEnd", months: 3 } }, 'reviewDue has an unknown field "months"'],
    [
      { reviewDue: { kind: "monthsAfterStart", months: 3, every: 3 } },
      'reviewDue has an unknown field "every"',
    ],
    [
      { roleTitles: { chiefExecutive: "Chief Executive" } },
      'roleTitles has an unknown field "chiefExecutive"',
    ],
    [{ helpdesk: { phone: "023 9283 4092" } }, 'helpdesk has an unknown field "phone"'],
  ])("refuses unknown fields so typos cannot pass silently: %j", (json, message) => {
    const result = parsePolicyConfig(json);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe("unknownField");
    expect(!result.ok && result.error.message).toContain(message);
  });
});

describe("the letters' sender and the working targets (configuration)", () => {
  it("takes a sender with a telephone number, and working targets in days", () => {
    const result = parsePolicyConfig({
      letterSender: {
        name: "Customer Relations",
        returnAddress: ["Civic Offices", "Guildhall Square", "Portsmouth", "PO1 2AL"],
        telephone: "023 9283 4092",
      },
      workTargets: { assessReferral: 7 },
    });
    expect(result.ok && result.value.letterSender).toEqual({
      name: "Customer Relations",
      returnAddress: ["Civic Offices", "Guildhall Square", "Portsmouth", "PO1 2AL"],
      telephone: "023 9283 4092",
    });
    expect(result.ok && result.value.workTargets).toEqual({
      ...PORTSMOUTH_POLICY.workTargets,
      assessReferral: 7,
    });
  });

  it.each([
    [{ letterSender: "City Helpdesk" }],
    [{ letterSender: { name: "", returnAddress: ["Civic Offices"] } }],
    [{ letterSender: { name: "City Helpdesk", returnAddress: "Civic Offices" } }],
    [
      {
        letterSender: { name: "City Helpdesk", returnAddress: ["1", "2", "3", "4", "5", "6", "7"] },
      },
    ],
    [
      {
        letterSender: {
          name: "City Helpdesk",
          returnAddress: ["Civic Offices"],
          telephone: "call us",
        },
      },
    ],
    [{ letterSender: { name: "City Helpdesk", returnAddress: ["Civic Offices"], fax: "1" } }],
    [{ workTargets: { assessReferral: 0 } }],
    [{ workTargets: { assessReferral: 366 } }],
    [{ subjectAccessInformation: { source: "" } }],
    [{ subjectAccessInformation: { sources: "From you." } }],
    [{ subjectAccessInformation: "From you." }],
  ])("refuses %j, naming the field", (json) => {
    const result = parsePolicyConfig(json);
    expect(result.ok).toBe(false);
    const field = Object.keys(json)[0] ?? "";
    expect(!result.ok && result.error.message).toContain(field);
  });

  it("takes the council's own Article 15 wording paragraph by paragraph, keeping the rest", () => {
    const result = parsePolicyConfig({
      subjectAccessInformation: { recipients: "Only the council's own staff." },
    });
    expect(result.ok && result.value.subjectAccessInformation).toEqual({
      ...PORTSMOUTH_POLICY.subjectAccessInformation,
      recipients: "Only the council's own staff.",
    });
  });
});
