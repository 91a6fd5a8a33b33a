/**
 * Checking the message in view (DESIGN §5): who sent it (or, in compose, who it goes to), which
 * cases they belong to, and whether this message is within the terms. One lookup for all the
 * addresses (none when the store's address index answers), one read per case found; a message
 * from someone on the register checked before in this session costs nothing.
 * Any failure is "could not check", never "not restricted". A check ends within its budget
 * (GRAPH_BUDGET_MS, src/app/deadline.ts) whatever SharePoint does; a failure that time will
 * cure (busy, no answer) says when the pane will check again by itself.
 */
import { MANAGER_ROLES } from "../../domain/caseRoles";
import type { CaseRef, ContactFacts, EmailAddress, RegisterEntry } from "../../domain/types";
import { normaliseMessageId } from "../../domain/messageId";
import { listWithAnd } from "../../domain/wording";
import { contactsNeededSince } from "../../domain/volumeUsage";
import { GRAPH_BUDGET_MS, withDeadline } from "../deadline";
import type { CaseChange, CaseChanges } from "../caseChanges";
import type { AppDeps } from "../deps";
import { describeFailure, type FailureWording, missingRegisterEntry } from "../errorWording";
import type { AddressEntry, CaseStore, MailItem, SignedInUser } from "../ports";
import {
  accessFor,
  NO_ACCESS_MESSAGE,
  NO_ACCESS_TITLE,
  NO_ACTIONS,
  paneActionsFor,
} from "./actions";
import { type CaseData, caseSummary, judge } from "./caseSummary";
import { evaluationWindowStart, startOfDayOf } from "./evaluationWindow";
import { notificationFor } from "./notification";
import { withholdOtherCustomers } from "./representedCustomers";
import { judgeOutgoing } from "./outgoing";
import type {
  CaseSummaryView,
  ComposeCheck,
  MessageCheck,
  ReadCheck,
  RecipientCheck,
  VerdictView,
} from "./types";
import {
  couldNotCheck,
  mostSerious,
  NO_RESTRICTED_RECIPIENT,
  retryDelayMs,
  seriousness,
  UNKNOWN_SENDER,
} from "./verdictWords";

export type CheckOptions = {
  /**
   * The longest the check may take (default GRAPH_BUDGET_MS). The send-time check (Smart
   * Alerts warns after 5 s) passes less; a failure by then is "could not check".
   */
  readonly budgetMs?: number;
  /** Ends the check early, as "could not check" (the person moved on). */
  readonly signal?: AbortSignal;
};

export interface MessageChecker {
  /**
   * Never rejects, and settles within the budget: a failure is a "couldNotCheck" verdict, never
   * "notRestricted"; one that time will cure carries `verdict.retry`, when to check again.
   */
  check(item: MailItem, user: SignedInUser, options?: CheckOptions): Promise<MessageCheck>;
  /** A contact was logged or the case changed: its cached checks are read again next time. */
  invalidateCase(ref: CaseRef): void;
  /** A case was opened on these addresses: checks that found them unknown are dropped. */
  invalidateAddresses(addresses: readonly EmailAddress[]): void;
  clear(): void;
}

/** What was read for one message: the address matches and each case's data. */
type Gathered = {
  readonly addresses: readonly EmailAddress[];
  readonly matches: readonly AddressEntry[];
  readonly cases: ReadonlyMap<CaseRef, CaseData>;
  /** The first case that could not be read, with the failure in words. */
  readonly failure?: FailureWording;
};

function unique<T>(items: readonly (T | undefined)[]): T[] {
  return [...new Set(items.filter((i): i is T => i !== undefined))];
}

function keyOf(item: MailItem): string | undefined {
  const id = normaliseMessageId(item.internetMessageId) ?? item.itemId;
  return id ? `${item.mode}:${id}` : undefined;
}

function addressesOf(item: MailItem): EmailAddress[] {
  return item.mode === "read"
    ? unique([item.from, item.sender])
    : unique([...item.to, ...item.cc, ...(item.bcc ?? [])]);
}

export function readsCaseFiles(user: SignedInUser): boolean {
  return user.roles.some((r) => MANAGER_ROLES.includes(r));
}

type FileRead = Pick<CaseData, "adjustments" | "adjustmentsProblem" | "stepOne"> & {
  fileEtag?: string;
};

