import { afterEach, describe, expect, it, vi } from "vitest";
import type { CaseRef } from "../../domain/types";
import { GRAPH_BUDGET_MS, PERSON_WAIT_MS } from "../deadline";
import { STORE_ERROR_CODES, type Deadline, type StoreErrorCode } from "../ports";
import type { MessageCheck } from "./types";
import { closed } from "./testCases";
import { address, logged } from "../../domain/testFixtures";
import {
  AD,
  applied,
  imposed,
  noonOn,
  opened,
  restricted,
  toldBy,
} from "../../domain/testScenario";
import { createMessageChecker } from "./messageCheck";
import { NOTIFICATION_LIMIT, notifyItem } from "./notification";
import {
  CUSTOMER,
  FRONTLINE_USER,
  HELPDESK_USER,
  MANAGER_USER,
  message,
  REF,
  SPOC,
  testDeps,
  user,
} from "./testSupport";

const ORPHANED = address("lee@example.org");

// Wednesday 11 November 2026, noon: restrictions (1 email a week, SPOC only) are in force.
const WEDNESDAY = noonOn("2026-11-11");

describe("checking the message in view", () => {
  it("says an unknown sender is not restricted after one lookup and nothing else", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const check = await createMessageChecker(deps).check(
      message(WEDNESDAY, { from: address("someone.else@example.org") }),
      FRONTLINE_USER,
    );
    expect(check.verdict.kind).toBe("notRestricted");
    expect(check.notification).toEqual({ kind: "none" });
    expect(deps.store.calls).toEqual(["lookupAddresses"]);
  });

  it("costs no request for a message already checked in this session", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const checker = createMessageChecker(deps);
    const item = message(WEDNESDAY);
    await checker.check(item, FRONTLINE_USER);
    const before = deps.store.calls.length;
    const again = await checker.check(item, FRONTLINE_USER);
    expect(deps.store.calls.length).toBe(before);
    expect(again.verdict.kind).toBe("withinTerms");
  });

  it("reads the case again once a contact is logged on it", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const checker = createMessageChecker(deps);
    const item = message(WEDNESDAY);
    await checker.check(item, FRONTLINE_USER);
    checker.invalidateCase(REF);
    deps.store.calls.length = 0;
    await checker.check(item, FRONTLINE_USER);
    expect(deps.store.calls).toEqual(["lookupAddresses", "getCaseForEvaluation"]);
  });

  it("shows a restricted customer's first email of the week as within the terms, with the case", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    expect(deps.store.calls).toEqual(["lookupAddresses", "getCaseForEvaluation"]);
    expect(check.verdict).toMatchObject({
      kind: "withinTerms",
      title: "Restricted customer: this message is within the terms",
      reasons: [],
    });
    expect(check.mode === "read" && check.cases[0]).toMatchObject({
      ref: REF,
      customerName: "Jo Bloggs",
      stageInWords: "under restrictions",
      restrictedNow: true,
      spoc: SPOC,
      usage: [
        {
          used: 0,
          max: 1,
          text: "0 of 1 email in the week beginning Monday 9 November 2026",
          usedUp: false,
        },
      ],
      restrictionEnds: { text: "Sunday 31 January 2027" },
      reviewDue: { text: "Sunday 31 January 2027" },
      appealBy: { text: "Monday 30 November 2026" },
      alreadyLogged: false,
    });
    const terms = check.mode === "read" ? check.cases[0]?.terms : [];
    expect(terms).toContain("Only with the SPOC, Priya Shah.");
    expect(terms).toContain("Contact by email or by letter only.");
  });

  it("says the second email of the week is outside the terms, why, and (on the message too) not to reply", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.store.contacts.push(logged("2026-11-09T10:00:00Z", { ref: REF }));
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    expect(check.verdict.kind).toBe("outsideTerms");
    expect(check.verdict.reasons).toEqual([
      "This is email 2 this week; the allowance is 1 a week (week beginning Monday 9 November 2026).",
    ]);
    // Logging is its own sentence in the advice now, so a logged message can leave it out.
    expect(check.notification).toEqual({
      kind: "error",
      text: "Restricted customer: outside the terms. Do not reply to contact outside the terms: file it. Log this contact.",
    });
    expect(check.verdict.advice[0]).toBe("Do not reply to contact outside the terms: file it.");
  });

  it("tells staff, on the message too, to forward an email that only missed the SPOC", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const check = await createMessageChecker(deps).check(
      message(WEDNESDAY, { to: [address("housing@council.example")] }),
      FRONTLINE_USER,
    );
    expect(check.verdict.kind).toBe("outsideTerms");
    const text = check.notification.kind === "none" ? "" : check.notification.text;
    expect(text).toMatch(
      /^Restricted customer: outside the terms\. Forward it to the SPOC, Priya Shah/,
    );
    expect(text).toContain(check.verdict.advice[0]?.slice(0, 40));
  });

  it("does not count a message already in the log against itself, and says it is logged", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const item = message(WEDNESDAY);
    deps.store.contacts.push(
      logged(WEDNESDAY.toISOString(), { ref: REF, messageId: item.internetMessageId as string }),
    );
    const check = await createMessageChecker(deps).check(item, FRONTLINE_USER);
    expect(check.verdict.kind).toBe("withinTerms");
    expect(check.mode === "read" && check.alreadyLogged).toBe(true);
    expect(check.mode === "read" && check.cases[0]?.usage[0]?.used).toBe(1);
  });

  it("looks up a delegate and the mailbox they wrote for in one request", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const delegate = address("helper@example.org");
    const check = await createMessageChecker(deps).check(
      message(WEDNESDAY, { sender: delegate }),
      FRONTLINE_USER,
    );
    expect(deps.store.calls.filter((c) => c === "lookupAddresses")).toHaveLength(1);
    expect(check).toMatchObject({ sender: delegate, onBehalfOf: CUSTOMER });
    expect(check.verdict.kind).toBe("withinTerms");
  });

  it("names a case at step one without calling the customer restricted", async () => {
    const deps = testDeps(WEDNESDAY, [opened()]);
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    expect(check.verdict.kind).toBe("caseOpen");
    expect(check.verdict.title).toBe("Not restricted: this customer's case is at step one");
    expect(check.verdict.advice[0]).toMatch(/step one, 5\.1/);
    expect(check.notification.kind === "informational" && check.notification.text).not.toMatch(
      /^Restricted/,
    );
  });

  it("says restrictions are decided but not yet told, judging contact as before (5.2.4)", async () => {
    // Imposed on 30 October from 2 November; nobody has told the customer by 11 November.
    const deps = testDeps(WEDNESDAY, [imposed()]);
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    expect(check.verdict).toMatchObject({
      kind: "caseOpen",
      title: "Restrictions decided; the customer has not yet been told",
    });
    expect(check.verdict.advice[0]).toMatch(/not yet been told of them, so they do not apply yet/);
    expect(check.notification).toEqual({
      kind: "informational",
      text: "Known customer: restrictions decided; the customer has not yet been told. Log this contact.",
    });
  });

  it("binds from the minute the customer was told, not the start of the day", async () => {
    // Told at 14:00 on Wednesday 11 November (the period began on 2 November).
    const told = applied(imposed(), toldBy("2026-11-11", "14:00"), AD, "2026-11-12").record;
    const deps = testDeps(noonOn("2026-11-11"), [told]);
    deps.setNow(new Date("2026-11-11T15:00:00Z"));
    const checker = createMessageChecker(deps);
    const before = await checker.check(message(new Date("2026-11-11T13:59:00Z")), FRONTLINE_USER);
    expect(before.verdict).toMatchObject({
      kind: "caseOpen",
      title: "Not restricted yet: restrictions apply from 14:00 on Wednesday 11 November 2026",
    });
    const after = await checker.check(message(new Date("2026-11-11T14:00:00Z")), FRONTLINE_USER);
    expect(after.verdict.kind).toBe("withinTerms");
  });

  it("says a closed case is not restricted and to deal with contact as normal", async () => {
    const deps = testDeps(WEDNESDAY, [closed()]);
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    expect(check.verdict.kind).toBe("notRestricted");
    expect(check.verdict.advice.join(" ")).toMatch(/deal with this contact as normal/);
  });

  it("shows reasonable adjustments to managers, and does not read case files for frontline staff", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const file = deps.store.files.get(REF);
    if (file) {
      file.value = {
        ...file.value,
        reasonableAdjustments: [{ description: "Large print letters" }],
      };
    }
    const checker = createMessageChecker(deps);
    const item = message(WEDNESDAY);
    const frontline = await checker.check(item, FRONTLINE_USER);
    expect(deps.store.calls).not.toContain("getCaseFile");
    expect(frontline.mode === "read" && frontline.cases[0]?.adjustments).toBeUndefined();
    const manager = await checker.check(item, MANAGER_USER);
    expect(manager.mode === "read" && manager.cases[0]?.adjustments).toEqual([
      { description: "Large print letters" },
    ]);
  });

  it("still gives the verdict when the case file cannot be read, and says why", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.store.fail("getCaseFile", "forbidden");
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), MANAGER_USER);
    expect(check.verdict.kind).toBe("withinTerms");
    expect(check.mode === "read" && check.cases[0]?.adjustmentsProblem).toMatch(
      /^You don't have access/,
    );
  });

  it("reads nothing for a user with no role, and says so", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), user([]));
    expect(deps.store.calls).toEqual([]);
    expect(check.access.allowed).toBe(false);
    expect(check.verdict.kind).toBe("couldNotCheck");
    expect(check.actions.logContact).toBe(false);
  });
});

