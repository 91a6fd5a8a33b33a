import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY, type PolicyConfig } from "./config";
import { evaluateContact } from "./contactEvaluation";
import { parseTerms } from "./terms";
import {
  DEPUTY,
  SPOC,
  address,
  date,
  emailAt,
  logged,
  period,
  restrictedEntry,
  unwrap,
} from "./testFixtures";
import type { ContactFacts, EmailAddress, LoggedContact, RegisterEntry, Stage } from "./types";

const FILED_STILL_READ =
  "Filed contact is still read for significant new information or safeguarding concerns.";

const contact = emailAt;

function evaluate(
  termsJson: unknown,
  facts: ContactFacts,
  options: {
    contacts?: readonly LoggedContact[];
    entry?: Partial<RegisterEntry>;
    config?: PolicyConfig;
  } = {},
) {
  return evaluateContact({
    entry: restrictedEntry({ terms: unwrap(parseTerms(termsJson)), ...options.entry }),
    contacts: options.contacts ?? [],
    contact: facts,
    config: options.config ?? PORTSMOUTH_POLICY,
  });
}

describe("when restrictions do not apply", () => {
  it.each<[Stage, string]>([
    [
      "stepOne",
      "A manager is trying to resolve concerns about this customer's contact (step one, 5.1): log this contact.",
    ],
    [
      "monitoring",
      "An agreed arrangement for this customer's contact is being monitored (5.1): log this contact.",
    ],
    [
      "referred",
      "This customer's case has been referred to the city helpdesk manager (5.2.1): log this contact for them.",
    ],
    [
      "assessed",
      "Restrictions on this customer's contact are being decided (5.2.2): log this contact for the city helpdesk manager.",
    ],
    [
      "ended",
      "Restrictions on this customer's contact have ended: deal with this contact as normal.",
    ],
    [
      "closed",
      "This customer's case was closed without restrictions: deal with this contact as normal.",
    ],
  ])("a case at stage %s does not restrict, whatever its terms", (stage, advice) => {
    const verdict = evaluate({ allowedChannels: ["letter"] }, contact("2026-11-24T10:30:00Z"), {
      entry: { stage },
    });
    expect(verdict).toEqual({ kind: "notRestricted", reasons: [], advice: [advice] });
  });

  // Restrictions from Monday 1 June 2026 (BST) to Sunday 30 August 2026, both days included.
  const summerPeriod = {
    period: period({ start: date("2026-06-01"), end: date("2026-08-30") }),
  };
  it.each([
    [
      "2026-05-31T22:59:00Z",
      "notRestricted",
      "Restrictions on this customer's contact start on Monday 1 June 2026; until then, deal with contact as normal and log it.",
    ],
    ["2026-05-31T23:00:00Z", "outsideTerms", undefined],
    ["2026-08-30T22:59:00Z", "outsideTerms", undefined],
    [
      "2026-08-30T23:00:00Z",
      "notRestricted",
      "Restrictions on this customer's contact ended on Sunday 30 August 2026: deal with this contact as normal.",
    ],
  ])("a contact at %s is %s", (at, kind, advice) => {
    const verdict = evaluate({ allowedChannels: ["letter"] }, contact(at), { entry: summerPeriod });
    expect(verdict.kind).toBe(kind);
    if (advice) expect(verdict.advice).toEqual([advice]);
  });

  it("says so when a restricted case has no terms recorded", () => {
    const verdict = evaluateContact({
      entry: { ...restrictedEntry(), terms: undefined },
      contacts: [],
      contact: contact("2026-11-24T10:30:00Z"),
      config: PORTSMOUTH_POLICY,
    });
    expect(verdict).toEqual({
      kind: "notRestricted",
      reasons: [],
      advice: [
        "This case is marked as restricted but has no terms or period recorded: log this contact and tell the city helpdesk manager.",
      ],
    });
  });
});

