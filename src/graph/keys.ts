/**
 * Deterministic idempotency keys. Anyone who logs the same message for the same case, from any
 * machine, computes the same key, and the unique ClientId column then stores it once.
 */
import { normaliseMessageId } from "../domain/messageId";
import type { CaseEvent, CaseRef } from "../domain/types";

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * "msg-" + SHA-256 of the case and the Internet message id (normaliseMessageId, without its
 * brackets, as hosts differ). The case is part of the key because one message from a representative of
 * two customers is a contact in each case.
 */
export async function messageKey(ref: CaseRef, internetMessageId: string): Promise<string> {
  // The key predates normaliseMessageId: it hashes the id without its brackets.
  const normal = normaliseMessageId(internetMessageId);
  const id = normal ? normal.slice(1, -1) : internetMessageId.trim();
  return `msg-${await sha256Hex(`${ref}\n${id}`)}`;
}

/** "evt-" + SHA-256 of what makes an event itself, so a retried append stores it once. */
export async function eventKey(event: CaseEvent): Promise<string> {
  const identity = [
    event.ref ?? "",
    event.at.toISOString(),
    event.actor.email,
    event.action,
    event.summary,
  ];
  return `evt-${await sha256Hex(JSON.stringify(identity))}`;
}
