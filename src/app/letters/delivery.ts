/**
 * Sending a letter the way its channel says (domain letterChannel), and keeping it with the case
 * (UCB Case Documents): a printable letter is opened for printing, then recorded as sent by post
 * on the date the officer gives, its PDF kept; an emailed letter is kept as the .eml drafted.
 */
import type { PolicyConfig } from "../../domain/config";
import { isAfter, isBefore, parseLocalDate } from "../../domain/localDate";
import type { Actor, CaseEvent, LocalDate } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { localDateOf } from "../../domain/zonedTime";
import { appendEvents } from "../caseCommands";
import { GRAPH_BUDGET_MS, withDeadline } from "../deadline";
import { describeFailure, type FailureWording, failureSentence } from "../errorWording";
import type {
  CaseDocument,
  CaseDocuments,
  CaseStore,
  Clock,
  LetterPrinter,
  PrintedLetter,
} from "../ports";
import { emailFile } from "./eml";
import type { Letter } from "./letter";
import { printableLetter } from "./printable";

export type LetterDeps = {
  readonly store: CaseStore;
  readonly documents: CaseDocuments;
  readonly printer: LetterPrinter;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

export type KeptLetter =
  | {
      readonly kind: "done";
      readonly message: string;
      readonly document: CaseDocument;
      /** Characters printed differently from the letter's text ("Ł" as "L"): check them. */
      readonly substitutions: PrintedLetter["substitutions"];
    }
  | { readonly kind: "invalid"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string; readonly failure: FailureWording };

/** The PDF to open for printing: the same bytes that are kept when it is recorded as posted. */
export function printLetter(deps: LetterDeps, letter: Letter): Promise<PrintedLetter> {
  return deps.printer.print(printableLetter(letter, deps.config));
}

/** "2027-03-01 Notice of restrictions": the date and the subject, for the file name. */
function documentTitle(letter: Letter, channel: "post" | "email"): string {
  const subject = letter.subject.replace(/\s*\(our reference [^)]*\)\s*$/, "");
  return `${letter.content.date} ${subject}${channel === "email" ? " (email)" : ""}`;
}

/** What makes the letter itself: its kind, addressee and every word, and how it went. */
function letterKey(letter: Letter, channel: "post" | "email"): string {
  return JSON.stringify([
    letter.ref,
    letter.kind,
    channel,
    letter.to,
    letter.addressBlock,
    letter.body,
  ]);
}

async function keep(
  deps: LetterDeps,
  letter: Letter,
  actor: Actor,
  channel: "post" | "email",
  content: Uint8Array,
  event: (document: CaseDocument) => Omit<CaseEvent, "ref" | "at" | "actor">,
): Promise<{ document: CaseDocument; unsaved: readonly CaseEvent[] }> {
  const { document, alreadyStored } = await deps.documents.store({
    ref: letter.ref,
    folder: "letters",
    title: documentTitle(letter, channel),
    extension: channel === "post" ? "pdf" : "eml",
    contentType: channel === "post" ? "application/pdf" : "message/rfc822",
    content,
    key: letterKey(letter, channel),
    existing: "same",
  });
  // Kept before (a repeated call): the audit trail already says so.
  if (alreadyStored && channel === "email") return { document, unsaved: [] };
  const unsaved = await appendEvents(deps.store, [
    { ref: letter.ref, at: deps.clock.now(), actor, ...event(document) },
  ]);
  return { document, unsaved };
}

const NOT_POSTED = "The letter was not recorded as posted.";
const NOT_KEPT = "A copy of the letter could not be kept with the case.";

function failed(e: unknown, letter: Letter, what: string): KeptLetter {
  const failure = describeFailure(e, { ref: letter.ref });
  return { kind: "failed", message: `${what} ${failureSentence(failure)}`, failure };
}

/**
 * Records a printable letter as sent by post on `sentOnRaw` ("YYYY-MM-DD", not before the
 * letter's date nor after today): its PDF is kept in the case documents (once, however often
 * this is retried) and the audit trail says when it was posted and to whom.
 */
