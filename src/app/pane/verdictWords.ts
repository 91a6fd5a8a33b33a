/**
 * The verdict in words: its title, colour and order of seriousness. The reasons and advice
 * themselves come from the domain (evaluateContact, restrictionStatus); this adds the headline.
 */
import type { PolicyConfig } from "../../domain/config";
import { describeStage } from "../../domain/caseRoles";
import type { RestrictionStatus } from "../../domain/restrictionStatus";
import type { RegisterEntry, Verdict } from "../../domain/types";
import { isAfter } from "../../domain/localDate";
import { termsBindFrom } from "../../domain/termsInForce";
import { formatLongDate, formatMoment } from "../../domain/wording";
import { localDateOf } from "../../domain/zonedTime";
import { type FailureWording } from "../errorWording";
import type { PaneVerdictKind, VerdictIntent, VerdictView } from "./types";

/** Most serious first: the pane leads with the first. */
const SERIOUSNESS: readonly PaneVerdictKind[] = [
  "couldNotCheck",
  "blocked",
  "outsideTerms",
  "withinTerms",
  "outsideArrangement",
  "withinArrangement",
  "caseOpen",
  "notRestricted",
];

export function seriousness(kind: PaneVerdictKind): number {
  return SERIOUSNESS.indexOf(kind);
}

export function mostSerious<T extends { readonly kind: PaneVerdictKind }>(
  items: readonly T[],
): T | undefined {
  return [...items].sort((a, b) => seriousness(a.kind) - seriousness(b.kind))[0];
}

const INTENT: Readonly<Record<PaneVerdictKind, VerdictIntent>> = {
  notRestricted: "success",
  caseOpen: "info",
  withinArrangement: "info",
  outsideArrangement: "warning",
  withinTerms: "warning",
  outsideTerms: "error",
  blocked: "error",
  couldNotCheck: "error",
};

export function view(
  kind: PaneVerdictKind,
  title: string,
  reasons: readonly string[],
  advice: readonly string[],
  failure?: FailureWording,
  retry?: VerdictView["retry"],
): VerdictView {
  return {
    kind,
    intent: INTENT[kind],
    title,
    reasons,
    advice,
    ...(failure ? { failure } : {}),
    ...(retry ? { retry } : {}),
  };
}

export const UNKNOWN_SENDER: VerdictView = view(
  "notRestricted",
  "Not restricted",
  [],
  ["The sender is not on the restriction register: deal with this message as normal."],
);

export const NO_RESTRICTED_RECIPIENT: VerdictView = view(
  "notRestricted",
  "Not restricted",
  [],
  ["None of the recipients is on the restriction register."],
);

const DO_NOT_ASSUME =
  "Do not assume the sender is not restricted: check again before you reply, or ask the city helpdesk manager.";

/** Failures that cure themselves, so the pane checks again by itself. */
const CURED_BY_TIME = new Set<FailureWording["code"]>([
  "throttled",
  "timeout",
  "unavailable",
  "offline",
  "auth:unavailable",
]);

/** No Retry-After from a busy SharePoint: wait this long. */
const BUSY_WITHOUT_RETRY_AFTER_MS = 30_000;
/** No answer, or a server fault: try again this soon. */
const NO_ANSWER_RETRY_MS = 15_000;

/** How long before the pane checks again by itself; undefined when time will not help. */
export function retryDelayMs(failure: FailureWording): number | undefined {
  if (!CURED_BY_TIME.has(failure.code)) return undefined;
  if (failure.code !== "throttled") return NO_ANSWER_RETRY_MS;
  const asked = failure.retryAfterSeconds;
  return asked === undefined ? BUSY_WITHOUT_RETRY_AFTER_MS : Math.max(1_000, asked * 1000);
}

/** "14:32:10": the time on a wall clock in the council's zone (UK time by default). */
export function clockTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(at);
}

/**
 * The register could not be read. With `retry`, the pane checks again by itself at that time:
 * "SharePoint is busy; retrying at 14:32:10" (or "Could not check …; retrying at …").
 */
