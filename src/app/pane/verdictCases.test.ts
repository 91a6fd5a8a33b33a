/**
 * Issue 10 through the pane's message check: the line on the message names the terms that
 * apply and never asks to log a logged message; copies to other officers; the arrangement
 * monitored at step one; internationalised senders; a sender Outlook gives in another form.
 */
import { describe, expect, it } from "vitest";
import { normaliseAddress } from "../../domain/address";
import { parseTerms } from "../../domain/terms";
import { address, date, logged, unwrap } from "../../domain/testFixtures";
import { monitored, noonOn, opened, restricted } from "../../domain/testScenario";
import type { CaseRecord, RegisterEntry, RestrictionTerms } from "../../domain/types";
import { createMessageChecker } from "./messageCheck";
import { NOTIFICATION_LIMIT } from "./notification";
import { CUSTOMER, FRONTLINE_USER, MANAGER_USER, message, REF, testDeps } from "./testSupport";

// Wednesday 11 November 2026, noon (GMT): restrictions from 2 November are in force.
const WEDNESDAY = noonOn("2026-11-11");
const COLLEAGUE = address("housing.team@portsmouthcc.gov.uk");

function withTerms(terms: unknown, extra: Partial<RegisterEntry> = {}): CaseRecord {
  const record = restricted();
  return {
    entry: { ...record.entry, terms: unwrap(parseTerms(terms)), ...extra },
    file: record.file,
  };
}

/** The check of a message from the customer; `logged` puts the message in the log first. */
async function check(
  record: CaseRecord,
  options: { logged?: boolean; to?: readonly string[]; cc?: readonly string[] } = {},
) {
  const deps = testDeps(WEDNESDAY, [record]);
  const item = message(WEDNESDAY, {
    ...(options.to ? { to: options.to.map(address) } : {}),
    ...(options.cc ? { cc: options.cc.map(address) } : {}),
  });
  if (options.logged) {
    deps.store.contacts.push(
      logged(WEDNESDAY.toISOString(), { ref: REF, messageId: item.internetMessageId as string }),
    );
  }
  return createMessageChecker(deps).check(item, FRONTLINE_USER);
}

function text(result: Awaited<ReturnType<typeof check>>): string {
  return result.notification.kind === "none" ? "" : result.notification.text;
}

describe("the line on the message names the terms that apply (item 6)", () => {
  const weekdays = { contactWindows: [{ days: [1, 2, 3, 4, 5], from: "09:00", to: "17:00" }] };

  it.each<[string, unknown, boolean, string]>([
    [
      "hours only",
      weekdays,
      false,
      "Restricted customer: within the terms (Monday to Friday, 09:00–17:00). Log this contact.",
    ],
    [
      "hours only, already logged",
      weekdays,
      true,
      "Restricted customer: within the terms (Monday to Friday, 09:00–17:00). Already in the contact log.",
    ],
    [
      "volume only",
      { volumes: [{ max: 3, per: "week", channels: ["email"] }] },
      false,
      "Restricted customer: within the terms (3 emails a week). Log this contact.",
    ],
    [
      "SPOC only",
      { spocOnly: true },
      false,
      "Restricted customer: within the terms (SPOC only). Only the SPOC, Priya Shah, deals with them. Log it.",
    ],
    [
      "SPOC only, already logged",
      { spocOnly: true },
      true,
      "Restricted customer: within the terms (SPOC only). Only the SPOC, Priya Shah, deals with them.",
    ],
    [
      "conditions in words",
      { otherConditions: ["Be civil to staff"] },
      false,
      "Restricted customer: within the terms (1 other condition, not checked). Log this contact.",
    ],
    [
      "many terms: as many as fit, the rest counted",
      {
        contactWindows: [
          { days: [1, 2, 3], from: "09:00", to: "17:00" },
          { days: [4, 5], from: "10:00", to: "12:00" },
        ],
        volumes: [
          { max: 3, per: "week", channels: ["email"] },
          { max: 10, per: "month" },
        ],
        spocOnly: true,
        newIssuesOnly: true,
        otherConditions: ["Be civil to staff"],
      },
      false,
      "Restricted customer: within the terms (Monday to Wednesday, 09:00–17:00; +6 more). Only the SPOC, Priya Shah, deals with them. Log it.",
    ],
  ])("%s", async (_label, terms, isLogged, expected) => {
    const result = await check(withTerms(terms), { logged: isLogged });
    expect(result.verdict.kind).toBe("withinTerms");
    expect(text(result)).toBe(expected);
    expect(text(result).length).toBeLessThanOrEqual(NOTIFICATION_LIMIT);
  });

  it.each<[string, unknown, string]>([
    ["outside the terms", { allowedChannels: ["letter"] }, "outsideTerms"],
    ["blocked", { extreme: { blockedChannels: ["email"] } }, "blocked"],
    ["copied to another officer", { spocOnly: true }, "outsideTerms"],
  ])("never asks to log a message already logged: %s", async (_label, terms, kind) => {
    const before = await check(withTerms(terms), { cc: [COLLEAGUE] });
    const after = await check(withTerms(terms), { logged: true, cc: [COLLEAGUE] });
    expect(after.verdict.kind).toBe(kind);
    expect(text(before)).toMatch(/Log this contact\.$/);
    expect(text(after)).not.toMatch(/\blog (this|it)\b/i);
    expect(text(after)).toMatch(/Already in the contact log\.$/);
    // The pane says so too, instead of asking to log it.
    expect(after.verdict.advice).not.toContain("Log this contact.");
    expect(after.verdict.advice).toContain("Already in the contact log.");
  });

  it("says a known customer at step one is already logged", async () => {
    const result = await check(opened(), { logged: true });
    expect(text(result)).toBe(
      "Known customer, not restricted: case at step one. Already in the contact log.",
    );
  });
});

