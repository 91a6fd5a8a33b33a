/**
 * How a letter reaches the customer (5.1, 5.2.4, 5.2.6, 5.2.7: "in writing or in such a way as to
 * accommodate any reasonable adjustment"): an email only where the terms allow email and no
 * recorded adjustment needs otherwise; otherwise a printed letter, posted, in large print where
 * that adjustment is recorded. One function decides it for every letter, so the officer never has
 * to remember the terms.
 */
import type { Channel, ReasonableAdjustment, RestrictionTerms } from "./types";
import { channelManner, listWithAnd, listWithOr } from "./wording";

export type LetterChannelFacts = {
  /**
   * The terms the letter is written under: those in force, or those the letter gives notice of.
   * Undefined when no restrictions apply (step one, a closed case, restrictions removed).
   */
  readonly terms?: RestrictionTerms;
  readonly adjustments: readonly ReasonableAdjustment[];
  /** Whether an email address is held for the person the letter goes to. */
  readonly emailHeld: boolean;
};

/** Why the letter goes the way it does; each has its own sentence for the pane. */
export type LetterChannelReason =
  | "emailAllowed"
  | "emailBlocked"
  | "channelsExcludeEmail"
  | "adjustmentNeedsOtherChannel"
  | "largePrint"
  | "noEmailAddress";

export type LetterChannel = {
  readonly kind: "email" | "post";
  /** Printed at 16 point or larger (a large-print adjustment is recorded). */
  readonly largePrint: boolean;
  readonly reason: LetterChannelReason;
  /** One sentence for the officer, e.g. "Letters only: this notice is a printable letter." */
  readonly explanation: string;
  /**
   * What the letter alone does not do for a recorded adjustment, e.g. "A recorded reasonable
   * adjustment needs contact by telephone ("cannot read letters"): telephone the customer too."
   */
  readonly alsoNeeded: readonly string[];
};

/** Free text that asks for large print, in the words staff tend to write it. */
const LARGE_PRINT_WORDS =
  /\b(?:large|larger|big|bigger|enlarged|giant)[\s-]+(?:print|type|font|text|letters?)\b|\b(?:1[4-9]|2\d)\s?(?:pt|point)\b/i;

/**
 * The adjustment asks for large print: its structured flag, or (for adjustments recorded before
 * the flag existed) its description says so ("Letters in large print", "18pt font").
 */
export function needsLargePrint(adjustment: ReasonableAdjustment): boolean {
  return adjustment.largePrint === true || LARGE_PRINT_WORDS.test(adjustment.description);
}

/** The terms let the council write by email: email is not blocked, and is among those allowed. */
export function termsAllowEmail(terms: RestrictionTerms | undefined): boolean {
  if (!terms) return true;
  if (terms.extreme?.blockedChannels.includes("email")) return false;
  const allowed = terms.allowedChannels;
  return !allowed?.length || allowed.includes("email");
}

/** Channels an adjustment needs that no letter provides (telephone, in person …). */
function beyondWriting(adjustment: ReasonableAdjustment): readonly Channel[] {
  return (adjustment.requiresChannels ?? []).filter((c) => c !== "email" && c !== "letter");
}

/** The adjustment names letters among what it needs, and not email: a posted letter. */
function needsPostNotEmail(adjustment: ReasonableAdjustment): boolean {
  const needs = adjustment.requiresChannels ?? [];
  return needs.includes("letter") && !needs.includes("email");
}

/** What this letter does not do for the adjustments, whichever way it goes. */
function alsoNeeded(adjustments: readonly ReasonableAdjustment[], emailAllowed: boolean): string[] {
  return adjustments.flatMap((a) => {
    const needs = a.requiresChannels ?? [];
    if (needs.includes("letter") || (needs.includes("email") && emailAllowed)) return [];
    if (needs.includes("email")) {
      return [
        `A recorded reasonable adjustment needs contact by email ("${a.description}"), which the terms do not allow: ask the decider how to meet it.`,
      ];
    }
    const channels = beyondWriting(a);
    if (channels.length === 0) return [];
    return [
      `A recorded reasonable adjustment needs contact ${listWithOr(channels.map(channelManner))} ("${a.description}"): contact the customer that way as well.`,
    ];
  });
}

/** "Letters only:", "The terms allow contact by telephone or by letter only:". */
function allowedInWords(allowed: readonly Channel[]): string {
  if (allowed.length === 1 && allowed[0] === "letter") return "Letters only:";
  return `The terms allow contact ${listWithOr(allowed.map(channelManner))} only:`;
}

/**
 * The channel for a letter. In order: terms that block or exclude email; an adjustment that needs
 * letters rather than email; a large-print adjustment (printed letters, unless it asks for email);
 * no email address held. Otherwise email. `noun` names the letter in the explanation ("notice").
 */
export function letterChannel(facts: LetterChannelFacts, noun = "letter"): LetterChannel {
  const { terms, adjustments } = facts;
  const largePrint = adjustments.some(needsLargePrint);
  const emailAllowed = termsAllowEmail(terms);
  const also = alsoNeeded(adjustments, emailAllowed);
  const post = (reason: Exclude<LetterChannelReason, "emailAllowed">, lead: string) => {
    const rest = `is a printable letter${largePrint ? " in large print" : ""}: print it and post it.`;
    const joined = lead.endsWith(":")
      ? `${lead} this ${noun} ${rest}`
      : `${lead} This ${noun} ${rest}`;
    return { kind: "post", largePrint, reason, explanation: joined, alsoNeeded: also } as const;
  };
  if (terms?.extreme?.blockedChannels.includes("email")) {
    return post("emailBlocked", "Email is blocked (extreme measures, 5.2.5).");
  }
  const allowed = terms?.allowedChannels;
  if (allowed?.length && !allowed.includes("email")) {
    return post("channelsExcludeEmail", allowedInWords(allowed));
  }
  const byPost = adjustments.find(needsPostNotEmail);
  if (byPost) {
    return post(
      "adjustmentNeedsOtherChannel",
      `A recorded reasonable adjustment needs letters by post ("${byPost.description}").`,
    );
  }
  const printOnly = adjustments.filter(
    (a) => needsLargePrint(a) && !(a.requiresChannels ?? []).includes("email"),
  );
  if (printOnly.length > 0) {
    const which = listWithAnd(printOnly.map((a) => `"${a.description}"`));
    return post("largePrint", `Large print is a recorded reasonable adjustment (${which}).`);
  }
  if (!facts.emailHeld) return post("noEmailAddress", "No email address is held.");
  return {
    kind: "email",
    largePrint: false,
    reason: "emailAllowed",
    explanation: `Email is allowed: this ${noun} opens in Outlook as an email for you to check and send.`,
    alsoNeeded: also,
  };
}
