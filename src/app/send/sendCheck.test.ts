import { describe, expect, it } from "vitest";
import { address, REF, restrictedEntry, SPOC } from "../../domain/testFixtures";
import { imposed, noonOn, restricted } from "../../domain/testScenario";
import type { CaseRecord, EmailAddress, RestrictionTerms } from "../../domain/types";
import { AuthError, type Session, type SignedInUser, type StoreErrorCode } from "../ports";
import { CUSTOMER, FRONTLINE_USER, type TestDeps, testDeps, user } from "../pane/testSupport";
import { createSendCheck, type OutgoingMessage } from "./sendCheck";

// Wednesday 11 November 2026, noon: restricted() is in force (email or letter, one email a
// week, SPOC only: Priya Shah, deputy Jordan Lee).
const WEDNESDAY = noonOn("2026-11-11");
const STRANGER = address("someone@example.org");
const REPRESENTATIVE = address("sam.patel@advocacy.example");
const PRIYA = { ...SPOC, roles: ["frontline" as const] };

function to(...recipients: EmailAddress[]): OutgoingMessage {
  return { to: recipients, cc: [], bcc: [] };
}

/** The send check as this user would run it (the session signs them in). */
function checkAs(deps: TestDeps, who: SignedInUser, options = {}) {
  return signedIn(deps, () => Promise.resolve(who), options);
}

function signedIn(deps: TestDeps, currentUser: Session["currentUser"], options = {}) {
  return createSendCheck({ ...deps, session: { currentUser } }, options);
}

function withTerms(terms: RestrictionTerms): CaseRecord {
  const record = restricted();
  return { ...record, entry: { ...record.entry, terms } };
}

describe("the check when an email is sent", () => {
  it("lets an email to someone not on the register go after one lookup, with no prompt", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const decision = await checkAs(deps, FRONTLINE_USER).decide(to(STRANGER));
    expect(decision).toEqual({ kind: "send" });
    expect(deps.store.calls).toEqual(["lookupAddresses"]);
  });

  it("asks nothing of the register for an email with no recipients", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    expect(await checkAs(deps, FRONTLINE_USER).decide(to())).toEqual({ kind: "send" });
    expect(deps.store.calls).toEqual([]);
  });

  it("stops a colleague who is not the SPOC, naming the SPOC and the terms", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const decision = await checkAs(deps, FRONTLINE_USER).decide(to(CUSTOMER));
    expect(decision).toMatchObject({
      kind: "warn",
      cases: [
        {
          ref: REF,
          customerName: "Jo Bloggs",
          addresses: [{ address: CUSTOMER, kind: "customer" }],
          concerns: ["notSpoc"],
          reasons: ["Only the SPOC, Priya Shah, deals with this customer."],
          spoc: SPOC,
        },
      ],
    });
    const terms = decision.kind === "warn" ? decision.cases[0]?.terms : [];
    expect(terms?.join(" ")).toMatch(/Priya Shah/);
    expect(terms?.join(" ")).toMatch(/1 email a week/);
  });

  it("lets the SPOC write within the terms without a prompt", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    expect(await checkAs(deps, PRIYA).decide(to(CUSTOMER))).toEqual({ kind: "send" });
  });

  it("counts an email from the SPOC's own mailbox as the SPOC's", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const message = { ...to(CUSTOMER), from: SPOC.email };
    expect(await checkAs(deps, FRONTLINE_USER).decide(message)).toEqual({ kind: "send" });
  });

  it.each([
    ["in Cc", { to: [STRANGER], cc: [CUSTOMER], bcc: [] }],
    ["in Bcc", { to: [STRANGER], cc: [], bcc: [CUSTOMER] }],
  ])("finds the customer %s", async (_where, message: OutgoingMessage) => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const decision = await checkAs(deps, FRONTLINE_USER).decide(message);
    expect(decision.kind === "warn" && decision.cases[0]?.addresses).toEqual([
      { address: CUSTOMER, kind: "customer" },
    ]);
  });

  it.each([
    [
      "email is not an allowed channel, even for the SPOC",
      withTerms({ allowedChannels: ["letter"] }),
      PRIYA,
      ["channelNotAllowed"],
      ["The terms allow contact by letter only."],
    ],
    [
      "email is blocked (5.2.5)",
      withTerms({ extreme: { blockedChannels: ["email", "phone"] } }),
      PRIYA,
      ["blocked"],
      ["Contact by email is blocked for this customer (5.2.5)."],
    ],
    [
      "letters only and not the SPOC",
      withTerms({ allowedChannels: ["letter"], spocOnly: true }),
      FRONTLINE_USER,
      ["channelNotAllowed", "notSpoc"],
      [
        "The terms allow contact by letter only.",
        "Only the SPOC, Priya Shah, deals with this customer.",
      ],
    ],
    [
      "restrictions decided but the customer not told, even for the SPOC",
      imposed(),
      PRIYA,
      ["notYetTold"],
      [
        "Restrictions on this customer's contact were decided on Friday 30 October 2026 but they have not been told yet: the assistant director of corporate services tells them (5.2.4).",
      ],
    ],
  ])("warns when %s", async (_case, record, who, concerns, reasons) => {
    const deps = testDeps(WEDNESDAY, [record]);
    const decision = await checkAs(deps, who).decide(to(CUSTOMER));
    expect(decision).toMatchObject({ kind: "warn", cases: [{ concerns, reasons }] });
  });

  it("warns about the representative of a restricted customer", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.store.addresses.push({ address: REPRESENTATIVE, ref: REF, kind: "representative" });
    const decision = await checkAs(deps, FRONTLINE_USER).decide(to(REPRESENTATIVE, CUSTOMER));
    expect(decision.kind === "warn" && decision.cases).toHaveLength(1);
    const addresses = decision.kind === "warn" ? decision.cases[0]?.addresses : [];
    expect(addresses).toHaveLength(2);
    expect(addresses).toEqual(
      expect.arrayContaining([
        { address: REPRESENTATIVE, kind: "representative" },
        { address: CUSTOMER, kind: "customer" },
      ]),
    );
  });

  it("lets an email go to a customer whose restrictions ended", async () => {
    const ended = restrictedEntry({ stage: "ended", endedOn: restricted().entry.period?.end });
    const deps = testDeps(WEDNESDAY, [{ ...restricted(), entry: ended }]);
    expect(await checkAs(deps, FRONTLINE_USER).decide(to(CUSTOMER))).toEqual({
      kind: "send",
    });
  });

  it("checks nothing for someone without a role, and does not stop them", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const nobody = user([]);
    expect(await checkAs(deps, nobody).decide(to(CUSTOMER))).toEqual({ kind: "send" });
    expect(deps.store.calls).toEqual([]);
  });

  it("says the recipients could not be checked when the user must sign in", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const decision = await signedIn(deps, () =>
      Promise.reject(new AuthError("interactionRequired", "no account")),
    ).decide(to(CUSTOMER));
    expect(decision).toMatchObject({
      kind: "couldNotCheck",
      failure: { code: "auth:interactionRequired", title: "You need to sign in again" },
    });
    expect(deps.store.calls).toEqual([]);
  });

  it("gives up at its deadline when sign-in hangs", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const hangs = () => new Promise<never>(() => undefined);
    const decision = await signedIn(deps, hangs, { deadlineMs: 30 }).decide(to(CUSTOMER));
    expect(decision).toMatchObject({ kind: "couldNotCheck", failure: { code: "unavailable" } });
  });

  it.each<[StoreErrorCode, string]>([
    ["offline", "Outlook could not reach SharePoint"],
    ["throttled", "SharePoint is busy"],
    ["unauthorised", "Your sign-in has expired"],
    ["forbidden", "You don't have access"],
  ])(
    "says the recipients could not be checked when the register fails (%s)",
    async (code, title) => {
      const deps = testDeps(WEDNESDAY, [restricted()]);
      deps.store.fail("lookupAddresses", code);
      const decision = await checkAs(deps, FRONTLINE_USER).decide(to(CUSTOMER));
      expect(decision).toMatchObject({ kind: "couldNotCheck", failure: { title } });
    },
  );

  it("says so when a case cannot be read after the lookup", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.store.fail("getCaseForEvaluation", "unavailable");
    const decision = await checkAs(deps, FRONTLINE_USER).decide(to(CUSTOMER));
    expect(decision).toMatchObject({ kind: "couldNotCheck", failure: { code: "unavailable" } });
  });

  it("gives up at its deadline rather than hold the email", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const slow = deps.store.lookupAddresses.bind(deps.store);
    deps.store.lookupAddresses = (addresses) =>
      new Promise((resolve) => setTimeout(() => resolve(slow(addresses)), 200));
    const started = Date.now();
    const decision = await checkAs(deps, FRONTLINE_USER, { deadlineMs: 30 }).decide(to(CUSTOMER));
    expect(Date.now() - started).toBeLessThan(150);
    expect(decision).toMatchObject({
      kind: "couldNotCheck",
      failure: { title: "SharePoint did not answer in time" },
    });
  });
});

