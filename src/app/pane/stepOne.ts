/**
 * 5.1: a service manager raises a concern about a sender who is not restricted. Every field is
 * checked first (nothing is saved on bad input); the domain opens the case; the store creates
 * the register entry, its addresses and its case file (and its own "case opened" event); the
 * domain's step-one event is appended; and a reply confirming the concern in writing is opened.
 */
import { openCaseRoleRefusal } from "../../domain/lifecycleRules";
import { openCase } from "../../domain/lifecycleStepOne";
import type { CaseRecord, EmailAddress } from "../../domain/types";
import { localDateOf } from "../../domain/zonedTime";
import { appendEvents } from "../caseCommands";
import { freshRef, MAX_REF_ATTEMPTS } from "../newCaseRef";
import type { AppDeps } from "../deps";
import { describeFailure, failureSentence, isItemChanged } from "../errorWording";
import { keepEmailedLetter } from "../letters/delivery";
import { completeLetter } from "../letters/letter";
import { stepOneLetter } from "../letters/stepOneLetter";
import type { AddressKind, MailItem, SignedInUser } from "../ports";
import { concernRaiser } from "./actions";
import { checkStepOne } from "./stepOneInput";
import type { FormOutcome, RaisedConcern, StepOneInput } from "./types";

export async function raiseConcern(
  deps: AppDeps,
  input: StepOneInput,
  user: SignedInUser,
  /** The message the concern was raised from: the reply goes to it, or not at all. */
  item?: MailItem,
): Promise<FormOutcome<RaisedConcern>> {
  const { config, clock, store } = deps;
  const actor = concernRaiser(user, config);
  if (!actor) {
    const refusal = openCaseRoleRefusal(user.roles[0] ?? "frontline", config);
    return { kind: "refused", message: refusal?.message ?? "You cannot raise a concern." };
  }
  const checked = checkStepOne(input);
  if (!checked.ok) {
    return {
      kind: "invalid",
      fieldErrors: checked.fieldErrors,
      message: "Nothing was saved: correct the fields shown.",
    };
  }
  const { customer, representativeAddress, deputy, letterDetails } = checked.value;
  const now = clock.now();
  const year = Number(localDateOf(now, config.timeZone).slice(0, 4));

  try {
    for (let attempt = 0; attempt < MAX_REF_ATTEMPTS; attempt += 1) {
      const ref = freshRef(deps.ids, year);
      const decided = openCase(checked.value.toCase(ref), actor, now, config);
      if (!decided.ok) return { kind: "refused", message: decided.error.message };
      // The proposed deputy goes on the register beside the SPOC agreed later (recordAgreement).
      const record: CaseRecord = {
        entry: { ...decided.value.record.entry, ...(deputy ? { deputy } : {}) },
        file: { ...decided.value.record.file, ...(letterDetails ? { letterDetails } : {}) },
      };
      const addresses: { address: EmailAddress; kind: AddressKind }[] = [
        { address: customer, kind: "customer" },
        ...(representativeAddress
          ? [{ address: representativeAddress, kind: "representative" as const }]
          : []),
      ];
      const created = await store.createCase({ ...record, addresses }, actor);
      // createCase is idempotent on the reference: another case under it means a collision.
      if (created.value.customerName !== record.entry.customerName) continue;
      await appendEvents(store, decided.value.events);
      // 5.1: confirmed "in writing or in such a way as to accommodate any reasonable adjustment":
      // to the customer, by the channel their adjustments allow (no terms apply yet).
      const text = stepOneLetter(
        {
          record,
          signedBy: actor,
          today: localDateOf(now, config.timeZone),
          ...(deputy ? { deputy } : {}),
        },
        config,
      );
      const letter = completeLetter(text, "stepOneConfirmation", record, {
        addressee: "customer",
        name: record.entry.customerName,
        to: [customer],
        ...(letterDetails?.customer ? { addressing: letterDetails.customer } : {}),
      });
      if (letter.channel.kind === "post") {
        return {
          kind: "done",
          message: `Case ${ref} opened at step one. ${letter.channel.explanation}`,
          value: { ref, letter },
        };
      }
      let replyProblem: string | undefined;
      try {
        await deps.mailbox.openReply(letter.body, item);
      } catch (e) {
        replyProblem = isItemChanged(e)
          ? "Outlook now shows a different message, so no reply was opened. The case is saved: copy the letter below into a reply to the customer."
          : "Outlook did not open the reply. The case is saved: copy the letter below into a reply to the customer.";
      }
      const kept = await keepEmailedLetter(deps, letter, actor);
      const keptProblem = kept.kind === "done" ? undefined : kept.message;
      return {
        kind: "done",
        message: replyProblem
          ? `Case ${ref} opened at step one.`
          : `Case ${ref} opened at step one. A reply confirming the concern in writing is open: check it, then send it.`,
        value: {
          ref,
          letter,
          ...(replyProblem ? { replyProblem } : {}),
          ...(keptProblem ? { keptProblem } : {}),
        },
      };
    }
    return {
      kind: "failed",
      message: "A new case reference could not be found. Try again.",
      failure: describeFailure(undefined),
    };
  } catch (e) {
    const failure = describeFailure(e);
    return {
      kind: "failed",
      message: `The case was not opened. ${failureSentence(failure)}`,
      failure,
    };
  }
}