/** What a manager's pane shows from the case file: adjustments and step one's progress. */
export async function readCaseFile(store: CaseStore, ref: CaseRef): Promise<FileRead> {
  try {
    const file = await store.getCaseFile(ref);
    if (!file) return {};
    const { reasonableAdjustments, stepOne } = file.value;
    return {
      adjustments: reasonableAdjustments,
      ...(stepOne ? { stepOne } : {}),
      fileEtag: file.etag,
    };
  } catch (e) {
    const failure = describeFailure(e, { ref });
    return { adjustmentsProblem: `${failure.title}. ${failure.detail}` };
  }
}

/**
 * `changes`: the pane's case changes (caseChanges.ts). A case written anywhere in the pane drops
 * its cached checks, so the next check of a message shows the case as it is now.
 */
export function createMessageChecker(
  deps: Pick<AppDeps, "store" | "clock" | "config">,
  changes?: CaseChanges,
): MessageChecker {
  const { config } = deps;
  /** Checked messages by key: only complete reads are kept. */
  const cache = new Map<string, Gathered>();
  /** Register entries read this session: they make the next read of the case exact. */
  const entries = new Map<CaseRef, RegisterEntry>();
  const inFlight = new Map<string, Promise<Gathered>>();
  /** Bumped by every invalidation, so a read that started before one is not cached. */
  let generation = 0;

  function sinceFor(ref: CaseRef, at: Date): Date {
    const known = entries.get(ref);
    // Without the entry the periods are unknown: read from the earliest any period could start.
    if (!known) return evaluationWindowStart(at, config);
    // No allowance in force: the day's contacts still show whether this message was logged.
    return contactsNeededSince(known, at, config) ?? startOfDayOf(at, config);
  }

  async function readCase(
    store: CaseStore,
    ref: CaseRef,
    at: Date,
    withFile: boolean,
  ): Promise<CaseData | null> {
    const [evaluation, adjustments] = await Promise.all([
      store.getCaseForEvaluation(ref, sinceFor(ref, at)),
      withFile ? readCaseFile(store, ref) : Promise.resolve<FileRead>({}),
    ]);
    if (!evaluation) return null;
    entries.set(ref, evaluation.entry.value);
    const { fileEtag, ...read } = adjustments;
    return {
      entry: evaluation.entry.value,
      contacts: evaluation.contacts,
      ...read,
      version: { entryEtag: evaluation.entry.etag, ...(fileEtag ? { fileEtag } : {}) },
    };
  }

  async function gather(
    store: CaseStore,
    item: MailItem,
    withFile: boolean,
    firstLook = true,
  ): Promise<Gathered> {
    const addresses = addressesOf(item);
    if (addresses.length === 0) {
      // A message with no sender address cannot be checked; no recipients means none restricted.
      // One whose sender Outlook gave in another form has a sender: say what it was.
      const unreadable = item.unreadableFrom;
      const failure =
        item.mode === "read"
          ? {
              code: "unknown" as const,
              title: unreadable
                ? "The sender's address could not be read as an email address"
                : "This message has no sender address",
              detail: unreadable
                ? `Outlook gave the sender as "${unreadable.slice(0, 120)}", which is not an email address the register can hold, so the sender could not be checked.`
                : "Outlook gave no address to look up, so the sender could not be checked.",
              retryable: false,
            }
          : undefined;
      return { addresses, matches: [], cases: new Map(), ...(failure ? { failure } : {}) };
    }
    const matches = await store.lookupAddresses(addresses);
    const refs = unique(matches.map((m) => m.ref));
    const read = await Promise.allSettled(
      refs.map((ref) => readCase(store, ref, item.receivedAt, withFile)),
    );
    const cases = new Map<CaseRef, CaseData>();
    let failure: FailureWording | undefined;
    const missing: CaseRef[] = [];
    read.forEach((result, i) => {
      const ref = refs[i] as CaseRef;
      if (result.status === "rejected") failure ??= describeFailure(result.reason, { ref });
      else if (result.value) cases.set(ref, result.value);
      else missing.push(ref);
    });
    // The address may have gone with its case since it was looked up (a case destroyed
    // meanwhile, or the store's address index a little behind): look once more before calling
    // it bad data. The store reads its index afresh after a case it could not find.
    if (missing.length > 0 && firstLook) return gather(store, item, withFile, false);
    for (const ref of missing) {
      // An address that leads to no register entry is bad data, not an unrestricted sender.
      const address = matches.find((m) => m.ref === ref)?.address ?? ref;
      failure ??= missingRegisterEntry(address, ref);
    }
    return { addresses, matches, cases, ...(failure ? { failure } : {}) };
  }

  function gatherOnce(
    store: CaseStore,
    key: string | undefined,
    item: MailItem,
    withFile: boolean,
  ) {
    const flightKey = `${key ?? ""}|${withFile}`;
    if (key === undefined) return gather(store, item, withFile);
    const running = inFlight.get(flightKey);
    if (running) return running;
    const started = generation;
    const promise = gather(store, item, withFile)
      .then((gathered) => {
        // Only what found a case is kept: "not on the register" is asked again each time (no
        // request while the store's address index is fresh), so it is never older than that.
        const keep = !gathered.failure && gathered.matches.length > 0 && started === generation;
        if (keep) cache.set(flightKey, gathered);
        return gathered;
      })
      .finally(() => inFlight.delete(flightKey));
    inFlight.set(flightKey, promise);
    return promise;
  }

  /** A failure in words; when time will cure it, when the pane will check again by itself. */
  function failed(failure: FailureWording, what: string): VerdictView {
    const afterMs = retryDelayMs(failure);
    if (afterMs === undefined) return couldNotCheck(failure, what);
    const at = new Date(deps.clock.now().getTime() + afterMs);
    return couldNotCheck(failure, what, { at, afterMs, timeZone: config.timeZone });
  }

  function factsOf(item: MailItem): ContactFacts {
    const messageId = normaliseMessageId(item.internetMessageId);
    return {
      channel: "email",
      at: item.receivedAt,
      ...(item.from ? { from: item.from } : {}),
      to: item.to,
      cc: item.cc,
      ...(messageId ? { messageId } : {}),
    };
  }

  function readView(
    item: MailItem,
    key: string,
    user: SignedInUser,
    gathered: Gathered,
  ): ReadCheck {
    const facts = factsOf(item);
    const cases: CaseSummaryView[] = [];
    for (const [ref, data] of gathered.cases) {
      const match =
        gathered.matches.find((m) => m.ref === ref && m.address === item.from) ??
        gathered.matches.find((m) => m.ref === ref);
      if (!match) continue;
      cases.push(
        caseSummary({
          data,
          match,
          facts,
          judged: judge(data, facts, config),
          user,
          mode: "read",
          config,
        }),
      );
    }
    const all = sortCases(cases);
    // Need to know: a representative of several customers shows frontline staff no more of
    // them than this message needs (representedCustomers.ts).
    const sorted = readsCaseFiles(user) ? all : withholdOtherCustomers(all, item.subject);
    const verdict = overall(gathered, sorted, UNKNOWN_SENDER, "this sender", failed);
    // A delegate (sender) writing for someone else (from): both are looked up.
    const sender = item.sender ?? item.from;
    const delegated =
      item.sender !== undefined && item.from !== undefined && item.sender !== item.from;
    return {
      mode: "read",
      key,
      verdict,
      ...(sender ? { sender } : {}),
      ...(delegated ? { onBehalfOf: item.from } : {}),
      cases: sorted,
      alreadyLogged: sorted.length > 0 && sorted.every((c) => c.alreadyLogged),
      access: accessFor(user),
      actions: paneActionsFor(user, config, sorted, "read", !gathered.failure),
      notification: notificationFor("read", verdict, sorted[0]),
    };
  }

  function composeView(
    item: MailItem,
    key: string,
    user: SignedInUser,
    gathered: Gathered,
  ): ComposeCheck {
    const now = deps.clock.now();
    const facts: ContactFacts = { ...factsOf(item), at: now };
    const recipients: RecipientCheck[] = [];
    for (const match of gathered.matches) {
      const data = gathered.cases.get(match.ref);
      if (!data) continue;
      const judged = judgeOutgoing(data.entry, user, now, config, item.from);
      // Ended and closed cases say nothing about writing to the customer now.
      if (judged.view.kind === "notRestricted") continue;
      const summary = caseSummary({ data, match, facts, judged, user, mode: "compose", config });
      recipients.push({ address: match.address, verdict: judged.view, case: summary });
    }
    const sorted = [...recipients].sort(
      (a, b) => seriousness(a.verdict.kind) - seriousness(b.verdict.kind),
    );
    const lead = sorted[0];
    const unchecked = item.uncheckedRecipients ?? [];
    // Recipients with no address to look up are never taken as unrestricted: with nobody
    // restricted among the rest, the verdict is that they could not be checked.
    const none =
      unchecked.length > 0
        ? couldNotCheck(uncheckedRecipientsFailure(unchecked), "every recipient")
        : NO_RESTRICTED_RECIPIENT;
    const verdict = overall(
      gathered,
      sorted.map((r) => ({ view: r.verdict })),
      none,
      "the recipients",
      failed,
    );
    return {
      mode: "compose",
      key,
      verdict,
      recipients: sorted,
      ...(unchecked.length > 0 ? { uncheckedRecipients: unchecked } : {}),
      access: accessFor(user),
      actions: paneActionsFor(
        user,
        config,
        sorted.map((r) => r.case),
        "compose",
        !gathered.failure,
      ),
      notification: notificationFor("compose", verdict, lead?.case),
    };
  }

  function withoutCases(
    item: MailItem,
    key: string,
    user: SignedInUser,
    verdict: VerdictView,
    notify: boolean,
  ): MessageCheck {
    const common = {
      key,
      verdict,
      access: accessFor(user),
      actions: NO_ACTIONS,
      notification: notify
        ? notificationFor(item.mode, verdict, undefined)
        : ({ kind: "none" } as const),
    };
    return item.mode === "read"
      ? { mode: "read", cases: [], alreadyLogged: false, ...common }
      : { mode: "compose", recipients: [], ...common };
  }

  const checker: MessageChecker = {
    async check(item, user, options = {}) {
      const key = keyOf(item) ?? "";
      if (user.roles.length === 0) {
        // No role, no reading: the register is not shown to people without a role.
        const noRole = couldNotCheck({
          code: "forbidden",
          title: NO_ACCESS_TITLE,
          detail: NO_ACCESS_MESSAGE,
          retryable: false,
        });
        return withoutCases(item, key, user, noRole, false);
      }
      const withFile = item.mode === "read" && readsCaseFiles(user);
      try {
        const cached = cache.get(`${keyOf(item) ?? ""}|${withFile}`);
        const gathered =
          cached ??
          (await withDeadline(
            deps.store,
            options.budgetMs ?? GRAPH_BUDGET_MS,
            (store) => gatherOnce(store, keyOf(item), item, withFile),
            options.signal ? { signal: options.signal } : {},
          ));
        return item.mode === "read"
          ? readView(item, key, user, gathered)
          : composeView(item, key, user, gathered);
      } catch (e) {
        const what = item.mode === "read" ? "this sender" : "the recipients";
        // An address can be named only when it is the one that was looked up.
        const [only, ...others] = addressesOf(item);
        const failure = describeFailure(e, only && !others.length ? { address: only } : undefined);
        return withoutCases(item, key, user, failed(failure, what), true);
      }
    },
    invalidateCase(ref) {
      generation += 1;
      entries.delete(ref);
      for (const [key, gathered] of cache) {
        if (gathered.cases.has(ref) || gathered.matches.some((m) => m.ref === ref)) {
          cache.delete(key);
        }
      }
    },
    invalidateAddresses(addresses) {
      generation += 1;
      for (const [key, gathered] of cache) {
        if (gathered.addresses.some((a) => addresses.includes(a))) cache.delete(key);
      }
    },
    clear() {
      generation += 1;
      cache.clear();
      entries.clear();
    },
  };
  changes?.onWrite((change) => {
    checker.invalidateCase(change.ref);
    checker.invalidateAddresses(change.addresses);
    // The entry just written makes the next read of its contacts exact.
    if (change.entry) entries.set(change.ref, change.entry.value);
  });
  return checker;
}

