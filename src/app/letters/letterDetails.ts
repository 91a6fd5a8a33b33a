/**
 * How letters reach and address the customer (and their representative): title, surname,
 * salutation and postal address, and the two reasonable adjustments letters follow (large print;
 * letters by post rather than email). Saved in the case file with its eTag: someone else's change
 * since it was read is a conflict, never overwritten. The audit trail says who changed them.
 */
import { needsLargePrint } from "../../domain/letterChannel";
import type { Actor, LetterDetails, ReasonableAdjustment } from "../../domain/types";
import { appendEvents, type LoadedCase } from "../caseCommands";
import { describeFailure, failureSentence } from "../errorWording";
import { type CaseStore, type Clock, isStoreError } from "../ports";
import { addressingInputOf, type AddressingInput, checkAddressing } from "./addressingInput";

export type LetterDetailsInput = {
  readonly customer: AddressingInput;
  /** Only when a representative acts for the customer. */
  readonly representative?: AddressingInput;
  readonly largePrint: boolean;
  readonly lettersByPost: boolean;
};

export type LetterDetailsOutcome =
  | { readonly kind: "done"; readonly message: string; readonly loaded: LoadedCase }
  | {
      readonly kind: "invalid";
      readonly message: string;
      /** "customer.title", "representative.postalAddress", … */
      readonly errors: Readonly<Record<string, string>>;
    }
  | { readonly kind: "conflict"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string };

export const LARGE_PRINT = "Letters in large print";
export const BY_POST = "Letters by post, not email";

const byPost = (a: ReasonableAdjustment): boolean => {
  const needs = a.requiresChannels ?? [];
  return needs.includes("letter") && !needs.includes("email");
};

/** The form's starting values: what the case file holds. */
export function letterDetailsInputOf(loaded: LoadedCase): LetterDetailsInput {
  const { file, entry } = loaded.record;
  return {
    customer: addressingInputOf(file.letterDetails?.customer),
    ...(entry.representative
      ? { representative: addressingInputOf(file.letterDetails?.representative) }
      : {}),
    largePrint: file.reasonableAdjustments.some(needsLargePrint),
    lettersByPost: file.reasonableAdjustments.some(byPost),
  };
}

/** The adjustments with the two letter needs set as asked; the others as they were. */
function adjustmentsWith(
  held: readonly ReasonableAdjustment[],
  input: LetterDetailsInput,
): ReasonableAdjustment[] {
  const others = held.filter(
    (a) =>
      !(input.largePrint ? false : needsLargePrint(a)) &&
      !(input.lettersByPost ? false : byPost(a)),
  );
  const out = [...others];
  if (input.largePrint && !out.some(needsLargePrint)) {
    out.push({ description: LARGE_PRINT, largePrint: true });
  }
  if (input.lettersByPost && !out.some(byPost)) {
    out.push({ description: BY_POST, requiresChannels: ["letter"] });
  }
  return out;
}

export async function updateLetterDetails(
  deps: { readonly store: CaseStore; readonly clock: Clock },
  loaded: LoadedCase,
  actor: Actor,
  input: LetterDetailsInput,
): Promise<LetterDetailsOutcome> {
  const customer = checkAddressing(input.customer, "the customer");
  const representative = input.representative
    ? checkAddressing(input.representative, "the representative")
    : undefined;
  const errors: Record<string, string> = {};
  for (const [key, message] of Object.entries(customer.errors)) errors[`customer.${key}`] = message;
  for (const [key, message] of Object.entries(representative?.errors ?? {})) {
    errors[`representative.${key}`] = message;
  }
  if (Object.keys(errors).length > 0) {
    return { kind: "invalid", message: "Nothing was saved: correct the fields shown.", errors };
  }
  const letterDetails: LetterDetails = {
    ...(customer.value ? { customer: customer.value } : {}),
    ...(representative?.value ? { representative: representative.value } : {}),
  };
  const { file, entry } = loaded.record;
  const next = {
    ...file,
    letterDetails,
    reasonableAdjustments: adjustmentsWith(file.reasonableAdjustments, input),
  };
  try {
    const saved = await deps.store.updateCaseFile(next, loaded.fileEtag);
    await appendEvents(deps.store, [
      {
        ref: entry.ref,
        at: deps.clock.now(),
        actor,
        action: "letterDetailsChanged",
        summary: `How letters address ${entry.customerName} and reach them was changed.`,
        detail: {
          largePrint: input.largePrint,
          lettersByPost: input.lettersByPost,
          postalAddressHeld: (customer.value?.postalAddress?.length ?? 0) > 0,
        },
      },
    ]);
    return {
      kind: "done",
      message: "Saved: letters will use these details.",
      loaded: { ...loaded, record: { entry, file: saved.value }, fileEtag: saved.etag },
    };
  } catch (e) {
    if (isStoreError(e) && e.code === "conflict") {
      return {
        kind: "conflict",
        message:
          "Someone else changed this case while you were working on it: reload it and make the change again.",
      };
    }
    return {
      kind: "failed",
      message: `Nothing was saved. ${failureSentence(describeFailure(e, { ref: entry.ref }))}`,
    };
  }
}
