import type { PolicyConfig } from "./config";
import { retainClosedUntil } from "./deadlines";
import type {
  CloseCase,
  CloseOutcome,
  ConfirmInWriting,
  OpenCaseInput,
  RecordAgreement,
  RecordRepresentativeOffer,
} from "./lifecycleCommands";
import { openCaseRoleRefusal } from "./lifecycleRules";
import {
  checkMeans,
  type CommandContext,
  done,
  fail,
  type LifecycleResult,
  meansInWords,
  optionalText,
  pastDate,
  requireText,
} from "./lifecycleSupport";
import { sameAddress } from "./address";
import { representativeOfferRecorded } from "./lifecycleRules";
import { ok } from "./result";
import { parseArrangementTerms } from "./terms";
import { summariseTerms } from "./termsDescription";
import { BEHAVIOUR_EXAMPLES } from "./types";
import type {
  Actor,
  AgreedArrangement,
  CaseRecord,
  LocalDate,
  Person,
  RepresentativeOffer,
  RestrictionTerms,
  Result,
  StepOneRecord,
} from "./types";
import { formatLongDate } from "./wording";
import { localDateOf } from "./zonedTime";

/**
 * 5.1: a manager raises a concern about a customer's behaviour. Creates the case at step one.
 */
export function openCase(
  input: OpenCaseInput,
  actor: Actor,
  now: Date,
  config: PolicyConfig,
): LifecycleResult {
  const wrongRole = openCaseRoleRefusal(actor.role, config);
  if (wrongRole) return { ok: false, error: wrongRole };
  const name = requireText(input.customerName, "Give the customer's name.");
  if (!name.ok) return name;
  const service = requireText(
    input.serviceMostImpacted,
    "Give the service most impacted by the behaviour (5.1).",
  );
  if (!service.ok) return service;
  const examples = [...new Set(input.behaviourExamples)];
  if (examples.length === 0 || examples.some((e) => !BEHAVIOUR_EXAMPLES.includes(e))) {
    return fail(
      "missingInformation",
      "Choose at least one example of the behaviour from the policy's list (4.1).",
    );
  }
  const detail = optionalText(input.behaviourDetail, "Describe the behaviour.");
  if (!detail.ok) return detail;
  const arrangement = proposedArrangement(input, config);
  if (!arrangement.ok) return arrangement;

  const today = localDateOf(now, config.timeZone);
  const stepOne: StepOneRecord = {
    raisedOn: today,
    raisedBy: actor,
    serviceMostImpacted: service.value,
    behaviourExamples: examples,
    behaviourDetail: detail.value ?? "",
    representativeOffered: input.representativeOffered,
    // Offered when the concern is raised: accepted when a representative is already named.
    ...(input.representativeOffered
      ? {
          representativeOffer: input.representative
            ? {
                offeredOn: today,
                answer: "accepted",
                answeredOn: today,
                representative: input.representative,
              }
            : { offeredOn: today, answer: "pending" },
        }
      : {}),
    ...(input.proposedSpoc ? { proposedSpoc: input.proposedSpoc } : {}),
    proposedArrangement: arrangement.value.words,
    ...(arrangement.value.terms ? { proposedTerms: arrangement.value.terms } : {}),
    agreement: "pending",
  };
  const record: CaseRecord = {
    entry: {
      ref: input.ref,
      customerName: name.value,
      stage: "stepOne",
      serviceArea: service.value,
      ...(input.representative ? { representative: input.representative } : {}),
      review: { status: "none" },
      appeal: { status: "none" },
    },
    file: {
      ref: input.ref,
      stepOne,
      reasonableAdjustments: input.reasonableAdjustments ?? [],
    },
  };
  return ok({
    record,
    events: [
      {
        ref: input.ref,
        at: now,
        actor,
        action: "stepOneRaised",
        summary: `${actor.name} raised a step-one concern about contact with ${service.value} (5.1).`,
        detail: {
          stageTo: "stepOne",
          behaviourExamples: examples,
          representativeOffered: input.representativeOffered,
          proposedArrangement: arrangement.value.words,
          ...(arrangement.value.terms ? { proposedTerms: arrangement.value.terms } : {}),
        },
      },
    ],
  });
}