describe("never a false 'not restricted'", () => {
  const failing: readonly ["lookupAddresses" | "getCaseForEvaluation", StoreErrorCode][] =
    STORE_ERROR_CODES.flatMap((code) => [
      ["lookupAddresses", code] as const,
      ["getCaseForEvaluation", code] as const,
    ]);

  // Failures that time cures are checked again by the pane itself (noon in London + 15 s or
  // the 30 s a busy SharePoint asks for when it gives no Retry-After); the others are not.
  const titles: Partial<Record<StoreErrorCode, string>> = {
    offline: "Could not check this sender; retrying at 12:00:15",
    unavailable: "Could not check this sender; retrying at 12:00:15",
    timeout: "Could not check this sender; retrying at 12:00:15",
    throttled: "SharePoint is busy; retrying at 12:00:30",
  };

  it.each(failing)("%s failing with %s gives 'could not check' in words", async (method, code) => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.store.fail(method, code);
    const checker = createMessageChecker(deps);
    const item = message(WEDNESDAY);
    const check = await checker.check(item, FRONTLINE_USER);
    expect(check.verdict.kind).toBe("couldNotCheck");
    expect(check.verdict.failure?.code).toBe(code);
    expect(check.verdict.title).toBe(titles[code] ?? "Could not check this sender");
    expect(check.verdict.retry !== undefined).toBe(titles[code] !== undefined);
    expect(check.verdict.reasons[0]).not.toMatch(/Error|undefined/);
    expect(check.notification.kind).toBe("error");
    // The failure is not cached: the next look succeeds.
    const again = await checker.check(item, FRONTLINE_USER);
    expect(again.verdict.kind).toBe("withinTerms");
  });

  it("says when SharePoint asks to wait", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const { StoreError } = await import("../ports");
    deps.store.lookupAddresses = () =>
      Promise.reject(new StoreError("throttled", "429", "addresses", "req-1", 30));
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    expect(check.verdict.title).toBe("SharePoint is busy; retrying at 12:00:30");
    expect(check.verdict.reasons[0]).toBe(
      "SharePoint asked the add-in to wait before asking again, so this sender could not be checked yet. The add-in will check again by itself at 12:00:30.",
    );
    expect(check.verdict.retry).toEqual({
      at: new Date(WEDNESDAY.getTime() + 30_000),
      afterMs: 30_000,
    });
    expect(check.verdict.failure).toMatchObject({ retryable: true, retryAfterSeconds: 30 });
  });
});