describe("a message to the SPOC copied to other officers (item 1)", () => {
  it("keeps what to do next on the line, shortening the advice when names are long", async () => {
    const long = "Priya Shah-Wellington-Smythe of the Housing Options and Tenancy Sustainment Team";
    const record = withTerms(
      { spocOnly: true },
      {
        spoc: { name: long, email: address("priya.shah@portsmouthcc.gov.uk") },
        deputy: {
          name: "Jordan Lee-Fairweather",
          email: address("jordan.lee@portsmouthcc.gov.uk"),
        },
      },
    );
    for (const isLogged of [false, true]) {
      const result = await check(record, { logged: isLogged, to: [COLLEAGUE] });
      expect(result.verdict.advice[0]).toMatch(/^Forward it to the SPOC, Priya Shah-Wellington/);
      expect(text(result).length).toBe(NOTIFICATION_LIMIT);
      expect(text(result)).toMatch(
        isLogged ? /… Already in the contact log\.$/ : /… Log this contact\.$/,
      );
    }
  });

  it("is outside the terms, names them, says only the SPOC replies, and stores the reason", async () => {
    const result = await check(withTerms({ spocOnly: true }), { cc: [COLLEAGUE] });
    expect(result.verdict).toMatchObject({
      kind: "outsideTerms",
      reasons: [
        "Also sent to other council officers: housing.team@portsmouthcc.gov.uk; contact is limited to the SPOC, Priya Shah.",
      ],
    });
    expect(result.verdict.advice[0]).toBe(
      "Only the SPOC, Priya Shah, replies: to the customer alone, not to all.",
    );
    expect(text(result)).toBe(
      "Restricted customer: outside the terms. Copied to other officers: only the SPOC, Priya Shah, replies (no reply-all). Log this contact.",
    );
    const lead = result.mode === "read" ? result.cases[0] : undefined;
    expect(lead?.verdict.reasons.map((r) => r.code)).toEqual(["copiedToOthers"]);
  });
});

