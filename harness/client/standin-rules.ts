/**
 * What Outlook refuses, as its documentation states it. The stand-in applies these so that a
 * call real Outlook would reject fails in the harness too (Outlook throws for bad arguments and
 * answers Failed for a state it cannot reach).
 */
import type { NotificationData } from "./protocol.ts";

export const LIMITS = {
  notificationKey: 32,
  notificationMessage: 150,
  notificationsPerItem: 5,
  recipientsPerLine: 100,
  subject: 255,
  htmlBody: 32 * 1024,
  attachmentName: 255,
} as const;

const NOTIFICATION_TYPES = [
  "informationalMessage",
  "errorMessage",
  "progressIndicator",
  "insightMessage",
] as const;

/** Throws as Outlook does (synchronously) for notification details it does not accept. */
export function checkNotification(
  key: string,
  details: Readonly<Record<string, unknown>>,
): NotificationData {
  if (typeof key !== "string" || key === "" || key.length > LIMITS.notificationKey) {
    throw new Error(
      `Sys.ArgumentOutOfRangeException: key must be 1 to ${LIMITS.notificationKey} characters.`,
    );
  }
  const type = details["type"];
  const message = details["message"];
  if (typeof type !== "string" || !(NOTIFICATION_TYPES as readonly string[]).includes(type)) {
    throw new Error(`Sys.ArgumentException: type '${String(type)}' is not a notification type.`);
  }
  if (typeof message !== "string" || message.length > LIMITS.notificationMessage) {
    throw new Error(
      `Sys.ArgumentOutOfRangeException: message must be text of at most ${LIMITS.notificationMessage} characters.`,
    );
  }
  const icon = details["icon"];
  const persistent = details["persistent"];
  if (type === "informationalMessage") {
    if (typeof icon !== "string" || icon === "") {
      throw new Error("Sys.ArgumentException: an informational message needs an icon.");
    }
    if (persistent !== undefined && typeof persistent !== "boolean") {
      throw new Error("Sys.ArgumentException: persistent must be true or false.");
    }
  } else if (icon !== undefined || persistent !== undefined) {
    throw new Error(
      `Sys.ArgumentException: icon and persistent are for informational messages only, not ${type}.`,
    );
  }
  return {
    key,
    type,
    message,
    ...(typeof icon === "string" ? { icon } : {}),
    ...(typeof persistent === "boolean" ? { persistent } : {}),
  };
}

export function checkRecipients(line: string, recipients: unknown): string[] {
  if (recipients === undefined || recipients === null) return [];
  if (!Array.isArray(recipients))
    throw new Error(`Sys.ArgumentException: ${line} must be an array.`);
  if (recipients.length > LIMITS.recipientsPerLine) {
    throw new Error(
      `Sys.ArgumentOutOfRangeException: at most ${LIMITS.recipientsPerLine} ${line}.`,
    );
  }
  return recipients.map((r: unknown) => {
    const address =
      typeof r === "string"
        ? r
        : typeof r === "object" && r !== null
          ? (r as { emailAddress?: unknown }).emailAddress
          : undefined;
    if (typeof address !== "string" || address.trim() === "") {
      throw new Error(`Sys.ArgumentException: a recipient in ${line} has no address.`);
    }
    return address;
  });
}

export function checkText(name: string, value: unknown, max: number): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new Error(`Sys.ArgumentException: ${name} must be text.`);
  if (value.length > max) {
    throw new Error(`Sys.ArgumentOutOfRangeException: ${name} is over ${max} characters.`);
  }
  return value;
}

export type CheckedAttachment = {
  readonly type: string;
  readonly name: string;
  readonly itemId?: string;
  readonly url?: string;
};

export function checkAttachments(attachments: unknown): CheckedAttachment[] {
  if (attachments === undefined || attachments === null) return [];
  if (!Array.isArray(attachments))
    throw new Error("Sys.ArgumentException: attachments must be an array.");
  return attachments.map((raw: unknown) => {
    const a = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    const name = checkText("attachment name", a["name"], LIMITS.attachmentName);
    if (name === "") throw new Error("Sys.ArgumentException: an attachment needs a name.");
    if (a["type"] === "item") {
      if (typeof a["itemId"] !== "string" || a["itemId"] === "") {
        throw new Error("Sys.ArgumentException: an item attachment needs an itemId.");
      }
      return { type: "item", name, itemId: a["itemId"] };
    }
    if (a["type"] === "file") {
      if (typeof a["url"] !== "string" || a["url"] === "") {
        throw new Error("Sys.ArgumentException: a file attachment needs a url.");
      }
      return { type: "file", name, url: a["url"] };
    }
    throw new Error(`Sys.ArgumentException: attachment type '${String(a["type"])}' is unknown.`);
  });
}
