import { retainClosedUntil } from "./deadlines";
import type { Assess, Refer } from "./lifecycleCommands";
import {
  type CommandContext,
  consultedInWords,
  done,
  fail,
  hasRole,
  type LifecycleResult,
  optionalText,
  pastDate,
  requireText,
} from "./lifecycleSupport";
import type { Referral } from "./types";

const MAX_CORRESPONDENCE = 200;

/**
 * 5.2.1: the referral carries the behaviour, the work done and the correspondence; after an
 * agreed arrangement (monitoring) also the arrangement and evidence from monitoring.
 */
export function refer(ctx: CommandContext, command: Refer): LifecycleResult {
  const helpdesk = ctx.config.roleTitles.cityHelpdeskManager;
  const behaviour = requireText(
    command.behaviour,
    "Give details of the behaviour that is considered unreasonable (5.2.1).",
  );
  if (!behaviour.ok) return behaviour;
  const work = requireText(
    command.workUndertaken,
    "Describe the work the service has done to resolve the situation (5.2.1).",
  );
  if (!work.ok) return work;
  const correspondence = command.correspondence.map((c) => c.trim()).filter((c) => c !== "");
  if (correspondence.length === 0 || correspondence.length > MAX_CORRESPONDENCE) {
    return fail(
      "missingInformation",
      `Include the correspondence with the customer about managing their contact: from 1 to ${MAX_CORRESPONDENCE} items (5.2.1).`,
    );
  }
  const fromMonitoring = ctx.record.entry.stage === "monitoring";
  const arrangement = fromMonitoring
    ? requireText(
        command.arrangement,
        "Give details of the arrangement agreed with the customer (5.2.1).",
      )
    : optionalText(command.arrangement, "Give details of the arrangement.");
  if (!arrangement.ok) return arrangement;
  const evidence = fromMonitoring
    ? requireText(
        command.monitoringEvidence,
        "Give the evidence from monitoring the customer's contact (5.2.1).",
      )
    : optionalText(command.monitoringEvidence, "Give the monitoring evidence.");
  if (!evidence.ok) return evidence;
  if (!Number.isInteger(command.contactCount) || command.contactCount < 0) {
    return fail("missingInformation", "The number of logged contacts must be a whole number.");
  }
  if (fromMonitoring && command.contactCount === 0) {
    return fail(
      "missingInformation",
      "Monitoring evidence needs at least one logged contact; log the customer's contacts first (5.2.1).",
    );
  }
  const referral: Referral = {
    referredOn: ctx.today,
    referredBy: ctx.actor,
    behaviour: behaviour.value,
    workUndertaken: work.value,
    correspondence,
    ...(arrangement.value ? { arrangement: arrangement.value } : {}),
    monitoringEvidence: evidence.value ?? "",
    contactCount: command.contactCount,
  };
  const { entry, file } = ctx.record;
  return done(
    ctx,
    { entry: { ...entry, stage: "referred" }, file: { ...file, referral } },
    "referred",
    `${ctx.actor.name} referred the case to the ${helpdesk} (5.2.1).`,
    { correspondenceItems: correspondence.length, contactCount: command.contactCount },
  );
}

/** 5.2.2 names two people to consult, each recorded with the date. */
const ASSESSMENT_CONSULTEES = ["assistantDirector", "serviceManager"] as const;

function checkAssessmentConsultation(
  ctx: CommandContext,
  command: Assess,
): LifecycleResult | undefined {
  const { config } = ctx;
  const missing = ASSESSMENT_CONSULTEES.filter((role) => !hasRole(command.consulted, [role]));
  if (missing.length > 0) {
    return fail(
      "consultationIncomplete",
      `The assessment is made in consultation with the ${config.roleTitles.assistantDirector} and the appropriate ${config.roleTitles.serviceManager}: record ${missing.map((r) => `the ${config.roleTitles[r]}`).join(" and ")} among those consulted (5.2.2).`,
    );
  }
  const referredOn = ctx.record.file.referral?.referredOn;
  for (const person of command.consulted) {
    if (person.on === undefined) {
      return fail("missingInformation", `Give the date ${person.name} was consulted (5.2.2).`);
    }
    if (referredOn) {
      const on = pastDate(person.on, `The date ${person.name} was consulted`, ctx.today, {
        date: referredOn,
        what: "the referral",
      });
      if (!on.ok) return on;
    }
  }
  return undefined;
}

/**
 * 5.2.2: the city helpdesk manager decides, in consultation with the assistant director and
 * the appropriate service manager, each recorded with the date of the consultation.
 */
export function assess(ctx: CommandContext, command: Assess): LifecycleResult {
  const { config } = ctx;
  const consultation = checkAssessmentConsultation(ctx, command);
  if (consultation) return consultation;
  const reasons = requireText(command.reasons, "Give the reasons for the assessment (5.2.2).");
  if (!reasons.ok) return reasons;
  if (command.restrictionsNeeded && !command.unreasonable) {
    return fail(
      "inconsistentDecision",
      "Restrictions can only be needed when the behaviour is found unreasonable (5.2.2).",
    );
  }
  const stage = !command.unreasonable
    ? "closed"
    : command.restrictionsNeeded
      ? "assessed"
      : "monitoring";
  const { entry, file } = ctx.record;
  const closing =
    stage === "closed"
      ? { closedOn: ctx.today, retainUntil: retainClosedUntil(ctx.today, config) }
      : {};
  const summary = {
    closed: "the behaviour was not found unreasonable, so the case is closed",
    monitoring:
      "the behaviour is unreasonable but restrictions are not needed; contact will be monitored",
    assessed: "the behaviour is unreasonable and restrictions are needed",
  }[stage];
  return done(
    ctx,
    {
      entry: { ...entry, stage, ...closing },
      file: {
        ...file,
        assessment: {
          decidedOn: ctx.today,
          decidedBy: ctx.actor,
          consulted: command.consulted,
          unreasonable: command.unreasonable,
          restrictionsNeeded: command.restrictionsNeeded,
          reasons: reasons.value,
        },
      },
    },
    "assessed",
    `Assessed: ${summary} (5.2.2).`,
    {
      unreasonable: command.unreasonable,
      restrictionsNeeded: command.restrictionsNeeded,
      consulted: consultedInWords(command.consulted, config),
      reasons: reasons.value,
    },
  );
}
