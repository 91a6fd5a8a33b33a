/**
 * A letter for tests of what the pane does with one (open, print, record as posted, keep),
 * made by the real letter code from a restricted case. Not used by the product.
 */
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { actor, CUSTOMER, date, restrictedEntry } from "../../domain/testFixtures";
import type { CaseFile, CaseRecord, RegisterEntry, RestrictionTerms } from "../../domain/types";
import { decisionLetter } from "./decisionLetters";
import { completeLetter, type Letter, recipientOf } from "./letter";

export function letterCase(
  terms: RestrictionTerms,
  file: Partial<CaseFile> = {},
  entry: Partial<RegisterEntry> = {},
): CaseRecord {
  const e = restrictedEntry({ terms, ...entry });
  return { entry: e, file: { ref: e.ref, reasonableAdjustments: [], ...file } };
}

/** The notice of restrictions for a case with these terms and case file. */
export function sampleNotice(
  terms: RestrictionTerms = {},
  file: Partial<CaseFile> = {},
  entry: Partial<RegisterEntry> = {},
): Letter {
  const record = letterCase(terms, file, entry);
  const recipient = recipientOf(record, [CUSTOMER]);
  const text = decisionLetter(
    "restrictionNotice",
    {
      before: record,
      after: record,
      reasons: "Daily emails to many officers about the same matter.",
      today: date("2026-11-02"),
      addressee: recipient.addressee,
      addresseeName: recipient.name,
      ...(recipient.addressing ? { addressing: recipient.addressing } : {}),
      signedBy: actor("assistantDirector", "Morgan Blake"),
    },
    PORTSMOUTH_POLICY,
  );
  return completeLetter(text, "restrictionNotice", record, recipient, "notice");
}