describe("contact while an agreed arrangement is monitored (item 4)", () => {
  function monitoredWith(terms: RestrictionTerms | undefined): CaseRecord {
    const record = monitored();
    return {
      entry: {
        ...record.entry,
        ...(terms ? { arrangement: { terms, summary: "", agreedOn: date("2026-10-09") } } : {}),
      },
      file: record.file,
    };
  }

  it("is outside the arrangement, with the reason, and the line says to log it as evidence", async () => {
    const result = await check(monitoredWith({ allowedChannels: ["letter"] }));
    expect(result.verdict).toMatchObject({
      kind: "outsideArrangement",
      intent: "warning",
      title: "Not restricted, but this message is outside the arrangement agreed at step one",
      reasons: ["Received by email; the agreed arrangement is contact by letter only."],
    });
    expect(text(result)).toBe(
      "Known customer, not restricted: outside the arrangement agreed at step one (by letter only). Log it: it is monitoring evidence.",
    );
    const lead = result.mode === "read" ? result.cases[0] : undefined;
    expect(lead?.arrangement).toEqual({
      status: "agreed",
      sentences: ["Contact by letter only."],
      checked: true,
      agreedOn: { date: "2026-10-09", text: "Friday 9 October 2026" },
    });
  });

  it("is within the arrangement when it keeps to it", async () => {
    const result = await check(monitoredWith({ allowedChannels: ["email"] }));
    expect(result.verdict).toMatchObject({
      kind: "withinArrangement",
      title: "Not restricted: this message is within the arrangement agreed at step one",
    });
    expect(text(result)).toBe(
      "Known customer, not restricted: within the arrangement agreed at step one (by email only). Log this contact.",
    );
  });

  it("says plainly that an arrangement recorded in words only is not checked, and shows the words to a manager", async () => {
    const deps = testDeps(WEDNESDAY, [monitoredWith(undefined)]);
    const result = await createMessageChecker(deps).check(message(WEDNESDAY), MANAGER_USER);
    expect(result.verdict.kind).toBe("caseOpen");
    expect(result.verdict.advice[1]).toMatch(
      /recorded in words only, so the add-in does not check/,
    );
    const lead = result.mode === "read" ? result.cases[0] : undefined;
    expect(lead?.arrangement).toEqual({
      status: "agreed",
      sentences: ["One email a week to the SPOC."],
      checked: false,
      note: "Recorded in words only (by an earlier version of the add-in), so contact is not checked against it.",
    });
  });
});

describe("senders with internationalised addresses (item 5)", () => {
  it("matches a Unicode sender however Outlook writes the domain", async () => {
    const jurgen = unwrap(normaliseAddress("jürgen.müller@bücher.example"));
    const record = withTerms({ allowedChannels: ["letter"] });
    const deps = testDeps(WEDNESDAY);
    deps.store.seed(record.entry, record.file, [{ address: jurgen, ref: REF, kind: "customer" }]);
    const checker = createMessageChecker(deps);
    for (const raw of [
      "Jürgen.Müller@Bücher.example",
      "ju\u0308rgen.mu\u0308ller@xn--bcher-kva.example",
    ]) {
      const from = unwrap(normaliseAddress(raw));
      const result = await checker.check(message(WEDNESDAY, { from }), FRONTLINE_USER);
      expect(result.verdict.kind).toBe("outsideTerms");
      expect(result.mode === "read" && result.sender).toBe("jürgen.müller@xn--bcher-kva.example");
    }
  });

  it("never says 'no sender address' when Outlook gave a sender in another form", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const { from: _none, ...item } = message(WEDNESDAY);
    const result = await createMessageChecker(deps).check(
      {
        ...item,
        unreadableFrom: "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=JO",
      },
      FRONTLINE_USER,
    );
    expect(result.verdict.kind).toBe("couldNotCheck");
    expect(result.verdict.reasons[0]).toMatch(
      /^The sender's address could not be read as an email address\. Outlook gave the sender as "\/O=EXCHANGELABS/,
    );
    expect(JSON.stringify(result)).not.toMatch(/no sender address/i);
  });

  it("still says a message without any sender has no sender address", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const { from: _none, ...item } = message(WEDNESDAY);
    const result = await createMessageChecker(deps).check(item, FRONTLINE_USER);
    expect(result.verdict.reasons[0]).toMatch(/^This message has no sender address\./);
    expect(CUSTOMER).toBeTruthy();
  });
});