describe("channels", () => {
  it.each([
    [["letter"], "email", "Received by email; contact is allowed by letter only."],
    [
      ["letter", "email"],
      "phone",
      "Received by telephone; contact is allowed by letter or by email only.",
    ],
    [["email"], "inPerson", "Received in person; contact is allowed by email only."],
  ] as const)("allowed %j, received %s", (allowed, channel, message) => {
    const verdict = evaluate(
      { allowedChannels: allowed },
      contact("2026-11-24T10:30:00Z", { channel, to: [] }),
    );
    expect(verdict.kind).toBe("outsideTerms");
    expect(verdict.reasons).toEqual([{ code: "channelNotAllowed", message }]);
    // Logging is its own sentence now, so a message already logged can leave it out. A call or
    // a visit is happening now: there is nothing to file, so the officer ends it politely.
    expect(verdict.advice).toEqual(
      channel === "email"
        ? [
            "Do not reply to contact outside the terms: file it.",
            "Log this contact.",
            FILED_STILL_READ,
          ]
        : [
            "Tell the customer politely that this contact is outside the terms set for them and how they may contact the council, then end it: the matter is not dealt with now.",
            "Log this contact.",
          ],
    );
  });

  it("asks for a call to the wrong officer to be passed to the SPOC, not ended", () => {
    const verdict = evaluateContact({
      entry: restrictedEntry({
        terms: unwrap(parseTerms({ spocOnly: true })),
        spoc: { name: "Priya Shah", email: "priya.shah@portsmouthcc.gov.uk" as EmailAddress },
      }),
      contacts: [],
      // Taken by another officer.
      contact: contact("2026-11-24T10:30:00Z", {
        channel: "phone",
        to: ["alex.morgan@portsmouthcc.gov.uk" as EmailAddress],
      }),
      config: PORTSMOUTH_POLICY,
    });
    expect(verdict.kind).toBe("outsideTerms");
    expect(verdict.advice).toEqual([
      "Pass the customer to the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence), or take a message for them.",
      "Do not deal with the matter yourself.",
      "Log this contact.",
    ]);
  });

  it("accepts an allowed channel", () => {
    const verdict = evaluate(
      { allowedChannels: ["letter", "email"] },
      contact("2026-11-24T10:30:00Z"),
    );
    expect(verdict).toEqual({ kind: "withinTerms", reasons: [], advice: ["Log this contact."] });
  });
});

describe("contact windows (UK time, from included, to excluded)", () => {
  const weekdayMornings = {
    contactWindows: [{ days: [1, 2, 3, 4, 5], from: "10:00", to: "12:00" }],
  };
  const weekdaysAllDay = {
    contactWindows: [{ days: [1, 2, 3, 4, 5], from: "00:00", to: "24:00" }],
  };

  it.each([
    [
      "2026-11-23T09:59:00Z",
      weekdayMornings,
      "Received Monday 09:59 (UK time); contact is allowed Monday to Friday, 10:00–12:00.",
    ],
    ["2026-11-23T10:00:00Z", weekdayMornings, undefined],
    ["2026-11-23T11:59:00Z", weekdayMornings, undefined],
    [
      "2026-11-23T12:00:00Z",
      weekdayMornings,
      "Received Monday 12:00 (UK time); contact is allowed Monday to Friday, 10:00–12:00.",
    ],
    [
      "2026-11-28T14:05:00Z",
      weekdayMornings,
      "Received Saturday 14:05 (UK time); contact is allowed Monday to Friday, 10:00–12:00.",
    ],
    // In summer 09:00 UTC is 10:00 in London.
    ["2026-06-15T09:00:00Z", weekdayMornings, undefined],
    [
      "2026-06-15T11:00:00Z",
      weekdayMornings,
      "Received Monday 12:00 (UK time); contact is allowed Monday to Friday, 10:00–12:00.",
    ],
    // A Sunday 23:30 UTC in summer is Monday 00:30 in London.
    ["2026-06-14T23:30:00Z", weekdaysAllDay, undefined],
    [
      "2026-06-14T22:59:00Z",
      weekdaysAllDay,
      "Received Sunday 23:59 (UK time); contact is allowed Monday to Friday, 00:00–midnight.",
    ],
    // Around the clocks going forward (Sunday 29 March 2026)…
    [
      "2026-03-29T22:59:00Z",
      weekdaysAllDay,
      "Received Sunday 23:59 (UK time); contact is allowed Monday to Friday, 00:00–midnight.",
    ],
    ["2026-03-29T23:00:00Z", weekdaysAllDay, undefined],
    [
      "2026-03-28T00:00:00Z",
      weekdaysAllDay,
      "Received Saturday 00:00 (UK time); contact is allowed Monday to Friday, 00:00–midnight.",
    ],
    ["2026-03-27T23:59:00Z", weekdaysAllDay, undefined],
    // …and going back (Sunday 25 October 2026).
    ["2026-10-23T22:59:00Z", weekdaysAllDay, undefined],
    [
      "2026-10-23T23:00:00Z",
      weekdaysAllDay,
      "Received Saturday 00:00 (UK time); contact is allowed Monday to Friday, 00:00–midnight.",
    ],
    [
      "2026-10-25T23:59:00Z",
      weekdaysAllDay,
      "Received Sunday 23:59 (UK time); contact is allowed Monday to Friday, 00:00–midnight.",
    ],
    ["2026-10-26T00:00:00Z", weekdaysAllDay, undefined],
  ])("a contact at %s", (at, terms, message) => {
    const entry = {
      period: period({ start: date("2026-01-01"), end: date("2026-12-31") }),
    };
    const verdict = evaluate(terms, contact(at), { entry });
    expect(verdict.reasons).toEqual(message ? [{ code: "outsideContactWindow", message }] : []);
    expect(verdict.kind).toBe(message ? "outsideTerms" : "withinTerms");
  });

  it("lists every window in the message", () => {
    const terms = {
      contactWindows: [
        { days: [1, 3], from: "09:00", to: "10:00" },
        { days: [1, 2, 3, 4, 5, 6, 7], from: "20:00", to: "21:00" },
      ],
    };
    const verdict = evaluate(terms, contact("2026-11-24T12:00:00Z"));
    expect(verdict.reasons[0]?.message).toBe(
      "Received Tuesday 12:00 (UK time); contact is allowed Monday and Wednesday, 09:00–10:00 or 20:00–21:00, every day.",
    );
    expect(evaluate(terms, contact("2026-11-24T20:30:00Z")).kind).toBe("withinTerms");
  });
});