/**
 * 5.1: the way forward proposed to the customer: terms in the vocabulary of restrictions (so
 * that contact can be checked against them once agreed), written out in words; or, as earlier
 * records were, words alone.
 */
function proposedArrangement(
  input: OpenCaseInput,
  config: PolicyConfig,
): Result<{ readonly words: string; readonly terms?: RestrictionTerms }> {
  if (input.proposedTerms === undefined) {
    const words = requireText(
      input.proposedArrangement,
      "Describe the way forward proposed to the customer (5.1).",
    );
    return words.ok ? ok({ words: words.value }) : words;
  }
  const terms = parseArrangementTerms(input.proposedTerms);
  if (!terms.ok) return fail("invalidTerms", terms.error.message);
  if (terms.value.spocOnly === true && !input.proposedSpoc) {
    return fail(
      "missingInformation",
      "Name the proposed SPOC: the arrangement limits contact to them (5.1).",
    );
  }
  const given = optionalText(input.proposedArrangement, "Describe the way forward.");
  if (!given.ok) return given;
  const words =
    given.value ??
    summariseTerms(
      terms.value,
      { arrangement: true, ...(input.proposedSpoc ? { spoc: input.proposedSpoc } : {}) },
      config,
    );
  return ok({ words, terms: terms.value });
}

/** The agreed arrangement for the register, with the SPOC and deputy now named there. */
function agreedArrangement(
  stepOne: StepOneRecord,
  people: { readonly spoc?: Person | undefined; readonly deputy?: Person | undefined },
  on: LocalDate,
  config: PolicyConfig,
): AgreedArrangement | undefined {
  const terms = stepOne.proposedTerms;
  if (!terms) return undefined;
  const context = {
    arrangement: true,
    periodStart: on,
    ...(people.spoc ? { spoc: people.spoc } : {}),
    ...(people.deputy ? { deputy: people.deputy } : {}),
  };
  return { terms, summary: summariseTerms(terms, context, config), agreedOn: on };
}

export function confirmInWriting(ctx: CommandContext, command: ConfirmInWriting): LifecycleResult {
  const { entry, file } = ctx.record;
  const stepOne = file.stepOne;
  if (!stepOne) return fail("incompleteRecord", "This case has no step-one record.");
  const on = pastDate(command.on, "The date of the written confirmation", ctx.today, {
    date: stepOne.raisedOn,
    what: "the date the concern was raised",
  });
  if (!on.ok) return on;
  const via = checkMeans(command.via, "the confirmation", "5.1");
  if (!via.ok) return via;
  const written = via.value.adjustment === undefined;
  return done(
    ctx,
    {
      entry,
      file: {
        ...file,
        stepOne: { ...stepOne, confirmedInWritingOn: on.value, confirmedVia: via.value },
      },
    },
    "confirmedInWriting",
    written
      ? `The step-one concern was confirmed to the customer in writing on ${formatLongDate(on.value)} (5.1).`
      : `The step-one concern was confirmed to the customer on ${formatLongDate(on.value)}, ${meansInWords(via.value)} (5.1).`,
    { on: on.value, via: via.value },
  );
}

/**
 * 5.1: the offer of a representative and the answer. Accepted, the representative goes on the
 * register (letters go to them; the app adds their address to UCB Addresses).
 */