export async function recordSentByPost(
  deps: LetterDeps,
  letter: Letter,
  sentOnRaw: string,
  actor: Actor,
): Promise<KeptLetter> {
  if (letter.channel.kind !== "post") {
    return { kind: "invalid", message: "This letter goes by email, not by post." };
  }
  const parsed = parseLocalDate(sentOnRaw);
  if (!parsed.ok) {
    return { kind: "invalid", message: "Enter the date it was posted, for example 3 March 2026." };
  }
  const sentOn: LocalDate = parsed.value;
  const today = localDateOf(deps.clock.now(), deps.config.timeZone);
  if (isAfter(sentOn, today)) {
    return { kind: "invalid", message: "The date it was posted cannot be after today." };
  }
  if (isBefore(sentOn, letter.content.date)) {
    return {
      kind: "invalid",
      message: `The letter is dated ${formatLongDate(letter.content.date)}: it cannot have been posted before then.`,
    };
  }
  try {
    const printed = await printLetter(deps, letter);
    const { document } = await keep(deps, letter, actor, "post", printed.pdf, (doc) => ({
      action: "letterPosted",
      summary: `Letter posted to ${letter.addresseeName} on ${formatLongDate(sentOn)}${letter.channel.largePrint ? " in large print" : ""}: ${letter.subject}.`,
      detail: {
        letterKind: letter.kind,
        channel: "post",
        sentOn,
        addressee: letter.addressee,
        largePrint: letter.channel.largePrint,
        why: letter.channel.explanation,
        document: doc.name,
        webUrl: doc.webUrl,
      },
    }));
    return {
      kind: "done",
      message: `Recorded as sent by post on ${formatLongDate(sentOn)}. A copy of the letter as printed is kept with the case.`,
      document,
      substitutions: printed.substitutions,
    };
  } catch (e) {
    return failed(e, letter, NOT_POSTED);
  }
}

/**
 * Keeps an emailed letter with the case, as the .eml of the draft opened in Outlook (from the
 * officer who opened it). Once per letter, however often it is called.
 */
export async function keepEmailedLetter(
  deps: LetterDeps,
  letter: Letter,
  actor: Actor,
): Promise<KeptLetter> {
  if (letter.channel.kind !== "email") {
    return { kind: "invalid", message: "This letter is printed and posted, not emailed." };
  }
  try {
    const { document } = await keep(
      deps,
      letter,
      actor,
      "email",
      emailFile(letter, actor),
      (doc) => ({
        action: "documentKept",
        summary: `A copy of the letter emailed to ${letter.addresseeName} is kept with the case: ${letter.subject}.`,
        detail: {
          letterKind: letter.kind,
          channel: "email",
          document: doc.name,
          webUrl: doc.webUrl,
        },
      }),
    );
    return {
      kind: "done",
      message: "A copy of the letter as drafted is kept with the case.",
      document,
      substitutions: [],
    };
  } catch (e) {
    return failed(e, letter, NOT_KEPT);
  }
}

/** The letter actions of one person: what the pane's letter panel calls. */
export type LetterService = {
  print(letter: Letter): Promise<PrintedLetter>;
  recordSentByPost(letter: Letter, sentOn: string): Promise<KeptLetter>;
  keepEmailed(letter: Letter): Promise<KeptLetter>;
  /** Today in the council's time zone: the "posted on" field's starting value. */
  today(): LocalDate;
};

/**
 * Keeping a letter while a person waits: within the budget, or "failed" in words. Both steps are
 * safe to repeat (the document is stored once under its key), so one cut short is simply tried
 * again; an upload still under way when the wait ends may finish, and the retry then finds it.
 */
function withinWait(
  deps: LetterDeps,
  letter: Letter,
  what: string,
  work: (deps: LetterDeps) => Promise<KeptLetter>,
): Promise<KeptLetter> {
  return withDeadline(deps.store, GRAPH_BUDGET_MS, (store) => work({ ...deps, store })).catch(
    (e: unknown) => failed(e, letter, what),
  );
}

export function letterService(deps: LetterDeps, actor: Actor): LetterService {
  return {
    print: (letter) => printLetter(deps, letter),
    recordSentByPost: (letter, sentOn) =>
      withinWait(deps, letter, NOT_POSTED, (d) => recordSentByPost(d, letter, sentOn, actor)),
    keepEmailed: (letter) =>
      withinWait(deps, letter, NOT_KEPT, (d) => keepEmailedLetter(d, letter, actor)),
    today: () => localDateOf(deps.clock.now(), deps.config.timeZone),
  };
}