describe("volume allowances", () => {
  const twoEmailsAWeek = { volumes: [{ max: 2, per: "week", channels: ["email"] }] };

  it.each([
    [1, "withinTerms"],
    [2, "outsideTerms"],
    [3, "outsideTerms"],
  ])("with %i earlier emails this week, the next one is %s", (earlier, kind) => {
    const contacts = ["2026-11-23T09:00:00Z", "2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z"]
      .slice(0, earlier)
      .map((at) => logged(at));
    const verdict = evaluate(twoEmailsAWeek, contact("2026-11-25T09:00:00Z"), { contacts });
    expect(verdict.kind).toBe(kind);
    if (kind === "outsideTerms") {
      expect(verdict.reasons).toEqual([
        {
          code: "overVolume",
          message: `This is email ${earlier + 1} this week; the allowance is 2 a week (week beginning Monday 23 November 2026).`,
        },
      ]);
    }
  });

  it.each<[1 | 7, string, string]>([
    [1, "withinTerms", ""],
    [
      7,
      "outsideTerms",
      "This is email 3 this week; the allowance is 2 a week (week beginning Sunday 22 November 2026).",
    ],
  ])(
    "weeks starting on weekday %i decide whether Sunday's email counts",
    (weekStartsOn, kind, message) => {
      const contacts = [logged("2026-11-22T12:00:00Z"), logged("2026-11-23T12:00:00Z")];
      const verdict = evaluate(twoEmailsAWeek, contact("2026-11-24T12:00:00Z"), {
        contacts,
        config: { ...PORTSMOUTH_POLICY, weekStartsOn },
      });
      expect(verdict.kind).toBe(kind);
      expect(verdict.reasons.map((r) => r.message)).toEqual(message ? [message] : []);
    },
  );

  it.each([
    // One contact a day, in summer: the London day ends at 23:00 UTC.
    [
      "2026-06-15T22:59:00Z",
      "outsideTerms",
      "This is contact 2 on Monday 15 June 2026; the allowance is 1 a day.",
    ],
    ["2026-06-15T23:00:00Z", "withinTerms", ""],
  ])("one a day: a second contact at %s is %s", (at, kind, message) => {
    const entry = {
      period: period({ start: date("2026-06-01"), end: date("2026-08-30") }),
    };
    const verdict = evaluate(
      { volumes: [{ max: 1, per: "day" }] },
      contact(at, { channel: "phone", to: [] }),
      {
        contacts: [logged("2026-06-15T08:00:00Z", { channel: "letter" })],
        entry,
      },
    );
    expect(verdict.kind).toBe(kind);
    expect(verdict.reasons.map((r) => r.message)).toEqual(message ? [message] : []);
  });

  it.each([
    // Restrictions start Wednesday 4 November, so fortnights run from Monday 2 November.
    [
      "2026-11-15T23:59:00Z",
      "outsideTerms",
      "This is letter 2 this fortnight; the allowance is 1 a fortnight (fortnight beginning Monday 2 November 2026).",
    ],
    ["2026-11-16T00:00:00Z", "withinTerms", ""],
  ])("one letter a fortnight: a second letter at %s is %s", (at, kind, message) => {
    const entry = { period: period({ start: date("2026-11-04") }) };
    const verdict = evaluate(
      { volumes: [{ max: 1, per: "fortnight", channels: ["letter"] }] },
      contact(at, { channel: "letter", to: [] }),
      { contacts: [logged("2026-11-13T10:00:00Z", { channel: "letter" })], entry },
    );
    expect(verdict.kind).toBe(kind);
    expect(verdict.reasons.map((r) => r.message)).toEqual(message ? [message] : []);
  });

  it.each([
    [
      "2026-11-30T23:59:30Z",
      "outsideTerms",
      "This is contact 4 this month; the allowance is 3 a calendar month (November 2026).",
    ],
    ["2026-12-01T00:00:00Z", "withinTerms", ""],
  ])("three a month: a fourth contact at %s is %s", (at, kind, message) => {
    const contacts = [
      logged("2026-11-02T10:00:00Z"),
      logged("2026-11-10T10:00:00Z", { channel: "phone" }),
      logged("2026-11-30T23:59:00Z", { channel: "letter" }),
    ];
    const verdict = evaluate({ volumes: [{ max: 3, per: "month" }] }, contact(at), { contacts });
    expect(verdict.kind).toBe(kind);
    expect(verdict.reasons.map((r) => r.message)).toEqual(message ? [message] : []);
  });

  it("counts only earlier inbound contacts of the allowance's channels, never the message itself", () => {
    const contacts = [
      logged("2026-11-23T09:00:00Z", { direction: "outbound" }),
      logged("2026-11-23T10:00:00Z", { channel: "phone" }),
      logged("2026-11-23T11:00:00Z"),
      logged("2026-11-25T09:00:00Z", { messageId: "<this@example.org>" }),
      logged("2026-11-25T09:00:00Z"),
      logged("2026-11-26T09:00:00Z"),
    ];
    const verdict = evaluate(
      twoEmailsAWeek,
      contact("2026-11-25T09:00:00Z", { messageId: "<this@example.org>" }),
      {
        contacts,
      },
    );
    expect(verdict.kind).toBe("withinTerms");
  });

  it("gives a message the same verdict after it has been logged", () => {
    const earlier = [logged("2026-11-23T09:00:00Z"), logged("2026-11-24T09:00:00Z")];
    const facts = contact("2026-11-25T09:00:00Z", { messageId: "<third@example.org>" });
    const before = evaluate(twoEmailsAWeek, facts, { contacts: earlier });
    const after = evaluate(twoEmailsAWeek, facts, {
      contacts: [...earlier, logged("2026-11-25T09:00:00Z", { messageId: "<third@example.org>" })],
    });
    expect(after).toEqual(before);
    expect(before.kind).toBe("outsideTerms");
  });

  it("counts contacts without a message id (a logged call) when judging a call", () => {
    const verdict = evaluate(
      { volumes: [{ max: 1, per: "week", channels: ["phone"] }] },
      contact("2026-11-25T09:00:00Z", { channel: "phone", to: [] }),
      { contacts: [logged("2026-11-23T09:00:00Z", { channel: "phone", messageId: undefined })] },
    );
    expect(verdict.reasons.map((r) => r.code)).toEqual(["overVolume"]);
  });

  it("ignores allowances for other channels", () => {
    const contacts = [logged("2026-11-23T09:00:00Z"), logged("2026-11-24T09:00:00Z")];
    const verdict = evaluate(
      twoEmailsAWeek,
      contact("2026-11-25T09:00:00Z", { channel: "letter", to: [] }),
      {
        contacts,
      },
    );
    expect(verdict.kind).toBe("withinTerms");
  });

  it("checks each allowance on its own", () => {
    const terms = {
      volumes: [
        { max: 1, per: "week", channels: ["email"] },
        { max: 2, per: "month" },
      ],
    };
    const contacts = [
      logged("2026-11-03T09:00:00Z", { channel: "letter" }),
      logged("2026-11-23T09:00:00Z"),
    ];
    const verdict = evaluate(terms, contact("2026-11-25T09:00:00Z"), { contacts });
    expect(verdict.reasons.map((r) => r.message)).toEqual([
      "This is email 2 this week; the allowance is 1 a week (week beginning Monday 23 November 2026).",
      "This is contact 3 this month; the allowance is 2 a calendar month (November 2026).",
    ]);
  });
});

