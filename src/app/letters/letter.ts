/**
 * A customer-facing letter, ready to go the way the terms and adjustments allow: its text (for
 * an email), its parts and addressee block (for the printed letter), and the channel chosen by
 * the domain's letterChannel. Every letter the pane produces is one of these.
 */
import { type LetterChannel, letterChannel, termsAllowEmail } from "../../domain/letterChannel";
import type {
  Addressing,
  CaseRecord,
  CaseRef,
  EmailAddress,
  RestrictionTerms,
} from "../../domain/types";
import type { LetterContent } from "./format";
import { addressBlock } from "./format";

export type Letter = {
  /** What the letter is: a decision's LetterKind, or "stepOneConfirmation" (5.1). */
  readonly kind: string;
  readonly ref: CaseRef;
  readonly addressee: "customer" | "representative";
  readonly addresseeName: string;
  /** The addressee's email addresses held; empty when none is held. */
  readonly to: readonly EmailAddress[];
  readonly subject: string;
  /** Plain text, UK English, dates like "3 March 2026": the email, and the letter as drafted. */
  readonly body: string;
  /** The same letter in its parts, for the printed letter. */
  readonly content: LetterContent;
  /** The addressee's name (with title) and postal address, for the printed letter. */
  readonly addressBlock: readonly string[];
  /** Email or post, large print or not, and why, in words for the officer. */
  readonly channel: LetterChannel;
  /** The terms let the customer email the council: the printed head may give its address. */
  readonly emailAllowed: boolean;
};

export type LetterRecipient = {
  readonly addressee: "customer" | "representative";
  readonly name: string;
  readonly addressing?: Addressing;
  readonly to: readonly EmailAddress[];
};

/**
 * Who a letter about the case goes to: the representative when one acts for the customer (5.1),
 * otherwise the customer at the addresses held.
 */
export function recipientOf(
  record: CaseRecord,
  customerAddresses: readonly EmailAddress[],
): LetterRecipient {
  const { representative } = record.entry;
  const details = record.file.letterDetails;
  if (representative) {
    return {
      addressee: "representative",
      name: representative.name,
      to: [representative.email],
      ...(details?.representative ? { addressing: details.representative } : {}),
    };
  }
  return {
    addressee: "customer",
    name: record.entry.customerName,
    to: customerAddresses,
    ...(details?.customer ? { addressing: details.customer } : {}),
  };
}

/**
 * The terms a letter is written under: those of a restricted case, whether in force or only
 * now given notice of. None once restrictions are over, or before any are decided.
 */
export function letterTerms(record: CaseRecord): RestrictionTerms | undefined {
  return record.entry.stage === "restricted" ? record.entry.terms : undefined;
}

/** What the letter is called in the pane's sentences ("this notice is a printable letter"). */
export type LetterNoun = "letter" | "notice" | "acknowledgement";

/** The letter with its channel: the case's terms and adjustments apply whoever it goes to. */
export function completeLetter(
  text: { readonly subject: string; readonly body: string; readonly content: LetterContent },
  kind: string,
  record: CaseRecord,
  recipient: LetterRecipient,
  noun: LetterNoun = "letter",
): Letter {
  const terms = letterTerms(record);
  return {
    kind,
    ref: record.entry.ref,
    addressee: recipient.addressee,
    addresseeName: recipient.name,
    to: recipient.to,
    subject: text.subject,
    body: text.body,
    content: text.content,
    addressBlock: addressBlock(recipient.name, recipient.addressing),
    channel: letterChannel(
      {
        ...(terms ? { terms } : {}),
        adjustments: record.file.reasonableAdjustments,
        emailHeld: recipient.to.length > 0,
      },
      noun,
    ),
    emailAllowed: termsAllowEmail(terms),
  };
}
