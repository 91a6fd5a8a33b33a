/**
 * The plain-text letter format every council letter and message shares: UK dates, the
 * salutation, the head (council, reference, date) and the signature block with the signer's
 * role title from configuration. Letters go into Outlook forms as plain text.
 */
import type { PolicyConfig } from "../../domain/config";
import type { Actor, Addressing, CaseRef, LocalDate } from "../../domain/types";
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

const clean = (text: string | undefined): string => (text ?? "").replace(/\s+/g, " ").trim();

/**
 * Who "Dear" greets: the salutation the person asked for; else title and surname ("Mr Rivers");
 * else the full name as recorded. Empty when nothing usable is held.
 */
export function greetingName(name: string | undefined, addressing?: Addressing): string {
  const asked = clean(addressing?.salutation);
  if (asked) return asked;
  const title = clean(addressing?.title);
  const surname = clean(addressing?.surname);
  if (title && surname) return `${title} ${surname}`;
  return clean(name);
}

/** "Dear Mr Rivers," (see greetingName) or, with no usable name, "Dear Sir or Madam,". */
export function salutation(name: string | undefined, addressing?: Addressing): string {
  const greeted = greetingName(name, addressing);
  return greeted ? `Dear ${greeted},` : "Dear Sir or Madam,";
}

/** The addressee block of a printed letter: "Mr Rhys Rivers", then the postal address lines. */
export function addressBlock(name: string, addressing?: Addressing): readonly string[] {
  const full = clean(name);
  const title = clean(addressing?.title);
  const titled =
    title && !full.toLowerCase().startsWith(`${title.toLowerCase()} `) ? `${title} ${full}` : full;
  const lines = (addressing?.postalAddress ?? []).map(clean).filter((l) => l !== "");
  return [titled, ...lines].filter((l) => l !== "");
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
 * The signer's name, role title and council: the lines under the closing. A configured deputy
 * signs as "Deputy for the City Solicitor" (5.2.5, 5.2.6).
 */
export function signatureLines(signer: Actor, config: PolicyConfig): readonly string[] {
  const title = signatureTitle(config.roleTitles[signer.role]);
  return [
    signer.name,
    signer.asDeputy === true ? `Deputy for the ${title}` : title,
    config.councilName,
  ];
}

/** The signer's name, role title and council, under the closing ("Yours sincerely," …). */
export function signatureBlock(
  signer: Actor,
  config: PolicyConfig,
  closing = valediction(true),
): string {
  return [closing, "", ...signatureLines(signer, config)].join("\n");
}

/**
 * A letter in its parts, from which both the plain text (an email) and the printed letter (a
 * PDF with the council's layout) are made, so the two always say the same.
 */
export type LetterContent = {
  readonly ref: CaseRef;
  readonly date: LocalDate;
  readonly salutation: string;
  /**
   * The letter's own paragraphs, in order. A paragraph may open with a heading line followed by
   * a blank line ("How to appeal\n\n…"), and lines starting "- " are a list.
   */
  readonly paragraphs: readonly string[];
  readonly closing: string;
  readonly signature: readonly string[];
};

/** The letter as plain text: head, salutation, paragraphs and signature, a blank line apart. */
export function plainLetter(content: LetterContent, config: PolicyConfig): string {
  return paragraphs(
    letterHead(config, content.ref, content.date),
    content.salutation,
    ...content.paragraphs,
    [content.closing, "", ...content.signature].join("\n"),
  );
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
