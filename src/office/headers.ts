/**
 * The message's own Internet headers (getAllInternetHeadersAsync, Mailbox 1.8): when the council's
 * mail server received it, and the full To and Cc lines. Outlook's dateTimeCreated is when the
 * item was created in the mailbox, which for copied, imported or re-filed mail can be months after
 * it arrived; the top Received header is stamped by the last server that took the message in,
 * the council's own (RFC 5321 4.4: each server prepends its Received line).
 */
import { callOffice } from "./async";
import { type OfficeHost, supportsMailbox } from "./host";

/** Header name (lower case) to its values, in order, each unfolded onto one line. */
export type Headers = ReadonlyMap<string, readonly string[]>;

export function parseHeaders(raw: string): Headers {
  const headers = new Map<string, string[]>();
  // Unfold: a line starting with white space continues the one before (RFC 5322 2.2.3).
  const unfolded = raw.replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    if (line.trim() === "") break; // the blank line ends the header section
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const values = headers.get(name) ?? [];
    values.push(line.slice(colon + 1).trim());
    headers.set(name, values);
  }
  return headers;
}

/** An RFC 5322 date-time (comments dropped), or undefined when it is not one. */
export function headerDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const text = value.replace(/\([^)]*\)/g, " ").trim();
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** When the last server (the council's) received the message: the top Received line's date. */
export function receivedTime(headers: Headers): Date | undefined {
  const top = headers.get("received")?.[0];
  if (top === undefined) return undefined;
  const semicolon = top.lastIndexOf(";");
  return semicolon < 0 ? undefined : headerDate(top.slice(semicolon + 1));
}

/** The Date header: when the sender's client sent the message. */
export function sentTime(headers: Headers): Date | undefined {
  return headerDate(headers.get("date")?.[0]);
}

/** The addresses of an address-list header ("Name" <a@b>, c@d, …), as written. */
export function headerAddresses(headers: Headers, name: "to" | "cc"): string[] {
  const out: string[] = [];
  for (const value of headers.get(name) ?? []) {
    // Commas inside quotes or angle brackets do not separate addresses.
    for (const part of value.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)(?![^<]*>)/)) {
      const angle = /<([^>]*)>/.exec(part);
      const address = (angle ? angle[1] : part)?.trim() ?? "";
      if (address.includes("@")) out.push(address);
    }
  }
  return out;
}

/** The headers, or undefined where Outlook cannot give them (before 1.8, a failure, no answer). */
export async function readHeaders(
  office: OfficeHost,
  item: Office.MessageRead,
  timeoutMs?: number,
): Promise<Headers | undefined> {
  const reader = item as Partial<Pick<Office.MessageRead, "getAllInternetHeadersAsync">>;
  if (!supportsMailbox(office, "1.8") || typeof reader.getAllInternetHeadersAsync !== "function") {
    return undefined;
  }
  try {
    const raw = await callOffice<string>(
      office,
      "Reading the message's headers",
      (cb) => reader.getAllInternetHeadersAsync?.(cb),
      timeoutMs,
    );
    return typeof raw === "string" && raw.trim() !== "" ? parseHeaders(raw) : undefined;
  } catch {
    return undefined;
  }
}
