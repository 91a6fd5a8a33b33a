/**
 * 5.2.1 "copies of any correspondence with the customer": the message being read, kept with the
 * case in one click, as Outlook's own .eml (attachments included), once however often it is
 * asked for (its Internet message id names the file). The referral and the appeal file list the
 * case's documents with links (documentLines).
 */
import type { PolicyConfig } from "../../domain/config";
import type { Actor, CaseRef } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { localDateOf } from "../../domain/zonedTime";
import { appendEvents } from "../caseCommands";
import { describeFailure, type FailureWording, failureSentence } from "../errorWording";
import type { CaseDocument, CaseDocuments, CaseStore, Clock, Mailbox } from "../ports";

export type CorrespondenceDeps = {
  readonly mailbox: Mailbox;
  readonly documents: CaseDocuments;
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

export type KeptCopy =
  | {
      readonly kind: "done";
      readonly message: string;
      readonly document: CaseDocument;
      /** The message was kept before (by anyone): nothing new was stored. */
      readonly alreadyKept: boolean;
      /** How the referral and the appeal file list it (documentLines). */
      readonly line: string;
    }
  | { readonly kind: "refused"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string; readonly failure: FailureWording };

function isUnsupported(e: unknown): boolean {
  return e instanceof Error && e.name === "MailboxError" && "code" in e && e.code === "unsupported";
}

export async function keepMessageCopy(
  deps: CorrespondenceDeps,
  ref: CaseRef,
  actor: Actor,
): Promise<KeptCopy> {
  const item = await deps.mailbox.currentItem().catch(() => null);
  if (item?.mode !== "read") {
    return { kind: "refused", message: "Open the customer's message first, then keep a copy." };
  }
  let content: Uint8Array;
  try {
    content = await deps.mailbox.currentMessageFile(item);
  } catch (e) {
    return {
      kind: "refused",
      message: isUnsupported(e)
        ? "This version of Outlook cannot copy a message to a file. Open the message in Outlook on the web or the new Outlook, and keep the copy from there."
        : "Outlook did not give the message as a file. Try again; if it happens again, save it from Outlook and add it to the case documents in SharePoint.",
    };
  }
  const received = localDateOf(item.receivedAt, deps.config.timeZone);
  const subject = item.subject.trim() || "Message";
  // Anyone's copy of one message is that message: its id is the key, whatever the headers.
  const key = `message ${item.internetMessageId ?? item.itemId ?? `${item.from ?? ""} ${item.receivedAt.toISOString()} ${subject}`}`;
  try {
    const { document, alreadyStored } = await deps.documents.store({
      ref,
      folder: "correspondence",
      title: `${received} ${subject}`,
      extension: "eml",
      contentType: "message/rfc822",
      content,
      key,
      existing: "any",
    });
    if (!alreadyStored) {
      await appendEvents(deps.store, [
        {
          ref,
          at: deps.clock.now(),
          actor,
          action: "documentKept",
          summary: `A copy of the message "${subject}" of ${formatLongDate(received)} is kept with the case.`,
          detail: {
            folder: "correspondence",
            document: document.name,
            webUrl: document.webUrl,
            ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
          },
        },
      ]);
    }
    return {
      kind: "done",
      message: alreadyStored
        ? `This message was already kept with case ${ref}.`
        : `A copy of this message, with its attachments, is kept with case ${ref}.`,
      document,
      alreadyKept: alreadyStored,
      line: documentLines([document], deps.config).join(""),
    };
  } catch (e) {
    return notKept(e, ref);
  }
}

/** A copy that could not be kept, in words: SharePoint's failure, or no answer in time. */
export function notKept(e: unknown, ref: CaseRef): KeptCopy {
  const failure = describeFailure(e, { ref });
  return {
    kind: "failed",
    message: `The message was not kept with the case. ${failureSentence(failure)}`,
    failure,
  };
}

const FOLDER_WORDS = { letters: "Letter", correspondence: "Correspondence" } as const;

/** One line per document, with its link: what the referral and the appeal file list. */
export function documentLines(documents: readonly CaseDocument[], config: PolicyConfig): string[] {
  return documents.map((d) => {
    const kept = formatLongDate(localDateOf(d.createdAt, config.timeZone));
    return `${FOLDER_WORDS[d.folder]}: ${d.name} (kept ${kept}) ${d.webUrl}`;
  });
}

/**
 * The copies kept with the case, one line each with its link, for the papers of a referral
 * (5.2.1) or an appeal (5.2.7); none when the library cannot be read, which the papers survive.
 */
export async function keptDocumentLines(
  deps: { readonly documents: CaseDocuments; readonly config: PolicyConfig },
  ref: CaseRef,
): Promise<string[]> {
  try {
    return documentLines(await deps.documents.list(ref), deps.config);
  } catch {
    return [];
  }
}
