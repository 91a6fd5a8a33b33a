/**
 * The contact log as a decider reads it: newest first, each contact marked within or outside
 * the terms, with the reasons in words.
 */
import type { PolicyConfig } from "../domain/config";
import { evaluateContact } from "../domain/contactEvaluation";
import type { LoggedContact, LoggedVerdict, ReasonCode, RegisterEntry } from "../domain/types";

export type ContactLine = {
  readonly contact: LoggedContact;
  /** The verdict stored when the contact was logged, against the terms in force then. */
  readonly verdict: LoggedVerdict;
  /** Outside the terms or on a blocked channel. */
  readonly breach: boolean;
  /** Why it was outside the terms (or the agreed arrangement), in words; else empty. */
  readonly reasons: readonly string[];
};

/** Short wording for a stored reason code, when the full sentence cannot be rebuilt. */
export const REASON_IN_WORDS: Readonly<Record<ReasonCode, string>> = {
  channelBlocked: "The channel it came by is blocked (5.2.5).",
  channelNotAllowed: "It came by a channel the terms do not allow.",
  outsideContactWindow: "It came outside the allowed days and hours.",
  overVolume: "It was over the volume allowance for its period.",
  notToSpoc: "It was not sent to the SPOC or the deputy.",
  copiedToOthers: "It was also sent to other council officers, not only the SPOC.",
  premisesRestricted:
    "It was a visit in person while access to council premises is restricted (5.2.5).",
};

export const VERDICT_IN_WORDS: Readonly<Record<LoggedVerdict, string>> = {
  notRestricted: "No restrictions applied",
  withinTerms: "Within the terms",
  outsideTerms: "Outside the terms",
  blocked: "Blocked channel",
  notChecked: "Not checked against the terms",
  withinArrangement: "Within the agreed arrangement",
  outsideArrangement: "Outside the agreed arrangement",
};

/**
 * The stored verdict decides (it was judged against the terms in force when the contact was
 * logged, which later periods may have changed). Where the current terms are the ones it was
 * judged against, re-judging it gives the full sentence, e.g. "This is email 3 this week; …".
 */
export function contactLines(
  contacts: readonly LoggedContact[],
  entry: RegisterEntry,
  config: PolicyConfig,
): readonly ContactLine[] {
  const lines = contacts.map((contact): ContactLine => {
    const breach = contact.verdict === "outsideTerms" || contact.verdict === "blocked";
    return {
      contact,
      verdict: contact.verdict,
      breach,
      reasons:
        breach || contact.verdict === "outsideArrangement"
          ? reasonsInWords(contact, contacts, entry, config)
          : [],
    };
  });
  return lines.sort((a, b) => b.contact.at.getTime() - a.contact.at.getTime());
}

function reasonsInWords(
  contact: LoggedContact,
  contacts: readonly LoggedContact[],
  entry: RegisterEntry,
  config: PolicyConfig,
): readonly string[] {
  const rejudged =
    contact.direction === "inbound"
      ? evaluateContact({
          entry,
          contacts,
          contact: {
            channel: contact.channel,
            at: contact.at,
            ...(contact.from ? { from: contact.from } : {}),
            to: contact.to,
            cc: [],
            ...(contact.messageId ? { messageId: contact.messageId } : {}),
          },
          config,
        }).reasons
      : [];
  const codes = contact.reasons.length > 0 ? contact.reasons : rejudged.map((r) => r.code);
  return codes.map(
    (code) => rejudged.find((r) => r.code === code)?.message ?? REASON_IN_WORDS[code],
  );
}