describe("single point of contact", () => {
  const other = address("housing.team@portsmouthcc.gov.uk");

  const copied = (who: string) => ({
    code: "copiedToOthers",
    message: `Also sent to other council officers: ${who}; contact is limited to the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence).`,
  });

  // The deputy and copy rows changed on purpose (issue 10, item 1): a message to the SPOC or
  // deputy that also goes to another council officer is no longer silently within the terms.
  it.each<[string, EmailAddress[], EmailAddress[], readonly unknown[]]>([
    ["to the SPOC", [SPOC.email], [], []],
    ["to the deputy and another officer", [other, DEPUTY.email], [], [copied(other)]],
    ["to another officer, copied to the SPOC", [other], [SPOC.email], [copied(other)]],
    ["to the deputy alone", [DEPUTY.email], [], []],
    [
      "to the SPOC, copied to an outside adviser",
      [SPOC.email],
      [address("adviser@example.net")],
      [],
    ],
    ["to the SPOC and the deputy", [SPOC.email], [DEPUTY.email], []],
    ["with no recipients recorded", [], [], []],
    [
      "to someone else",
      [other],
      [],
      [
        {
          code: "notToSpoc",
          message:
            "Sent to housing.team@portsmouthcc.gov.uk, not to the SPOC, Priya Shah, or the deputy, Jordan Lee.",
        },
      ],
    ],
    [
      "to many others",
      [other, address("a@portsmouthcc.gov.uk"), address("b@portsmouthcc.gov.uk")],
      [address("c@portsmouthcc.gov.uk"), address("d@portsmouthcc.gov.uk")],
      [
        {
          code: "notToSpoc",
          message:
            "Sent to housing.team@portsmouthcc.gov.uk, a@portsmouthcc.gov.uk, b@portsmouthcc.gov.uk and 2 more, not to the SPOC, Priya Shah, or the deputy, Jordan Lee.",
        },
      ],
    ],
  ])("a message %s", (_label, to, cc, reasons) => {
    const verdict = evaluate({ spocOnly: true }, contact("2026-11-24T10:30:00Z", { to, cc }));
    expect(verdict.reasons).toEqual(reasons);
  });

  it("advises forwarding to the SPOC when that is the only problem", () => {
    const verdict = evaluate({ spocOnly: true }, contact("2026-11-24T10:30:00Z", { to: [other] }));
    expect(verdict.advice).toEqual([
      "Forward it to the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence).",
      "Do not reply yourself.",
      "Log this contact.",
    ]);
  });

  it("names only the SPOC when there is no deputy", () => {
    const verdict = evaluate({ spocOnly: true }, contact("2026-11-24T10:30:00Z", { to: [other] }), {
      entry: { deputy: undefined },
    });
    expect(verdict.reasons[0]?.message).toBe(
      "Sent to housing.team@portsmouthcc.gov.uk, not to the SPOC, Priya Shah.",
    );
    expect(verdict.advice[0]).toBe("Forward it to the SPOC, Priya Shah.");
  });

  it("tells staff who deals with the customer when a contact reaches them another way", () => {
    const verdict = evaluate(
      { spocOnly: true },
      contact("2026-11-24T10:30:00Z", { channel: "phone", to: [] }),
    );
    expect(verdict).toEqual({
      kind: "withinTerms",
      reasons: [],
      advice: [
        "Only the SPOC, Priya Shah (or the deputy, Jordan Lee, in their absence) deals with this customer: pass it on.",
        "Log this contact.",
      ],
    });
  });

  it("cannot judge, and says so, when no SPOC is recorded", () => {
    const facts = contact("2026-11-24T10:30:00Z", { to: [other] });
    const noSpoc = { spoc: undefined, deputy: undefined };
    expect(evaluate({ spocOnly: true }, facts, { entry: noSpoc })).toEqual({
      kind: "withinTerms",
      reasons: [],
      advice: [
        "No SPOC is recorded for this case: tell the city helpdesk manager.",
        "Log this contact.",
      ],
    });
    expect(
      evaluate({ spocOnly: true, allowedChannels: ["letter"] }, facts, { entry: noSpoc }).advice,
    ).toEqual([
      "Do not reply to contact outside the terms: file it.",
      "Log this contact.",
      "No SPOC is recorded for this case: tell the city helpdesk manager.",
      FILED_STILL_READ,
    ]);
  });
});

