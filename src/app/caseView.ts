/**
 * Everything a decider reads about one case (5.2.2–5.2.7, 6); the search that finds it is in
 * findCustomers.ts.
 * The pane's case workspace shows this; the decisions themselves go through ./decisions.
 */
import { describeCaseStage } from "../domain/noticePending";
import type { PolicyConfig } from "../domain/config";
import { customerReviewAvailable, isReviewOverdue } from "../domain/deadlines";
import { actorsFor } from "../domain/deputies";
import { termsBindFrom } from "../domain/termsInForce";
import { availableCommands } from "../domain/lifecycle";
import type { CommandKind } from "../domain/lifecycleCommands";
import { checkRestrictedCommand, SENIOR_DECIDERS } from "../domain/lifecycleRules";
import { daysBetween, isAfter } from "../domain/localDate";
import { describeTerms } from "../domain/termsDescription";
import type {
  Actor,
  CaseEvent,
  CaseFile,
  CaseRecord,
  CaseRef,
  LocalDate,
  RegisterEntry,
} from "../domain/types";
import { localDateOf } from "../domain/zonedTime";
import type { LoadedCase } from "./caseCommands";
import { CORRECTION_ROLES, ERASURE_ROLES_AFTER_STEP_ONE } from "./correctionRoles";
import { type ContactLine, contactLines } from "./caseViewContacts";
import { contactChart, type ContactChartData } from "./contactChart";
import { type CaseStore, type Clock, isStoreError, type SignedInUser } from "./ports";

export type { ContactLine } from "./caseViewContacts";
export { REASON_IN_WORDS, VERDICT_IN_WORDS } from "./caseViewContacts";