/**
 * Whether a change to a case makes this check stale: one of its cases changed, or an address of
 * the message now belongs to a case (a concern was just raised about an unknown sender).
 */
export function changeConcerns(item: MailItem, check: MessageCheck, change: CaseChange): boolean {
  const refs =
    check.mode === "read" ? check.cases.map((c) => c.ref) : check.recipients.map((r) => r.case.ref);
  if (refs.includes(change.ref)) return true;
  const addresses = addressesOf(item);
  return change.addresses.some((a) => addresses.includes(a));
}

function sortCases(cases: readonly CaseSummaryView[]): CaseSummaryView[] {
  return [...cases].sort((a, b) => seriousness(a.view.kind) - seriousness(b.view.kind));
}

/** A failed case read makes the whole check "could not check"; otherwise the most serious. */
/** Recipients Outlook named but gave no email address for, in words. */
export function uncheckedRecipientsFailure(names: readonly string[]): FailureWording {
  return {
    code: "unknown",
    title: `Outlook gave no email address for ${listWithAnd(names)}`,
    detail:
      "The register is kept by email address, so they could not be checked. Open each one's contact card and use their email address, or type it in full.",
    retryable: false,
  };
}

function overall(
  gathered: Gathered,
  cases: readonly { readonly view: VerdictView }[],
  none: VerdictView,
  what: string,
  failed: (failure: FailureWording, what: string) => VerdictView,
): VerdictView {
  if (gathered.failure) return failed(gathered.failure, what);
  return mostSerious(cases.map((c) => c.view)) ?? none;
}