describe("an address whose case is not in the register", () => {
  // The helpdesk manager typed the reference by hand, or deleted the case and not its address.
  const ORPHAN = "UCB-2026-0RPHAN" as CaseRef;

  function depsWithOrphan() {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.store.addresses.push({ address: ORPHANED, ref: ORPHAN, kind: "customer" });
    return deps;
  }

  it("says the sender could not be checked, why, and to tell the city helpdesk manager", async () => {
    const deps = depsWithOrphan();
    const checker = createMessageChecker(deps);
    const check = await checker.check(message(WEDNESDAY, { from: ORPHANED }), FRONTLINE_USER);
    expect(check.verdict).toMatchObject({
      kind: "couldNotCheck",
      title: "Could not check this sender",
    });
    expect(check.verdict.reasons[0]).toBe(
      "The register entry for lee@example.org is missing. This address is listed under case UCB-2026-0RPHAN, but the restriction register has no entry for that case. Tell the city helpdesk manager, giving the address and the case reference. Until it is put right, treat this contact with care.",
    );
    expect(check.verdict.failure).toMatchObject({ code: "invalidData", retryable: false });
    expect(check.actions).toMatchObject({ logContact: false, openCase: false });
    await notifyItem(deps, check);
    expect(deps.mailbox.notifications).toHaveLength(1);
    expect(deps.mailbox.notifications[0]?.kind).toBe("error");
    expect(deps.mailbox.notifications[0]?.message).toMatch(/^Could not check the sender/);
    expect(deps.mailbox.notifications[0]?.message).not.toMatch(/not restricted/i);
  });

  it("is checked again next time, so a corrected register is seen at once", async () => {
    const deps = depsWithOrphan();
    const checker = createMessageChecker(deps);
    const item = message(WEDNESDAY, { from: ORPHANED });
    await checker.check(item, FRONTLINE_USER);
    const ours = deps.store.addresses.find((a) => a.ref === ORPHAN);
    if (ours) Object.assign(ours, { ref: REF });
    const again = await checker.check(item, FRONTLINE_USER);
    expect(again.verdict.kind).toBe("withinTerms");
  });

  it("makes a draft to that address 'could not check', not 'no recipient restricted'", async () => {
    const deps = depsWithOrphan();
    const item = message(WEDNESDAY, { mode: "compose", from: undefined, to: [ORPHANED] });
    const check = await createMessageChecker(deps).check(item, FRONTLINE_USER);
    expect(check.verdict).toMatchObject({
      kind: "couldNotCheck",
      title: "Could not check the recipients",
    });
  });

  it("names the address whose entry cannot be read when its case reference is not one", async () => {
    const deps = testDeps(WEDNESDAY);
    const { StoreError } = await import("../ports");
    deps.store.lookupAddresses = () =>
      Promise.reject(new StoreError("invalidData", "CaseRef is not valid", "addresses"));
    const check = await createMessageChecker(deps).check(
      message(WEDNESDAY, { from: ORPHANED }),
      FRONTLINE_USER,
    );
    expect(check.verdict.kind).toBe("couldNotCheck");
    expect(check.verdict.reasons[0]).toMatch(
      /^The register's entry for lee@example\.org cannot be read\. .*Tell the city helpdesk manager, giving the address\.$/,
    );
  });
});

