/**
 * PaneUseCases whose answers the test sets, recording every call: for tests of the views
 * alone. Tests of the pane with the real use cases use createPaneUseCases over the fakes in
 * paneDeps.
 */
import { sampleNotice } from "../../app/letters/testSupport";
import { vi } from "vitest";
import {
  type CaseSearch,
  type CaseSummaryView,
  type CustomerCard,
  type MyWork,
  type ContactOutbox,
  type FormOutcome,
  type LogMessageInput,
  type LogStatus,
  type MessageCheck,
  type MessageChecker,
  NO_ACTIONS,
  type OtherContactOutcome,
  type PaneUseCases,
  type RaisedConcern,
  type ReadCheck,
  type StepOneRecorded,
  type VerdictView,
} from "../../app/pane";
import { NO_CHANGES } from "../../app/caseChanges";
import type { MailItem, SignedInUser } from "../../app/ports";
import { REF, SPOC } from "../../domain/testFixtures";

export function verdictView(overrides: Partial<VerdictView> = {}): VerdictView {
  return {
    kind: "notRestricted",
    intent: "success",
    title: "Not restricted",
    reasons: [],
    advice: [],
    ...overrides,
  };
}

const OUTSIDE = verdictView({
  kind: "outsideTerms",
  intent: "error",
  title: "Restricted customer: this message is outside the terms",
  reasons: [
    "Contact by letter only.",
    "Sent on Saturday at 11:00; contact is allowed Monday to Friday, 10:00 to 12:00.",
  ],
});

export function caseSummary(overrides: Partial<CaseSummaryView> = {}): CaseSummaryView {
  return {
    ref: REF,
    customerName: "Jo Bloggs",
    matchedAddress: "jo.bloggs@example.org" as CaseSummaryView["matchedAddress"],
    matchedAs: "customer",
    stage: "restricted",
    stageInWords: "under restrictions",
    restrictedNow: true,
    verdict: { kind: "outsideTerms", reasons: [], advice: [] },
    view: OUTSIDE,
    serviceArea: "Housing",
    terms: ["Contact by letter only."],
    termsInBrief: ["by letter only"],
    spocOnly: false,
    otherConditions: [],
    spoc: SPOC,
    usage: [],
    alreadyLogged: false,
    actions: { logContact: true, forwardToSpoc: true, refer: false, openCase: false },
    ...overrides,
  };
}

export function readCheck(overrides: Partial<ReadCheck> = {}): ReadCheck {
  return {
    mode: "read",
    key: "<m1@example.org>",
    verdict: OUTSIDE,
    cases: [caseSummary()],
    alreadyLogged: false,
    access: { allowed: true, roles: ["frontline"] },
    actions: { ...NO_ACTIONS, logContact: true, forwardToSpoc: true },
    notification: { kind: "error", text: "Restricted customer: outside the terms" },
    ...overrides,
  };
}

export function unknownSenderCheck(overrides: Partial<ReadCheck> = {}): ReadCheck {
  return readCheck({ verdict: verdictView(), cases: [], actions: NO_ACTIONS, ...overrides });
}

export function fakeUseCases(check: (item: MailItem) => Promise<MessageCheck>) {
  const outbox = {
    logMessage: vi.fn((_input: LogMessageInput, _user: SignedInUser): Promise<LogStatus> =>
      Promise.resolve({ kind: "saved" }),
    ),
    logOther: vi.fn((): Promise<LogStatus> => Promise.resolve({ kind: "saved" })),
    statusOfMessage: vi.fn((): LogStatus | undefined => undefined),
    entries: vi.fn(() => []),
    flush: vi.fn(() => Promise.resolve()),
    retry: vi.fn(() => Promise.resolve(undefined)),
    discard: vi.fn(),
    subscribe: vi.fn(() => () => undefined),
    stop: vi.fn(),
  } satisfies ContactOutbox;
  const checker = {
    check: vi.fn((item: MailItem) => check(item)),
    invalidateCase: vi.fn(),
    invalidateAddresses: vi.fn(),
    clear: vi.fn(),
  } satisfies MessageChecker;
  return {
    checker,
    outbox,
    changes: NO_CHANGES,
    check: vi.fn((item: MailItem) => check(item)),
    notify: vi.fn(() => Promise.resolve()),
    logOtherContact: vi.fn((): Promise<OtherContactOutcome> =>
      Promise.resolve({ kind: "logged", status: { kind: "saved" }, verdict: OUTSIDE }),
    ),
    raiseConcern: vi.fn((): Promise<FormOutcome<RaisedConcern>> =>
      Promise.resolve({
        kind: "done",
        message: "Concern raised.",
        value: { ref: REF, letter: sampleNotice() },
      }),
    ),
    prepareReferral: vi.fn(() =>
      Promise.resolve({ kind: "refused" as const, message: "Not at this stage." }),
    ),
    submitReferral: vi.fn(() =>
      Promise.resolve({ kind: "done" as const, message: "Referred.", value: { message: "x" } }),
    ),
    forwardToSpoc: vi.fn(() => Promise.resolve({ ok: true as const, message: "Forward opened." })),
    letters: vi.fn(() => undefined),
    keepMessageCopy: vi.fn(() =>
      Promise.resolve({ kind: "refused" as const, message: "Not in these tests." }),
    ),
    recordStepOneProgress: vi.fn((): Promise<FormOutcome<StepOneRecorded>> =>
      Promise.resolve({
        kind: "done",
        message: "Recorded.",
        value: { version: { entryEtag: '"e,2"', fileEtag: '"f,2"' } },
      }),
    ),
    findCustomers: vi.fn((): Promise<CaseSearch> =>
      Promise.resolve({ kind: "results", readAs: "name", query: "", results: [], more: false }),
    ),
    customerCard: vi.fn((): Promise<CustomerCard> =>
      Promise.resolve({ kind: "found", view: caseSummary() }),
    ),
    myWork: vi.fn((): Promise<MyWork> =>
      Promise.resolve({ today: "2026-11-24" as never, queues: [] }),
    ),
  } satisfies PaneUseCases;
}
