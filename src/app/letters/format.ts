/**
 * The plain-text letter format every council letter and message shares: UK dates, the
 * salutation, the head (council, reference, date) and the signature block with the signer's
 * role title from configuration. Letters go into Outlook forms as plain text.
 */
import type { PolicyConfig } from "../../domain/config";
import type { Actor, CaseRef, LocalDate } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { localDateOf } from "../../domain/zonedTime";

/** "3 March 2026": letters carry the date without the weekday. */
export function letterDate(date: LocalDate): string {
  return formatLongDate(date).replace(/^\S+ /, "");
}

/** Today's date in the council's time zone, as a letter shows it. */
export function letterDateOf(now: Date, config: PolicyConfig): string {
  return letterDate(localDateOf(now, config.timeZone));
}

const SMALL_WORDS = new Set(["of", "and", "the", "for", "to"]);

/**
 * A role title as a signature shows it: "assistant director of corporate services" →
 * "Assistant Director of Corporate Services"; a bracketed note ("(or deputy)") is dropped.
 */
export function signatureTitle(title: string): string {
  return title
    .replace(/\s*\([^)]*\)\s*$/, "")
    .trim()
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : `${w.charAt(0).toUpperCase()}${w.slice(1)}`))
    .join(" ");
}

/** "Dear Ms Patel," or, with no usable name, "Dear Sir or Madam,". */
export function salutation(name: string | undefined): string {
  const clean = (name ?? "").replace(/\s+/g, " ").trim();
  return clean ? `Dear ${clean},` : "Dear Sir or Madam,";
}

/** The council, the case reference and the date, above the salutation. */
export function letterHead(config: PolicyConfig, ref: CaseRef, date: LocalDate): string {
  return [config.councilName, `Our reference: ${ref}`, `Date: ${letterDate(date)}`].join("\n");
}

/** "Yours sincerely," when the addressee is named, "Yours faithfully," otherwise (UK usage). */
export function valediction(addresseeNamed: boolean): string {
  return addresseeNamed ? "Yours sincerely," : "Yours faithfully,";
}

/**
 * The signer's name, role title and council, under the closing ("Yours sincerely," …). A
 * configured deputy signs as "Deputy for the City Solicitor" (5.2.5, 5.2.6).
 */
export function signatureBlock(
  signer: Actor,
  config: PolicyConfig,
  closing = valediction(true),
): string {
  const title = signatureTitle(config.roleTitles[signer.role]);
  return [
    closing,
    "",
    signer.name,
    signer.asDeputy === true ? `Deputy for the ${title}` : title,
    config.councilName,
  ].join("\n");
}

/** Paragraphs separated by one blank line; empty ones are left out. */
export function paragraphs(...parts: readonly (string | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === "string" && p.trim() !== "")
    .map((p) => p.trim())
    .join("\n\n");
}

/** A list, one item a line, each with a dash, for letters that are plain text. */
export function bulletList(items: readonly string[]): string {
  return items
    .map((i) => i.replace(/\s+/g, " ").trim())
    .filter((i) => i !== "")
    .map((i) => `- ${i}`)
    .join("\n");
}