describe("compose mode", () => {
  it("checks every recipient in one lookup and flags the restricted one with advice for writers", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const item = message(WEDNESDAY, {
      mode: "compose",
      internetMessageId: undefined,
      from: undefined,
      to: [address("someone@example.org")],
      cc: [CUSTOMER],
    });
    const check = await createMessageChecker(deps).check(item, FRONTLINE_USER);
    expect(deps.store.calls.filter((c) => c === "lookupAddresses")).toHaveLength(1);
    expect(check.mode === "compose" && check.recipients.map((r) => r.address)).toEqual([CUSTOMER]);
    expect(check.verdict.kind).toBe("outsideTerms");
    expect(check.verdict.reasons).toEqual(["Only the SPOC, Priya Shah, deals with this customer."]);
    expect(check.verdict.advice).toEqual(["Ask the SPOC, Priya Shah, to write to them instead."]);
  });

  it("lets the SPOC write within the terms", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const spoc = { ...SPOC, roles: ["frontline" as const] };
    const item = message(WEDNESDAY, { mode: "compose", to: [CUSTOMER], from: undefined });
    const check = await createMessageChecker(deps).check(item, spoc);
    expect(check.verdict.kind).toBe("withinTerms");
  });

  it("finds a restricted customer in Bcc too", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const item = message(WEDNESDAY, {
      mode: "compose",
      from: undefined,
      to: [address("someone@example.org")],
      bcc: [CUSTOMER],
    });
    const check = await createMessageChecker(deps).check(item, FRONTLINE_USER);
    expect(check.mode === "compose" && check.recipients.map((r) => r.address)).toEqual([CUSTOMER]);
    expect(check.verdict.kind).toBe("outsideTerms");
  });

  it("counts an email sent from the SPOC's own mailbox (a delegate writing as them) as the SPOC's", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const asSpoc = message(WEDNESDAY, { mode: "compose", to: [CUSTOMER], from: SPOC.email });
    const fromTeam = message(WEDNESDAY, {
      mode: "compose",
      to: [CUSTOMER],
      from: address("housing@portsmouthcc.gov.uk"),
    });
    const checker = createMessageChecker(deps);
    expect((await checker.check(asSpoc, FRONTLINE_USER)).verdict.kind).toBe("withinTerms");
    expect((await checker.check(fromTeam, FRONTLINE_USER)).verdict.kind).toBe("outsideTerms");
  });

  it("says no recipient is restricted when none is known", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const item = message(WEDNESDAY, {
      mode: "compose",
      to: [address("someone@example.org")],
      from: undefined,
    });
    const check = await createMessageChecker(deps).check(item, FRONTLINE_USER);
    expect(check.verdict.kind).toBe("notRestricted");
    expect(check.notification).toEqual({ kind: "none" });
  });
});

