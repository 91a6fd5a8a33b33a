/** A PaneApi whose answers the test sets, recording every call. */
import { vi } from "vitest";
import type { MailItem } from "../../app/ports";
import { restrictedEntry } from "../../domain/testFixtures";
import type { MessageCheck, PaneActions, PaneApi, ReadCheck, VerdictView } from "../paneApi";

export const NO_ACTIONS: PaneActions = {
  logContact: false,
  forwardToSpoc: false,
  raiseConcern: false,
  refer: false,
  openCase: false,
  findCase: false,
};

export function verdictView(overrides: Partial<VerdictView> = {}): VerdictView {
  return {
    kind: "notRestricted",
    intent: "success",
    title: "Not restricted",
    reasons: [],
    advice: [],
    retryable: false,
    ...overrides,
  };
}

export function restrictedCheck(overrides: Partial<ReadCheck> = {}): ReadCheck {
  return {
    mode: "read",
    verdict: verdictView({
      kind: "outsideTerms",
      intent: "error",
      title: "Outside the terms",
      reasons: [
        "Contact by letter only.",
        "Sent on Saturday at 11:00; contact is allowed Monday to Friday, 10:00 to 12:00.",
      ],
    }),
    cases: [{ entry: restrictedEntry(), usage: [], alreadyLogged: false }],
    actions: { ...NO_ACTIONS, logContact: true, forwardToSpoc: true },
    ...overrides,
  };
}

export function fakePaneApi(check: (item: MailItem) => Promise<MessageCheck>) {
  const api = {
    itemProblem: vi.fn(() =>
      verdictView({
        kind: "couldNotCheck",
        intent: "error",
        title: "Could not check this message",
        retryable: true,
      }),
    ),
    check: vi.fn((item: MailItem) => check(item)),
    notify: vi.fn(() => Promise.resolve()),
    logContact: vi.fn(() => Promise.resolve({ kind: "saved" as const })),
    forwardToSpoc: vi.fn(() => Promise.resolve({ ok: true as const })),
    raiseConcern: vi.fn(() => Promise.resolve({ kind: "done" as const, message: "Raised." })),
    referralEvidence: vi.fn(() =>
      Promise.resolve({ kind: "ready" as const, sections: [{ title: "Contact log", text: "" }] }),
    ),
    refer: vi.fn(() => Promise.resolve({ kind: "done" as const, message: "Referred." })),
  } satisfies PaneApi;
  return api;
}