export function recordRepresentativeOffer(
  ctx: CommandContext,
  command: RecordRepresentativeOffer,
): LifecycleResult {
  const { entry, file } = ctx.record;
  const stepOne = file.stepOne;
  if (!stepOne) return fail("incompleteRecord", "This case has no step-one record.");
  const offeredOn = pastDate(command.offeredOn, "The date of the offer", ctx.today, {
    date: stepOne.raisedOn,
    what: "the date the concern was raised",
  });
  if (!offeredOn.ok) return offeredOn;
  const representative = command.representative;
  if (command.answer === "accepted") {
    if (!representative || representative.name.trim() === "") {
      return fail(
        "missingInformation",
        "Give the name and email address of the representative the customer appointed (5.1).",
      );
    }
  } else if (representative) {
    return fail(
      "inconsistentDecision",
      "A representative is named only when the customer accepted the offer (5.1).",
    );
  }
  const offer: RepresentativeOffer = {
    offeredOn: offeredOn.value,
    answer: command.answer,
    ...(command.answer === "pending" ? {} : { answeredOn: ctx.today }),
    ...(representative ? { representative } : {}),
  };
  const summary =
    command.answer === "accepted" && representative
      ? `The customer was offered a representative on ${formatLongDate(offeredOn.value)} and appointed ${representative.name}, who now contacts the council for them (5.1).`
      : command.answer === "declined"
        ? `The customer was offered a representative on ${formatLongDate(offeredOn.value)} and declined (5.1).`
        : `The customer was offered a representative on ${formatLongDate(offeredOn.value)}; they have not yet answered (5.1).`;
  const sameAsBefore =
    representative &&
    entry.representative &&
    sameAddress(representative.email, entry.representative.email);
  return done(
    ctx,
    {
      entry: representative && !sameAsBefore ? { ...entry, representative } : entry,
      file: {
        ...file,
        stepOne: { ...stepOne, representativeOffered: true, representativeOffer: offer },
      },
    },
    "representativeOffered",
    summary,
    {
      offeredOn: offeredOn.value,
      answer: command.answer,
      ...(representative ? { representative: representative.name } : {}),
    },
  );
}

export function recordAgreement(ctx: CommandContext, command: RecordAgreement): LifecycleResult {
  const { entry, file } = ctx.record;
  const stepOne = file.stepOne;
  if (!stepOne) return fail("incompleteRecord", "This case has no step-one record.");
  const answered: StepOneRecord = {
    ...stepOne,
    agreement: command.agreed ? "agreed" : "notAgreed",
    agreementRecordedOn: ctx.today,
  };
  if (!command.agreed) {
    return done(
      ctx,
      { entry, file: { ...file, stepOne: answered } },
      "arrangementNotAgreed",
      representativeOfferRecorded(stepOne)
        ? "The customer did not agree the proposed arrangement; the case can be referred (5.1, 5.2.1)."
        : "The customer did not agree the proposed arrangement; once the offer of a representative is recorded, the case can be referred (5.1, 5.2.1).",
    );
  }
  // The agreed SPOC goes on the register so every member of staff can see who it is, and so
  // does the arrangement, so that every member of staff's pane can check contact against it.
  const spoc = stepOne.proposedSpoc ?? entry.spoc;
  const arrangement = agreedArrangement(
    stepOne,
    { spoc, deputy: entry.deputy },
    ctx.today,
    ctx.config,
  );
  return done(
    ctx,
    {
      entry: {
        ...entry,
        stage: "monitoring",
        ...(spoc ? { spoc } : {}),
        ...(arrangement ? { arrangement } : {}),
      },
      file: { ...file, stepOne: answered },
    },
    "arrangementAgreed",
    "The customer agreed the proposed arrangement; their contact is now monitored (5.1).",
    arrangement ? { arrangement: arrangement.summary } : undefined,
  );
}

const CLOSED_BECAUSE: Readonly<Record<CloseOutcome, string>> = {
  resolved: "the concern was resolved",
  notUnreasonable: "the behaviour was not found unreasonable",
  withdrawn: "the concern was withdrawn",
};

export function closeCase(ctx: CommandContext, command: CloseCase): LifecycleResult {
  const reasons = requireText(command.reasons, "Give the reasons for closing the case.");
  if (!reasons.ok) return reasons;
  const outcome = command.outcome ?? "resolved";
  const { entry, file } = ctx.record;
  return done(
    ctx,
    {
      entry: {
        ...entry,
        stage: "closed",
        closedOn: ctx.today,
        retainUntil: retainClosedUntil(ctx.today, ctx.config),
      },
      file,
    },
    "caseClosed",
    `The case was closed without restrictions by ${ctx.actor.name}: ${CLOSED_BECAUSE[outcome]}.`,
    { reasons: reasons.value, outcome, closedFrom: entry.stage },
  );
}