describe("the notification on the item", () => {
  it.each([
    ["within the terms", [] as const],
    ["outside the terms", ["2026-11-09T10:00:00Z"] as const],
  ])("fits in %s within Outlook's 150 characters", async (_name, earlier) => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    for (const at of earlier) deps.store.contacts.push(logged(at, { ref: REF }));
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    await notifyItem(deps, check);
    expect(deps.mailbox.notifications).toHaveLength(1);
    expect(deps.mailbox.notifications[0]?.message.length).toBeLessThanOrEqual(NOTIFICATION_LIMIT);
  });

  it("is cleared for a sender who is not restricted", async () => {
    const deps = testDeps(WEDNESDAY);
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    await notifyItem(deps, check);
    expect(deps.mailbox.cleared).toBe(1);
    expect(deps.mailbox.notifications).toEqual([]);
  });

  it("does not fail the pane when Outlook refuses it", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.mailbox.fail("showNotification");
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    await expect(notifyItem(deps, check)).resolves.toBeUndefined();
  });
});

describe("actions by role", () => {
  it.each([
    [FRONTLINE_USER, { logContact: true, forwardToSpoc: true, refer: false, openCase: false }],
    [MANAGER_USER, { logContact: true, forwardToSpoc: true, refer: false, openCase: false }],
    [HELPDESK_USER, { logContact: true, forwardToSpoc: true, refer: false, openCase: true }],
  ])("on a restricted case for %o", async (who, expected) => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), who);
    expect(check.mode === "read" && check.cases[0]?.actions).toEqual(expected);
  });

  it("offers a service manager the referral of a case at step one, not a new concern", async () => {
    const deps = testDeps(WEDNESDAY, [opened()]);
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), MANAGER_USER);
    expect(check.actions).toMatchObject({ refer: true, raiseConcern: false });
  });

  it("offers managers, and only them, a step-one concern on an unknown sender", async () => {
    const deps = testDeps(WEDNESDAY);
    const checker = createMessageChecker(deps);
    const item = message(WEDNESDAY);
    expect((await checker.check(item, MANAGER_USER)).actions.raiseConcern).toBe(true);
    expect((await checker.check(item, FRONTLINE_USER)).actions.raiseConcern).toBe(false);
  });
});

