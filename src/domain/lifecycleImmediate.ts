import type { PolicyConfig } from "./config";
import { appealBy } from "./deadlines";
import { actorInWords } from "./deputies";
import type {
  ImmediateActionInput,
  OpenImmediateCaseInput,
  TakeImmediateAction,
} from "./lifecycleCommands";
import { newPeriod } from "./lifecycleRestrictions";
import { SENIOR_DECIDERS } from "./lifecycleRules";
import {
  type CommandContext,
  done,
  fail,
  type LifecycleResult,
  optionalText,
  requireText,
  rolesInWords,
} from "./lifecycleSupport";
import { isBefore, isAfter } from "./localDate";
import { ok } from "./result";
import { BLOCKABLE_CHANNELS, parseTerms } from "./terms";
import { summariseTerms } from "./termsDescription";
import { IMMEDIATE_ACTIONS } from "./types";
import type {
  Actor,
  CaseRecord,
  Channel,
  ImmediateAction,
  ImmediateActionKind,
  RegisterEntry,
  RestrictionTerms,
  Result,
} from "./types";
import { formatLongDate, listWithAnd, UNTIL_FURTHER_NOTICE } from "./wording";
import { localDateOf } from "./zonedTime";

// Section 4: "Where a customer's behaviour is so extreme that it threatens the immediate health,
// safety and wellbeing of council employees … the council is not obliged to give the customer
// warning". The assistant director or the City Solicitor (or deputy) records the action at once,
// without step one; the customer is treated as blocked from that moment; the case then has the
// same register entry, audit trail, review and retention as any other.

const ACTION_WORDS: Readonly<Record<ImmediateActionKind, string>> = {
  policeReport: "reported to the police",
  legalAction: "legal action",
  refuseToEngage: "refusing to engage with the customer",
  blockChannels: "blocking telephone and electronic contact",
  barPremises: "barring access to council premises",
};

export function immediateActionsInWords(actions: readonly ImmediateActionKind[]): string {
  return listWithAnd(actions.map((a) => ACTION_WORDS[a]));
}

type Checked = { readonly action: ImmediateAction; readonly terms: RestrictionTerms };

function checkImmediate(ctx: CommandContext, input: ImmediateActionInput): Result<Checked> {
  const { today, actor, config } = ctx;
  if (!SENIOR_DECIDERS.includes(actor.role)) {
    return fail(
      "wrongRole",
      `Only ${rolesInWords(SENIOR_DECIDERS, config)} can take immediate action against a threat to staff (4).`,
    );
  }
  const behaviour = requireText(
    input.behaviour,
    "Describe the behaviour that threatens the health, safety or wellbeing of staff (4).",
  );
  if (!behaviour.ok) return behaviour;
  const actions = [...new Set(input.actions)];
  if (actions.length === 0 || actions.some((a) => !IMMEDIATE_ACTIONS.includes(a))) {
    return fail(
      "missingInformation",
      "Choose the action taken: a police report, legal action, refusing to engage, blocking channels or barring premises (4).",
    );
  }
  const reasons = requireText(input.reasons, "Give the reasons for the immediate action (4).");
  if (!reasons.ok) return reasons;
  if (isBefore(input.reviewOn, today)) {
    return fail(
      "datesOutOfOrder",
      `The review date (${formatLongDate(input.reviewOn)}) cannot be before today (${formatLongDate(today)}).`,
    );
  }
  const until = input.until;
  if (until !== undefined && isBefore(until, today)) {
    return fail(
      "datesOutOfOrder",
      `The action cannot end (${formatLongDate(until)}) before it is taken (today, ${formatLongDate(today)}).`,
    );
  }
  if (until !== undefined && isAfter(input.reviewOn, until)) {
    return fail(
      "datesOutOfOrder",
      `The review (${formatLongDate(input.reviewOn)}) must fall on or before the last day of the action (${formatLongDate(until)}).`,
    );
  }
  const blocking = actions.includes("blockChannels");
  const chosen = input.blockedChannels ?? [];
  if (!blocking && chosen.length > 0) {
    return fail(
      "inconsistentDecision",
      "Channels are blocked only when that action is chosen (4).",
    );
  }
  const bad = chosen.find((c) => !BLOCKABLE_CHANNELS.includes(c));
  if (bad) {
    return fail(
      "invalidTerms",
      "Only telephone and electronic contact can be blocked (5.2.5); refusing to engage covers letters and visits (4).",
    );
  }
  const barring = actions.includes("barPremises");
  const premises = barring
    ? requireText(input.premises, "Say which council premises the customer is barred from (4).")
    : ok(undefined);
  if (!premises.ok) return premises;
  const police = optionalText(input.policeReference, "Give the police reference.");
  if (!police.ok) return police;
  // Whatever was chosen, the customer is treated as blocked at once (termsInForce.ts).
  const blocked: readonly Channel[] = blocking && chosen.length > 0 ? chosen : BLOCKABLE_CHANNELS;
  const terms = parseTerms({
    extreme: {
      blockedChannels: blocked,
      ...(premises.value ? { premisesRestriction: premises.value } : {}),
    },
  });
  if (!terms.ok) return fail("invalidTerms", terms.error.message);
  const action: ImmediateAction = {
    decidedAt: ctx.now,
    decidedOn: today,
    decidedBy: actor,
    behaviour: behaviour.value,
    actions,
    reasons: reasons.value,
    reviewOn: input.reviewOn,
    ...(until !== undefined ? { until } : {}),
    ...(blocking ? { blockedChannels: blocked } : {}),
    ...(premises.value ? { premises: premises.value } : {}),
    ...(police.value ? { policeReference: police.value } : {}),
  };
  return ok({ action, terms: terms.value });
}

