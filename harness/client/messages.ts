/** Turning what a test or demo passes to `harness.openMessage` into a message of the list. */
import type { AttachmentData, ComposeData, Mailbox, MessageData } from "./protocol.ts";

/** An address as text ("a@b", "Name <a@b>") or as { name?, address }. */
export type AddressInput =
  | string
  | {
      readonly name?: string;
      /** An SMTP address, an Exchange X.500 address ("/o=…"), or "" (Outlook gives no address). */
      readonly address: string;
      /** A draft's recipient Outlook has not resolved yet (missing from getAsync). */
      readonly unresolved?: boolean;
    };

export type OpenMessageInput = {
  readonly from: AddressInput;
  readonly sender?: AddressInput;
  readonly to?: AddressInput | readonly AddressInput[];
  readonly cc?: AddressInput | readonly AddressInput[];
  readonly subject?: string;
  readonly body?: string;
  /** When it arrived: an ISO string, a Date or epoch milliseconds. Default: now. */
  readonly received?: string | number | Date;
  /** Outlook's dateTimeCreated, when not the receipt (re-filed, copied, imported mail). */
  readonly created?: string | number | Date;
  /** The Date header (when the sender sent it). Default: `received`. */
  readonly sent?: string | number | Date;
  /** Selecting it does not fire ItemChanged (as for encrypted or meeting items). */
  readonly noItemChanged?: boolean;
  readonly internetMessageId?: string;
  /** Outlook's item id; generated when absent. */
  readonly id?: string;
  readonly note?: string;
  /** The shared mailbox (or colleague's delegated folder) it arrived in; default the user's own. */
  readonly mailbox?: AddressInput;
  readonly attachments?: readonly AttachmentData[];
};

export type ComposeInput = {
  readonly to?: AddressInput | readonly AddressInput[];
  readonly cc?: AddressInput | readonly AddressInput[];
  readonly bcc?: AddressInput | readonly AddressInput[];
  readonly subject?: string;
  /** Send from a shared mailbox; default the user's own address. */
  readonly from?: AddressInput;
};

/** What `harness.setRecipients` changes on the draft (a line left out stays as it is). */
export type RecipientsInput = Pick<ComposeInput, "to" | "cc" | "bcc">;

const NAMED = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/;

export function toMailbox(input: AddressInput): Mailbox {
  if (typeof input !== "string") {
    return {
      name: input.name ?? input.address,
      address: input.address,
      ...(input.unresolved ? { unresolved: true } : {}),
    };
  }
  const named = NAMED.exec(input);
  if (named?.[2]) return { name: named[1]?.trim() || named[2].trim(), address: named[2].trim() };
  return { name: input.trim(), address: input.trim() };
}

function toMailboxes(input: AddressInput | readonly AddressInput[] | undefined): Mailbox[] {
  if (input === undefined) return [];
  return (Array.isArray(input) ? (input as readonly AddressInput[]) : [input as AddressInput]).map(
    toMailbox,
  );
}

function toIso(value: string | number | Date | undefined, now: Date): string {
  if (value === undefined) return now.toISOString();
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`received is not a date: ${String(value)}`);
  return date.toISOString();
}

let opened = 0;

/** A message ready for the list; `reader` is the signed-in user, the default recipient. */
export function messageFrom(input: OpenMessageInput, reader: Mailbox, now: Date): MessageData {
  opened += 1;
  const stamp = `${now.getTime().toString(36)}-${opened}`;
  const to = toMailboxes(input.to);
  return {
    id: input.id ?? `AAMkAGhhcm5lc3Mtb3BlbmVk${btoa(stamp).replace(/=+$/, "")}`,
    from: toMailbox(input.from),
    ...(input.sender !== undefined ? { sender: toMailbox(input.sender) } : {}),
    to: to.length > 0 ? to : [reader],
    cc: toMailboxes(input.cc),
    subject: input.subject ?? "(no subject)",
    body: input.body ?? "",
    received: toIso(input.received, now),
    ...(input.created !== undefined ? { created: toIso(input.created, now) } : {}),
    ...(input.sent !== undefined ? { sent: toIso(input.sent, now) } : {}),
    ...(input.noItemChanged ? { noItemChanged: true } : {}),
    internetMessageId: input.internetMessageId ?? `<harness-${stamp}@mail.example.org>`,
    ...(input.note !== undefined ? { note: input.note } : {}),
    ...(input.mailbox !== undefined ? { mailbox: toMailbox(input.mailbox) } : {}),
    ...(input.attachments !== undefined ? { attachments: input.attachments } : {}),
  };
}

export function draftFrom(input: ComposeInput): ComposeData {
  return {
    to: toMailboxes(input.to),
    cc: toMailboxes(input.cc),
    bcc: toMailboxes(input.bcc),
    subject: input.subject ?? "",
    ...(input.from !== undefined ? { from: toMailbox(input.from) } : {}),
  };
}

/** The draft with every recipient resolved, as Outlook does when the user finishes typing. */
export function resolvedDraft(draft: ComposeData): ComposeData {
  const resolve = (people: readonly Mailbox[]) =>
    people.map(({ unresolved: _, ...person }) => person);
  return { ...draft, to: resolve(draft.to), cc: resolve(draft.cc), bcc: resolve(draft.bcc) };
}

/** The draft with the lines `input` gives replaced, as the user editing To, Cc or Bcc would. */
export function withRecipients(draft: ComposeData, input: RecipientsInput): ComposeData {
  return {
    ...draft,
    ...(input.to !== undefined ? { to: toMailboxes(input.to) } : {}),
    ...(input.cc !== undefined ? { cc: toMailboxes(input.cc) } : {}),
    ...(input.bcc !== undefined ? { bcc: toMailboxes(input.bcc) } : {}),
  };
}

/** A reply to a message, as Outlook opens it: from the mailbox it arrived in. */
export function replyTo(message: MessageData): ComposeData {
  return {
    to: [message.from],
    cc: [],
    bcc: [],
    subject: /^re:/i.test(message.subject) ? message.subject : `RE: ${message.subject}`,
    ...(message.mailbox ? { from: message.mailbox } : {}),
  };
}

/** "Name <address>; …" as typed into a recipient line, back into addresses. */
export function parseLine(text: string): AddressInput[] {
  return text
    .split(/[;,]\s*(?![^<]*>)/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** Outlook's HTML form bodies as the text a person would read. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(
    html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/p>\s*<p>/gi, "</p>\n\n<p>"),
    "text/html",
  );
  return (doc.body.textContent ?? "").trim();
}
