import type { PolicyConfig } from "./config";
import { decideAppeal, decideLateAppeal, lodgeAppeal, passAppeal } from "./lifecycleAppeal";
import type { CommandKind, LifecycleCommand } from "./lifecycleCommands";
import { takeImmediateAction } from "./lifecycleImmediate";
import { prepareNotice, recordNotice } from "./lifecycleNotice";
import { assess, refer } from "./lifecycleReferral";
import { expire, imposeRestrictions } from "./lifecycleRestrictions";
import { decideReview, requestReview, startReview } from "./lifecycleReview";
import {
  CASE_RULES,
  type CaseCommandKind,
  checkCaseCommand,
  checkRestrictedCommand,
  RESTRICTED_RULES,
  type RestrictedCommandKind,
} from "./lifecycleRules";
import {
  closeCase,
  confirmInWriting,
  recordAgreement,
  recordRepresentativeOffer,
} from "./lifecycleStepOne";
import type { CommandContext, LifecycleResult, Restriction } from "./lifecycleSupport";
import type { Actor, CaseRecord } from "./types";
import { localDateOf } from "./zonedTime";

function contextOf(
  record: CaseRecord,
  actor: Actor,
  now: Date,
  config: PolicyConfig,
): CommandContext {
  return { record, actor, now, today: localDateOf(now, config.timeZone), config };
}

function onCase<C extends LifecycleCommand & { kind: CaseCommandKind }>(
  ctx: CommandContext,
  command: C,
  handler: (ctx: CommandContext, command: C) => LifecycleResult,
): LifecycleResult {
  const refused = checkCaseCommand(command.kind, ctx);
  return refused ? { ok: false, error: refused } : handler(ctx, command);
}

function onRestriction<C extends LifecycleCommand & { kind: RestrictedCommandKind }>(
  ctx: CommandContext,
  command: C,
  handler: (ctx: CommandContext, restriction: Restriction, command: C) => LifecycleResult,
): LifecycleResult {
  const checked = checkRestrictedCommand(command.kind, ctx);
  return checked.ok ? handler(ctx, checked.value, command) : checked;
}

/**
 * Applies one command of section 5 to a case. Refused when the actor's role, the case's stage
 * or what was entered does not allow it; the refusal says why in plain words. `now` dates the
 * events; its date in the council's time zone is the date of the decision.
 */
export function applyCommand(
  record: CaseRecord,
  command: LifecycleCommand,
  actor: Actor,
  now: Date,
  config: PolicyConfig,
): LifecycleResult {
  const ctx = contextOf(record, actor, now, config);
  switch (command.kind) {
    case "confirmInWriting":
      return onCase(ctx, command, confirmInWriting);
    case "recordRepresentativeOffer":
      return onCase(ctx, command, recordRepresentativeOffer);
    case "recordAgreement":
      return onCase(ctx, command, recordAgreement);
    case "refer":
      return onCase(ctx, command, refer);
    case "assess":
      return onCase(ctx, command, assess);
    case "imposeRestrictions":
      return onCase(ctx, command, imposeRestrictions);
    case "closeCase":
      return onCase(ctx, command, closeCase);
    case "takeImmediateAction":
      return onCase(ctx, command, takeImmediateAction);
    case "prepareNotice":
      return onRestriction(ctx, command, prepareNotice);
    case "recordNotice":
      return onRestriction(ctx, command, recordNotice);
    case "requestReview":
      return onRestriction(ctx, command, requestReview);
    case "startReview":
      return onRestriction(ctx, command, (c, _r, cmd) => startReview(c, cmd));
    case "decideReview":
      return onRestriction(ctx, command, decideReview);
    case "lodgeAppeal":
      return onRestriction(ctx, command, lodgeAppeal);
    case "decideLateAppeal":
      return onRestriction(ctx, command, decideLateAppeal);
    case "passAppeal":
      return onRestriction(ctx, command, passAppeal);
    case "decideAppeal":
      return onRestriction(ctx, command, decideAppeal);
    case "expire":
      return onRestriction(ctx, command, (c, restriction) => expire(c, restriction));
  }
}

/**
 * The commands this actor may use on this case now, so the pane offers only those. What the
 * person then enters is still checked by applyCommand.
 */
export function availableCommands(
  record: CaseRecord,
  actor: Actor,
  now: Date,
  config: PolicyConfig,
): readonly CommandKind[] {
  const ctx = contextOf(record, actor, now, config);
  const onCaseKinds = (Object.keys(CASE_RULES) as CaseCommandKind[]).filter(
    (kind) => checkCaseCommand(kind, ctx) === undefined,
  );
  const restrictedKinds = (Object.keys(RESTRICTED_RULES) as RestrictedCommandKind[]).filter(
    (kind) => checkRestrictedCommand(kind, ctx).ok,
  );
  return [...onCaseKinds, ...restrictedKinds];
}
