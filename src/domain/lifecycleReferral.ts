import { retainUntil } from "./deadlines";
import type { Assess, Refer } from "./lifecycleCommands";
import {
  type CommandContext,
  done,
  fail,
  hasRole,
  type LifecycleResult,
  optionalText,
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

/**
 * 5.2.2: the city helpdesk manager decides, in consultation with the assistant director (and
 * the service manager, whose consultation is recorded but not required here).
 */
export function assess(ctx: CommandContext, command: Assess): LifecycleResult {
  const { config } = ctx;
  if (!hasRole(command.consulted, ["assistantDirector"])) {
    return fail(
      "consultationIncomplete",
      `The assessment is made in consultation with the ${config.roleTitles.assistantDirector}: record them among those consulted (5.2.2).`,
    );
  }
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
    stage === "closed" ? { closedOn: ctx.today, retainUntil: retainUntil(ctx.today, config) } : {};
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
      consulted: command.consulted.map((c) => `${c.name} (${config.roleTitles[c.role]})`),
      serviceManagerConsulted: hasRole(command.consulted, ["serviceManager"]),
      reasons: reasons.value,
    },
  );
}