export function couldNotCheck(
  failure: FailureWording,
  what = "this message",
  retry?: { readonly at: Date; readonly afterMs: number; readonly timeZone: string },
): VerdictView {
  if (!retry) {
    return view(
      "couldNotCheck",
      `Could not check ${what}`,
      [`${failure.title}. ${failure.detail}`],
      [DO_NOT_ASSUME],
      failure,
    );
  }
  const time = clockTime(retry.at, retry.timeZone);
  const busy = failure.code === "throttled";
  const title = busy
    ? `SharePoint is busy; retrying at ${time}`
    : `Could not check ${what}; retrying at ${time}`;
  const reason = busy
    ? `SharePoint asked the add-in to wait before asking again, so ${what} could not be checked yet.`
    : `${failure.title}.`;
  return view(
    "couldNotCheck",
    title,
    [`${reason} The add-in will check again by itself at ${time}.`],
    [DO_NOT_ASSUME],
    failure,
    { at: retry.at, afterMs: retry.afterMs },
  );
}

/**
 * A known case whose restrictions are not in force: not restricted, said without the word
 * "restricted" on its own, with the stage in words and the domain's advice.
 */
export function notInForceView(
  entry: RegisterEntry,
  status: Extract<RestrictionStatus, { kind: "notInForce" }>,
  at: Date,
  config: PolicyConfig,
): VerdictView {
  if (entry.stage === "ended" || entry.stage === "closed") {
    return view("notRestricted", "Not restricted", [], [status.advice]);
  }
  if (entry.stage === "restricted") {
    // A known customer, judged as before until they are told (5.2.4): never "not restricted".
    if (status.reason === "notYetTold") {
      return view(
        "caseOpen",
        "Restrictions decided; the customer has not yet been told",
        [],
        [status.advice],
      );
    }
    const start = entry.period?.start;
    const end = entry.period?.end;
    if (start && end && isAfter(localDateOf(at, config.timeZone), end)) {
      return view(
        "notRestricted",
        `Not restricted: the restrictions ended on ${formatLongDate(end)}`,
        [],
        [status.advice],
      );
    }
    const from = entry.period ? termsBindFrom(entry.period, config) : undefined;
    const title =
      start && from && !isAfter(start, localDateOf(at, config.timeZone))
        ? `Not restricted yet: restrictions apply from ${formatMoment(from, config.timeZone)}`
        : start
          ? `Not restricted yet: restrictions start on ${formatLongDate(start)}`
          : "Not restricted: the case's restrictions are incomplete";
    return view("caseOpen", title, [], [status.advice]);
  }
  return view(
    "caseOpen",
    `Not restricted: this customer's case is ${describeStage(entry.stage, config)}`,
    [],
    [status.advice],
  );
}

/** Said of a monitored case whose arrangement the add-in cannot check. */
export const ARRANGEMENT_IN_WORDS_ONLY =
  "The arrangement agreed with this customer was recorded in words only, so the add-in does not check contact against it: compare this contact with the arrangement yourself (the SPOC or the service manager can tell you what was agreed).";

function inForceTitle(kind: Exclude<Verdict["kind"], "notRestricted">, what: string): string {
  switch (kind) {
    case "withinArrangement":
      return `Not restricted: ${what} is within the arrangement agreed at step one`;
    case "outsideArrangement":
      return `Not restricted, but ${what} is outside the arrangement agreed at step one`;
    case "withinTerms":
      return `Restricted customer: ${what} is within the terms`;
    case "outsideTerms":
      return `Restricted customer: ${what} is outside the terms`;
    case "blocked":
      return "Restricted customer: this contact is blocked";
  }
}

/**
 * The domain's verdict on a contact received while restrictions are in force, or while an
 * agreed arrangement is monitored: the message in view, or (`what`) a call, letter or visit
 * being logged.
 */
export function inForceView(verdict: Verdict, what = "this message"): VerdictView {
  if (verdict.kind === "notRestricted") {
    return view("notRestricted", "Not restricted", [], verdict.advice);
  }
  return view(
    verdict.kind,
    inForceTitle(verdict.kind, what),
    verdict.reasons.map((r) => r.message),
    verdict.advice,
  );
}
