/**
 * The outbox's entries as kept in OutboxStorage (JSON): the contact to store, how often it was
 * tried, when to try next, and whether it was refused. Read defensively: an entry that does not
 * parse is kept as it was rather than dropped, so nothing is lost to a bug or an old format.
 */
import type {
  CaseRef,
  Channel,
  Direction,
  EmailAddress,
  ReasonCode,
  VerdictKind,
} from "../../domain/types";
import type { NewContact } from "../ports";

export type StoredEntry = {
  readonly id: string;
  readonly contact: NewContact;
  readonly attempts: number;
  /** Epoch milliseconds. */
  readonly nextAttemptAt: number;
  readonly state: "pending" | "failed";
  /** The last failure, for the words shown after a reload. */
  readonly lastError?: { readonly code: string; readonly retryAfterSeconds?: number };
};

type Json = Record<string, unknown>;

const VERSION = 1;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
}

function contactFrom(value: unknown): NewContact | undefined {
  if (!isObject(value)) return undefined;
  const at = typeof value["at"] === "string" ? new Date(value["at"]) : undefined;
  const to = strings(value["to"]);
  const reasons = strings(value["reasons"]);
  const { clientId, ref, channel, direction, staff, subject, verdict } = value;
  if (
    !at ||
    Number.isNaN(at.getTime()) ||
    !to ||
    !reasons ||
    typeof clientId !== "string" ||
    typeof ref !== "string" ||
    typeof channel !== "string" ||
    typeof direction !== "string" ||
    typeof staff !== "string" ||
    typeof subject !== "string" ||
    typeof verdict !== "string"
  ) {
    return undefined;
  }
  return {
    clientId,
    ref: ref as CaseRef,
    at,
    channel: channel as Channel,
    direction: direction as Direction,
    ...(typeof value["from"] === "string" ? { from: value["from"] as EmailAddress } : {}),
    to: to as EmailAddress[],
    staff: staff as EmailAddress,
    ...(typeof value["mailbox"] === "string" ? { mailbox: value["mailbox"] as EmailAddress } : {}),
    subject,
    ...(typeof value["messageId"] === "string" ? { messageId: value["messageId"] } : {}),
    verdict: verdict as VerdictKind,
    reasons: reasons as ReasonCode[],
  };
}

function entryFrom(value: unknown): StoredEntry | undefined {
  if (!isObject(value)) return undefined;
  const contact = contactFrom(value["contact"]);
  const { id, attempts, nextAttemptAt, state, lastError } = value;
  if (
    !contact ||
    typeof id !== "string" ||
    typeof attempts !== "number" ||
    typeof nextAttemptAt !== "number" ||
    (state !== "pending" && state !== "failed")
  ) {
    return undefined;
  }
  const error =
    isObject(lastError) && typeof lastError["code"] === "string"
      ? {
          code: lastError["code"],
          ...(typeof lastError["retryAfterSeconds"] === "number"
            ? { retryAfterSeconds: lastError["retryAfterSeconds"] }
            : {}),
        }
      : undefined;
  return { id, contact, attempts, nextAttemptAt, state, ...(error ? { lastError: error } : {}) };
}

export type StoredState = {
  readonly entries: readonly StoredEntry[];
  /** Anything that did not parse, written back as it was. */
  readonly unreadable: readonly unknown[];
};

export function parseStored(raw: string | null): StoredState {
  if (raw === null || raw.trim() === "") return { entries: [], unreadable: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { entries: [], unreadable: [raw] };
  }
  if (!isObject(json) || !Array.isArray(json["entries"]))
    return { entries: [], unreadable: [json] };
  const items: unknown[] = json["entries"];
  const entries: StoredEntry[] = [];
  const previous: unknown = json["unreadable"];
  const unreadable: unknown[] = Array.isArray(previous) ? [...(previous as unknown[])] : [];
  for (const item of items) {
    const entry = entryFrom(item);
    if (entry) entries.push(entry);
    else unreadable.push(item);
  }
  return { entries, unreadable };
}

export function serialiseStored(state: StoredState): string {
  return JSON.stringify({
    version: VERSION,
    entries: state.entries.map((e) => ({
      ...e,
      contact: { ...e.contact, at: e.contact.at.toISOString() },
    })),
    ...(state.unreadable.length > 0 ? { unreadable: state.unreadable } : {}),
  });
}