describe("a definite answer in time, whatever SharePoint does", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  async function settleWithin(promise: Promise<MessageCheck>, limitMs: number) {
    let done: MessageCheck | undefined;
    void promise.then((c) => (done = c));
    const started = Date.now();
    while (!done && Date.now() - started < limitMs) await vi.advanceTimersByTimeAsync(250);
    return { check: done, elapsed: Date.now() - started };
  }

  it("says it could not check, and when it will try again, once the budget is spent", async () => {
    vi.useFakeTimers();
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.store.lookupAddresses = () => new Promise(() => undefined); // never answers
    const { check, elapsed } = await settleWithin(
      createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER),
      PERSON_WAIT_MS,
    );
    expect(elapsed).toBeLessThanOrEqual(GRAPH_BUDGET_MS + 250);
    expect(check?.verdict).toMatchObject({
      kind: "couldNotCheck",
      title: "Could not check this sender; retrying at 12:00:15",
      failure: { code: "timeout" },
      retry: { afterMs: 15_000 },
    });
  });

  it("keeps to a shorter budget when asked (the send-time check)", async () => {
    vi.useFakeTimers();
    const deps = testDeps(WEDNESDAY, [restricted()]);
    deps.store.getCaseForEvaluation = () => new Promise(() => undefined);
    const { check, elapsed } = await settleWithin(
      createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER, { budgetMs: 3_000 }),
      PERSON_WAIT_MS,
    );
    expect(elapsed).toBeLessThanOrEqual(3_250);
    expect(check?.verdict.kind).toBe("couldNotCheck");
  });

  it("gives the store the deadline, so its requests stop there", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const seen: Deadline[] = [];
    deps.store.withDeadline = (deadline) => {
      seen.push(deadline);
      return deps.store;
    };
    const before = Date.now();
    await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.at).toBeGreaterThanOrEqual(before + GRAPH_BUDGET_MS);
    expect(seen[0]?.at).toBeLessThan(before + GRAPH_BUDGET_MS + 1_000);
  });

  it("looks again when a case has gone since its address was found, and then says nothing of it", async () => {
    const deps = testDeps(WEDNESDAY, [restricted()]);
    const lookups: number[] = [];
    const real = deps.store.lookupAddresses.bind(deps.store);
    // The address index still listed the case; meanwhile the case was destroyed.
    const stale = [
      { address: CUSTOMER, ref: "UCB-2026-G0NE00" as CaseRef, kind: "customer" as const },
    ];
    deps.store.lookupAddresses = async (addresses) => {
      lookups.push(lookups.length);
      return lookups.length === 1 ? stale : real(addresses);
    };
    const check = await createMessageChecker(deps).check(message(WEDNESDAY), FRONTLINE_USER);
    expect(lookups).toHaveLength(2);
    expect(check.verdict.kind).toBe("withinTerms");
  });
});
