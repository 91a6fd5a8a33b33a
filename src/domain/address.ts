import { ok, refuse } from "./result";
import type { EmailAddress, Result } from "./types";

// RFC 5321 limits; quoted local parts and non-ASCII addresses are not accepted (no council
// customer address seen in practice needs them, and they defeat simple comparison).
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])$/;
/** "Name <address>" or "<address>": the address is the last bracketed part. */
const BRACKETED = /<([^<>]*)>\s*$/;

/** The input as shown in messages: trimmed and cut short, so a huge paste stays readable. */
function shown(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 80)}…` : trimmed;
}

function bareAddress(raw: string): string {
  const trimmed = raw.trim();
  const inBrackets = BRACKETED.exec(trimmed)?.[1] ?? trimmed;
  const withoutScheme = inBrackets.trim().replace(/^mailto:/i, "");
  // A mailto link may carry "?subject=…"; only the address matters here.
  const query = withoutScheme.indexOf("?");
  return (query >= 0 ? withoutScheme.slice(0, query) : withoutScheme).trim().toLowerCase();
}

/**
 * An address ready for comparison: display name and "mailto:" removed, trimmed, lower-case.
 * Lower-casing the local part is a deliberate simplification: Exchange Online treats
 * addresses case-insensitively, and so do customers.
 */
export function normaliseAddress(raw: string): Result<EmailAddress> {
  if (raw.trim() === "") {
    return refuse("invalidAddress", "An email address is needed, but none was given.");
  }
  const address = bareAddress(raw);
  const invalid = (why: string) =>
    refuse("invalidAddress", `"${shown(raw)}" is not a valid email address: ${why}.`);
  const at = address.lastIndexOf("@");
  if (at < 0 || address.indexOf("@") !== at) {
    return invalid('it needs exactly one "@"');
  }
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (address.length > MAX_ADDRESS) {
    return invalid(`it is longer than ${MAX_ADDRESS} characters`);
  }
  if (local.length === 0 || local.length > MAX_LOCAL || !LOCAL_PART.test(local)) {
    return invalid(
      'the part before "@" is empty, too long or has characters an address cannot have',
    );
  }
  if (!DOMAIN.test(domain)) {
    return invalid(`"${domain}" is not a valid domain`);
  }
  return { ok: true, value: address as EmailAddress };
}

/** Splits on commas and semicolons that are not inside quotes or angle brackets. */
function splitAddressList(raw: string): string[] {
  const items: string[] = [];
  let current = "";
  let quoted = false;
  let bracketed = false;
  for (const ch of raw) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "<" && !quoted) bracketed = true;
    else if (ch === ">" && !quoted) bracketed = false;
    if ((ch === "," || ch === ";") && !quoted && !bracketed) {
      items.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.filter((item) => item.trim() !== "");
}

/** "a@x.org, Jo <b@x.org>; c@x.org" → three addresses, duplicates dropped, first bad one refused. */
export function parseAddressList(raw: string): Result<readonly EmailAddress[]> {
  const addresses: EmailAddress[] = [];
  for (const item of splitAddressList(raw)) {
    const parsed = normaliseAddress(item);
    if (!parsed.ok) return parsed;
    if (!addresses.includes(parsed.value)) addresses.push(parsed.value);
  }
  return ok(addresses);
}

/** True when both are valid addresses that normalise to the same thing. */
export function sameAddress(a: string, b: string): boolean {
  const first = normaliseAddress(a);
  const second = normaliseAddress(b);
  return first.ok && second.ok && first.value === second.value;
}

/** True when `address` is among `list`, comparing normalised addresses. */
export function includesAddress(list: readonly string[], address: string): boolean {
  return list.some((candidate) => sameAddress(candidate, address));
}