describe("blocked channels (5.2.5)", () => {
  const terms = {
    allowedChannels: ["letter"],
    contactWindows: [{ days: [1, 2, 3, 4, 5], from: "10:00", to: "12:00" }],
    spocOnly: true,
    extreme: { blockedChannels: ["email", "phone"] },
  };

  it("is blocked, and still lists every other broken rule", () => {
    const other = address("someone@portsmouthcc.gov.uk");
    const verdict = evaluate(terms, contact("2026-11-28T14:05:00Z", { to: [other] }));
    expect(verdict.kind).toBe("blocked");
    expect(verdict.reasons.map((r) => r.code)).toEqual([
      "channelBlocked",
      "channelNotAllowed",
      "outsideContactWindow",
      "notToSpoc",
    ]);
    expect(verdict.reasons[0]?.message).toBe(
      "Contact by email is blocked for this customer (5.2.5).",
    );
    expect(verdict.advice).toEqual([
      "Do not respond to this contact.",
      "Log this contact.",
      "Tell the SPOC, Priya Shah.",
      FILED_STILL_READ,
    ]);
  });

  it("tells staff to alert the helpdesk manager when there is no SPOC", () => {
    const verdict = evaluate(
      { extreme: { blockedChannels: ["phone"] } },
      contact("2026-11-24T10:30:00Z", { channel: "phone", to: [] }),
      {
        entry: { spoc: undefined },
      },
    );
    expect(verdict.kind).toBe("blocked");
    expect(verdict.advice[2]).toBe("Tell the city helpdesk manager.");
  });

  it("lets an unblocked channel through", () => {
    const verdict = evaluate(
      { extreme: { blockedChannels: ["phone"] } },
      contact("2026-11-24T10:30:00Z"),
    );
    expect(verdict.kind).toBe("withinTerms");
  });
});

describe("advice within the terms", () => {
  it("reminds staff of the filing rules, most important first", () => {
    const verdict = evaluate(
      { significantQueriesOnly: true, newIssuesOnly: true },
      contact("2026-11-24T10:30:00Z"),
    );
    expect(verdict).toEqual({
      kind: "withinTerms",
      reasons: [],
      advice: [
        "Only significant and serious queries are answered: file it otherwise.",
        "Only new issues are dealt with: do not acknowledge or action issues already dealt with.",
        FILED_STILL_READ,
        "Log this contact.",
      ],
    });
  });

  it("uses the configured title for the helpdesk manager", () => {
    const config = {
      ...PORTSMOUTH_POLICY,
      roleTitles: {
        ...PORTSMOUTH_POLICY.roleTitles,
        cityHelpdeskManager: "customer contact manager",
      },
    };
    const verdict = evaluate({}, contact("2026-11-24T10:30:00Z"), {
      entry: { stage: "referred" },
      config,
    });
    expect(verdict.advice[0]).toContain("referred to the customer contact manager");
  });
});