export type CaseViewDeps = {
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

/** The dates that run the policy's clock for this case, as of today. */
export type CaseDeadlines = {
  readonly today: LocalDate;
  readonly periodStart?: LocalDate;
  readonly periodEnd?: LocalDate;
  readonly reviewDue?: LocalDate;
  /** The domain's rule: due date passed, restrictions in place, no review under way. */
  readonly reviewOverdue: boolean;
  readonly daysOverdue: number;
  readonly appealBy?: LocalDate;
  /** An appeal received today would be in time (false once the last day has passed). */
  readonly appealWindowOpen: boolean;
  readonly retainUntil?: LocalDate;
  /** 5.2.4, 5.2.6: the customer may still request a review in this period. */
  readonly customerReviewAvailable: boolean;
  /**
   * The latest restrictions are decided but the customer has not yet been told: they do not
   * bind yet (the terms last told, if any, still do). "prepared": the helpdesk manager has
   * prepared the notice for the person who gives it.
   */
  readonly notice?: "notYetTold" | "prepared";
  /** When the latest terms bind (or bound) the customer, once they are told. */
  readonly termsBindFrom?: Date;
};

/** A decision this user may take now, and the role they take it in. */
export type OfferedDecision = { readonly kind: CommandKind; readonly actor: Actor };

/** A decision the user's role allows but the case does not, now: why, in words. */
export type HeldBackDecision = { readonly kind: CommandKind; readonly reason: string };

export type CaseView = {
  readonly entry: RegisterEntry;
  /** The register entry and case file with their eTags, for the decisions; absent when withheld. */
  readonly loaded?: LoadedCase;
  readonly file?: CaseFile;
  /** SharePoint did not let this user read the case file (frontline staff). */
  readonly fileWithheld: boolean;
  /** Newest first; empty and withheld when the user may not read the audit trail. */
  readonly events: readonly CaseEvent[];
  readonly eventsWithheld: boolean;
  /** Newest first, breaches marked. */
  readonly contacts: readonly ContactLine[];
  readonly stageInWords: string;
  /** The terms in plain words (describeTerms); empty when no terms are recorded. */
  readonly terms: readonly string[];
  readonly deadlines: CaseDeadlines;
  readonly offered: readonly OfferedDecision[];
  readonly heldBack: readonly HeldBackDecision[];
  /**
   * The user as the assistant director or City Solicitor, when they are one: only they may
   * impose extreme measures (5.2.5) or decide not to tell the customer (5.2.6).
   */
  readonly seniorActor?: Actor;
  /** The user as the city helpdesk manager, who may export everything held (subject access). */
  readonly subjectAccessActor?: Actor;
  /** The user as a manager who may correct the record or erase a case (app/corrections.ts). */
  readonly correctionActor?: Actor;
  /** An overdue review is flagged to the helpdesk manager (5.2.6). */
  readonly flagOverdueReview: boolean;
  /** The contacts per week against the allowance: the evidence at a glance. */
  readonly chart: ContactChartData;
};

const EPOCH = new Date(0);

/** Parts of a case a user's SharePoint permissions may withhold: absent, not an error. */
async function unlessForbidden<T>(read: () => Promise<T>): Promise<T | "withheld"> {
  try {
    return await read();
  } catch (e) {
    if (isStoreError(e) && (e.code === "forbidden" || e.code === "notFound")) return "withheld";
    throw e;
  }
}

/**
 * The user as an actor in each of their roles, then in each role configuration names them a
 * deputy for on `now`'s date (5.2.5, 5.2.6): a deputy acts as themselves, "deputy for" it.
 */
export function actorsOf(user: SignedInUser, config: PolicyConfig, now: Date): readonly Actor[] {
  return actorsFor(user, user.roles, config, localDateOf(now, config.timeZone));
}

/**
 * Which decisions to offer, and in which role: the first of the user's roles the domain allows
 * (availableCommands). For decisions that wait on something (a review request already used, an
 * appeal already lodged), the domain's reason, so the pane can say why it is not offered.
 */
export function decisionsFor(
  record: CaseRecord,
  user: SignedInUser,
  now: Date,
  config: PolicyConfig,
): {
  readonly offered: readonly OfferedDecision[];
  readonly heldBack: readonly HeldBackDecision[];
} {
  const offered = new Map<CommandKind, Actor>();
  const actors = actorsOf(user, config, now);
  for (const actor of actors) {
    for (const kind of availableCommands(record, actor, now, config)) {
      if (!offered.has(kind)) offered.set(kind, actor);
    }
  }
  const heldBack: HeldBackDecision[] = [];
  const today = localDateOf(now, config.timeZone);
  for (const kind of EXPLAINED) {
    if (offered.has(kind)) continue;
    const reasons = actors
      .map((actor) => checkRestrictedCommand(kind, { record, actor, now, today, config }))
      .flatMap((r) => (r.ok ? [] : [r.error]))
      .filter((r) => r.code !== "wrongRole" && r.code !== "wrongStage");
    const [first] = reasons;
    if (first) heldBack.push({ kind, reason: first.message });
  }
  return { offered: [...offered].map(([kind, actor]) => ({ kind, actor })), heldBack };
}

/** Decisions a decider would look for on a restricted case, so their absence is explained. */
const EXPLAINED = ["requestReview", "lodgeAppeal", "recordNotice", "decideAppeal"] as const;

export function deadlinesOf(entry: RegisterEntry, now: Date, config: PolicyConfig): CaseDeadlines {
  const today = localDateOf(now, config.timeZone);
  const overdue = isReviewOverdue(entry, today);
  const { period } = entry;
  return {
    today,
    ...(period ? { periodStart: period.start, periodEnd: period.end } : {}),
    ...(entry.reviewDue ? { reviewDue: entry.reviewDue } : {}),
    reviewOverdue: overdue,
    daysOverdue: overdue && entry.reviewDue ? daysBetween(entry.reviewDue, today) : 0,
    ...(entry.appealBy ? { appealBy: entry.appealBy } : {}),
    appealWindowOpen:
      entry.stage === "restricted" &&
      entry.appeal.status === "none" &&
      (entry.appealBy === undefined || !isAfter(today, entry.appealBy)),
    ...(entry.retainUntil ? { retainUntil: entry.retainUntil } : {}),
    customerReviewAvailable: customerReviewAvailable(entry, config),
    ...noticeState(entry, config),
  };
}

function noticeState(entry: RegisterEntry, config: PolicyConfig): Partial<CaseDeadlines> {
  const { period } = entry;
  if (entry.stage !== "restricted" || !period) return {};
  if (period.notice.kind === "pending") {
    return { notice: period.notice.prepared ? "prepared" : "notYetTold" };
  }
  const from = termsBindFrom(period, config);
  return from ? { termsBindFrom: from } : {};
}

/** Null when the case is not in the register (destroyed, or a mistyped reference). */
export async function loadCaseView(
  deps: CaseViewDeps,
  ref: CaseRef,
  user: SignedInUser,
): Promise<CaseView | null> {
  const { store, config } = deps;
  const [entry, file, events, contacts] = await Promise.all([
    store.getRegisterEntry(ref),
    unlessForbidden(() => store.getCaseFile(ref)),
    unlessForbidden(() => store.listEvents(ref)),
    store.listContacts(ref, EPOCH),
  ]);
  if (!entry) return null;
  const now = deps.clock.now();
  const loaded: LoadedCase | undefined =
    file === "withheld" || file === null
      ? undefined
      : {
          record: { entry: entry.value, file: file.value },
          entryEtag: entry.etag,
          fileEtag: file.etag,
        };
  const decisions = loaded
    ? decisionsFor(loaded.record, user, now, config)
    : { offered: [], heldBack: [] };
  const deadlines = deadlinesOf(entry.value, now, config);
  const actors = actorsOf(user, config, now);
  const helpdesk = actors.find((a) => a.role === "cityHelpdeskManager");
  const senior = actors.find((a) => SENIOR_DECIDERS.includes(a.role));
  // The widest of the user's roles: erasing a referred case needs more than a service manager.
  const corrector =
    actors.find((a) => ERASURE_ROLES_AFTER_STEP_ONE.includes(a.role)) ??
    actors.find((a) => CORRECTION_ROLES.includes(a.role));
  const { spoc, deputy, period, terms } = entry.value;
  return {
    entry: entry.value,
    ...(loaded ? { loaded, file: loaded.record.file } : {}),
    fileWithheld: file === "withheld",
    events:
      events === "withheld" ? [] : [...events].sort((a, b) => b.at.getTime() - a.at.getTime()),
    eventsWithheld: events === "withheld",
    contacts: contactLines(contacts, entry.value, config),
    stageInWords: describeCaseStage(entry.value, config),
    terms: terms ? describeTerms(terms, { spoc, deputy, periodStart: period?.start }, config) : [],
    deadlines,
    ...decisions,
    ...(senior ? { seniorActor: senior } : {}),
    ...(helpdesk ? { subjectAccessActor: helpdesk } : {}),
    ...(corrector ? { correctionActor: corrector } : {}),
    flagOverdueReview: helpdesk !== undefined && deadlines.reviewOverdue,
    chart: contactChart({ contacts, terms, anchor: period?.start, now, config }),
  };
}

export { type CaseSearch, searchCases } from "./findCustomers";
