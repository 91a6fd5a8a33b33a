import { PORTSMOUTH_POLICY } from "./config";
import { applyCommand } from "./lifecycle";
import type {
  Assess,
  CommandOutcome,
  ImposeRestrictions,
  LifecycleCommand,
  OpenCaseInput,
  RecordNotice,
  Refer,
} from "./lifecycleCommands";
import { openCase } from "./lifecycleStepOne";
import { REF, SPOC, actor, date, unwrap } from "./testFixtures";
import type { Actor, CaseRecord, Means } from "./types";

// A case walked through the real state machine, for the lifecycle tests. Every record here
// is one the machine itself produced.

export const SERVICE_MANAGER = actor("serviceManager", "Sam Patel");
export const HELPDESK = actor("cityHelpdeskManager", "Helen Dunn");
export const AD = actor("assistantDirector", "Alex Reed");
export const SOLICITOR = actor("citySolicitor", "Chris Ward");
export const DIRECTOR = actor("director", "Dana Moss");
export const FRONTLINE = actor("frontline", "Frankie Cole");

/** Midday UK time on a date in winter (GMT), so the local date is unambiguous. */
export function noonOn(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

export function apply(
  record: CaseRecord,
  command: LifecycleCommand,
  by: Actor,
  day: string,
): ReturnType<typeof applyCommand> {
  return applyCommand(record, command, by, noonOn(day), PORTSMOUTH_POLICY);
}

export function applied(
  record: CaseRecord,
  command: LifecycleCommand,
  by: Actor,
  day: string,
): CommandOutcome {
  return unwrap(apply(record, command, by, day));
}

export const OPEN_CASE: OpenCaseInput = {
  ref: REF,
  customerName: "Jo Bloggs",
  serviceMostImpacted: "Housing",
  behaviourExamples: ["excessiveDemands", "abusiveRemarks"],
  behaviourDetail: "Emails several times a day to six officers.",
  representativeOffered: true,
  proposedSpoc: SPOC,
  proposedArrangement: "One email a week to the SPOC.",
};

/** Raised on 1 October 2026. */
export function opened(): CaseRecord {
  return unwrap(openCase(OPEN_CASE, SERVICE_MANAGER, noonOn("2026-10-01"), PORTSMOUTH_POLICY))
    .record;
}

/** Confirmed in writing on 2 October 2026. */
export function confirmed(): CaseRecord {
  return applied(
    opened(),
    { kind: "confirmInWriting", on: date("2026-10-02"), via: BY_LETTER },
    SERVICE_MANAGER,
    "2026-10-02",
  ).record;
}

/** The customer agreed on 9 October 2026. */
export function monitored(): CaseRecord {
  return applied(
    confirmed(),
    { kind: "recordAgreement", agreed: true },
    SERVICE_MANAGER,
    "2026-10-09",
  ).record;
}

export const REFERRAL: Refer = {
  kind: "refer",
  behaviour: "Daily emails to several officers about the same repair.",
  workUndertaken: "Met the customer; proposed a weekly email to one officer.",
  correspondence: ["Letter of 2 October 2026"],
  contactCount: 0,
};

/** Not agreed on 9 October, referred on 12 October 2026. */
export function referred(): CaseRecord {
  const notAgreed = applied(
    confirmed(),
    { kind: "recordAgreement", agreed: false },
    SERVICE_MANAGER,
    "2026-10-09",
  );
  return applied(notAgreed.record, REFERRAL, SERVICE_MANAGER, "2026-10-12").record;
}

export const ASSESSMENT: Assess = {
  kind: "assess",
  consulted: [
    { ...AD, on: date("2026-10-15") },
    { ...SERVICE_MANAGER, on: date("2026-10-16") },
  ],
  unreasonable: true,
  restrictionsNeeded: true,
  reasons: "Contact continues at the same rate after step one.",
};

/** Assessed on 20 October 2026: restrictions needed. */
export function assessed(): CaseRecord {
  return applied(referred(), ASSESSMENT, HELPDESK, "2026-10-20").record;
}

export const IMPOSITION: ImposeRestrictions = {
  kind: "imposeRestrictions",
  terms: {
    allowedChannels: ["email", "letter"],
    volumes: [{ max: 1, per: "week", channels: ["email"] }],
    spocOnly: true,
  },
  start: date("2026-11-02"),
  end: date("2027-01-31"),
  spoc: SPOC,
  reasons: "Daily emails continue.",
};

/** Imposed on 30 October 2026 from 2 November 2026 to 31 January 2027, notice pending. */
export function imposed(): CaseRecord {
  return applied(assessed(), IMPOSITION, AD, "2026-10-30").record;
}

/** A letter or email: "in writing" (5.1, 5.2.6, 5.2.7). */
export const BY_LETTER: Means = { channel: "letter" };
export const BY_EMAIL: Means = { channel: "email" };

/** The instant `hhmm` UK time on `day` (a winter date: GMT). */
export function at(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00Z`);
}

/** The customer was told by letter at `time` (UK, winter) on `day`. */
export function toldBy(day: string, time = "09:30"): RecordNotice {
  return {
    kind: "recordNotice",
    notice: { kind: "notified", at: at(day, time), method: "letter" },
  };
}

/** …and the customer told by the assistant director at 09:30 on 2 November 2026, by letter:
 * appeals in time up to 30 November. */
export function restricted(): CaseRecord {
  return applied(imposed(), toldBy("2026-11-02"), AD, "2026-11-02").record;
}

/**
 * A council review on 10 November 2026 extended the restrictions to 30 April 2027: the change
 * waits for its notice, and the period the customer was told of still binds (5.2.6).
 */
export function extendedOnReview(): CaseRecord {
  const reviewing = applied(
    restricted(),
    { kind: "startReview", grounds: "Abuse by email continues." },
    HELPDESK,
    "2026-11-10",
  ).record;
  return applied(
    reviewing,
    {
      kind: "decideReview",
      consulted: [AD],
      outcome: { kind: "extend", newEnd: date("2027-04-30") },
      reasons: "The behaviour continues.",
    },
    HELPDESK,
    "2026-11-10",
  ).record;
}