describe("the line on the draft when recipients change", () => {
  it("is the pane's compose notification for a restricted recipient", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const notice = await checkAs(deps, FRONTLINE_USER).recipientsNotice(to(CUSTOMER));
    expect(notice).toEqual({
      kind: "error",
      text: "Restricted customer: Jo Bloggs. This email would be outside the terms; see the add-in.",
    });
  });

  it("is nothing for recipients not on the register", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const notice = await checkAs(deps, FRONTLINE_USER).recipientsNotice(to(STRANGER));
    expect(notice).toEqual({ kind: "none" });
  });
});

describe("recipients Outlook gives without an email address (X.500, empty)", () => {
  const X500 = "Test Test (/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=1c2e)";

  it("are named as could not check, never sent as if unrestricted", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const decision = await checkAs(deps, FRONTLINE_USER).decide({
      ...to(STRANGER),
      uncheckedRecipients: [X500],
    });
    expect(decision).toMatchObject({
      kind: "couldNotCheck",
      failure: { title: `Outlook gave no email address for ${X500}` },
    });
  });

  it("count as recipients even when they are the only ones", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const decision = await checkAs(deps, FRONTLINE_USER).decide({
      ...to(),
      uncheckedRecipients: ["Caseworker"],
    });
    expect(decision.kind).toBe("couldNotCheck");
  });

  it("do not hide a restricted recipient found among the others", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const decision = await checkAs(deps, FRONTLINE_USER).decide({
      ...to(CUSTOMER),
      uncheckedRecipients: ["Caseworker"],
    });
    expect(decision).toMatchObject({ kind: "warn", cases: [{ concerns: ["notSpoc"] }] });
  });
});