/** The register entry under immediate action: a new period, binding from the decision. */
function entryUnderAction(
  ctx: CommandContext,
  base: RegisterEntry,
  { action, terms }: Checked,
): Result<RegisterEntry> {
  const number = (base.period?.number ?? 0) + 1;
  const end = action.until ?? UNTIL_FURTHER_NOTICE;
  const period = newPeriod(ctx, number, { start: ctx.today, end }, "immediate");
  if (!period.ok) return period;
  const {
    superseded: _noLongerBinding,
    endedOn: _e,
    closedOn: _c,
    retainUntil: _r,
    ...rest
  } = base;
  const summary = summariseTerms(terms, { periodStart: ctx.today }, ctx.config);
  return ok({
    ...rest,
    stage: "restricted",
    terms,
    termsSummary: `Immediate action against a threat to staff (section 4): no contact is answered, ${immediateUntil(action.until)}. ${summary}`,
    period: period.value,
    reviewDue: action.reviewOn,
    appealBy: appealBy(period.value, ctx.config),
    review: { status: "none" },
    appeal: { status: "none" },
  });
}

/** "until the end of Sunday 31 January 2027", or "until further notice". */
export function immediateUntil(until: ImmediateAction["until"]): string {
  return until ? `until the end of ${formatLongDate(until)}` : "until further notice";
}

function summaryOf(ctx: CommandContext, action: ImmediateAction): string {
  return `${actorInWords(ctx.actor, ctx.config)}, took immediate action against a threat to staff (4): ${immediateActionsInWords(action.actions)}. The customer is treated as blocked from now, without warning, ${immediateUntil(action.until)}; review on ${formatLongDate(action.reviewOn)}.`;
}

function detailOf(action: ImmediateAction): Readonly<Record<string, unknown>> {
  return {
    behaviour: action.behaviour,
    actions: action.actions,
    reasons: action.reasons,
    reviewOn: action.reviewOn,
    ...(action.until ? { until: action.until } : { until: "until further notice" }),
    ...(action.policeReference ? { policeReference: action.policeReference } : {}),
  };
}

/** Section 4 on an open case: whatever its stage, the action binds at once. */
export function takeImmediateAction(
  ctx: CommandContext,
  command: TakeImmediateAction,
): LifecycleResult {
  const checked = checkImmediate(ctx, command);
  if (!checked.ok) return checked;
  const entry = entryUnderAction(ctx, ctx.record.entry, checked.value);
  if (!entry.ok) return entry;
  return done(
    ctx,
    {
      entry: entry.value,
      file: { ...ctx.record.file, immediateAction: checked.value.action },
    },
    "immediateActionTaken",
    summaryOf(ctx, checked.value.action),
    detailOf(checked.value.action),
  );
}

/**
 * Section 4 for a customer with no open case: the case opens with the action, without step one,
 * on the same register as every other.
 */
export function openImmediateCase(
  input: OpenImmediateCaseInput,
  actor: Actor,
  now: Date,
  config: PolicyConfig,
): LifecycleResult {
  const name = requireText(input.customerName, "Give the customer's name.");
  if (!name.ok) return name;
  const service = requireText(
    input.serviceArea,
    "Give the service whose staff the behaviour threatened (4).",
  );
  if (!service.ok) return service;
  const blank: CaseRecord = {
    entry: {
      ref: input.ref,
      customerName: name.value,
      stage: "stepOne",
      serviceArea: service.value,
      ...(input.representative ? { representative: input.representative } : {}),
      review: { status: "none" },
      appeal: { status: "none" },
    },
    file: { ref: input.ref, reasonableAdjustments: [] },
  };
  const ctx: CommandContext = {
    record: blank,
    actor,
    now,
    today: localDateOf(now, config.timeZone),
    config,
  };
  const checked = checkImmediate(ctx, input);
  if (!checked.ok) return checked;
  const entry = entryUnderAction(ctx, blank.entry, checked.value);
  if (!entry.ok) return entry;
  const opened = done(
    ctx,
    { entry: entry.value, file: { ...blank.file, immediateAction: checked.value.action } },
    "immediateActionTaken",
    summaryOf(ctx, checked.value.action),
    detailOf(checked.value.action),
  );
  if (!opened.ok) return opened;
  // A new case has no stage to come from.
  const events = opened.value.events.map((e) => {
    const { stageFrom: _none, ...detail } = e.detail;
    return { ...e, detail };
  });
  return ok({ record: opened.value.record, events });
}
