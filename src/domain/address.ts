import { punycodeEncode } from "./punycode";
import { ok, refuse } from "./result";
import type { EmailAddress, Result } from "./types";

// RFC 5321 limits, counted in UTF-8 octets as RFC 6531 counts them for internationalised
// addresses. Quoted local parts are not accepted (no council customer address seen in practice
// needs them, and they defeat simple comparison).
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const MAX_LABEL = 63;
/** Dot-separated atoms of ASCII atext or any non-ASCII character that is not a space or control. */
const LOCAL_PART =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~\-\P{ASCII}]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~\-\P{ASCII}]+)*$/u;
const NOT_IN_LOCAL_PART = /[\p{Z}\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u;
const ASCII_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const UNICODE_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
/** "Name <address>" or "<address>": the address is the last bracketed part. */
const BRACKETED = /<([^<>]*)>\s*$/;
const OCTETS = new TextEncoder();

function octets(text: string): number {
  return OCTETS.encode(text).length;
}

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
  return (query >= 0 ? withoutScheme.slice(0, query) : withoutScheme).trim();
}

/**
 * One domain label in its DNS (ASCII) form: "Bücher" → "xn--bcher-kva"; undefined when it is not
 * a valid label. Compatibility forms (full-width letters) are folded first, as IDNA does.
 */
function asciiLabel(label: string): string | undefined {
  const folded = label.normalize("NFKC").toLowerCase();
  if (ASCII_LABEL.test(folded)) return folded;
  if (!UNICODE_LABEL.test(folded) || /^[\p{ASCII}]*$/u.test(folded)) return undefined;
  const encoded = `xn--${punycodeEncode(folded)}`;
  return encoded.length <= MAX_LABEL ? encoded : undefined;
}

/** The domain in its DNS form, or undefined when it is not a valid domain name. */
function asciiDomain(domain: string): string | undefined {
  // Ideographic and full-width full stops separate labels too (IDNA's label separators).
  const labels = domain.split(/[.\u3002\uff0e\uff61]/);
  if (labels.length < 2) return undefined;
  const ascii = labels.map(asciiLabel);
  if (ascii.some((l) => l === undefined)) return undefined;
  const top = ascii[ascii.length - 1] ?? "";
  // A top-level domain starts with a letter (or is internationalised) and is never one letter.
  if (!/^[a-z]/.test(top) || top.length < 2) return undefined;
  return ascii.join(".");
}

/**
 * An address ready for comparison, the one form used everywhere (lookups, the register, the
 * log): display name and "mailto:" removed, trimmed; the part before "@" in Unicode NFC and
 * lower case; the domain in its DNS form, lower case, with internationalised labels as
 * Punycode ("jürgen@bücher.example" → "jürgen@xn--bcher-kva.example"). Lower-casing the local
 * part is a deliberate simplification: Exchange Online treats addresses case-insensitively,
 * and so do customers.
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
  const local = address.slice(0, at).normalize("NFC").toLowerCase();
  const rawDomain = address.slice(at + 1);
  if (octets(address) > MAX_ADDRESS) {
    return invalid(`it is longer than ${MAX_ADDRESS} characters`);
  }
  if (
    local.length === 0 ||
    octets(local) > MAX_LOCAL ||
    !LOCAL_PART.test(local) ||
    NOT_IN_LOCAL_PART.test(local)
  ) {
    return invalid(
      'the part before "@" is empty, too long or has characters an address cannot have',
    );
  }
  const domain = asciiDomain(rawDomain);
  if (domain === undefined) {
    return invalid(`"${rawDomain}" is not a valid domain`);
  }
  const normalised = `${local}@${domain}`;
  if (octets(normalised) > MAX_ADDRESS) {
    return invalid(`it is longer than ${MAX_ADDRESS} characters`);
  }
  return { ok: true, value: normalised as EmailAddress };
}

/** The domain of a normalised address ("xn--bcher-kva.example"). */
export function domainOf(address: EmailAddress): string {
  return address.slice(address.lastIndexOf("@") + 1);
}

/**
 * A domain name in the form addresses keep it (lower case, Punycode), or undefined when it is
 * not one: for configuration that lists the council's own domains.
 */
export function normaliseDomain(raw: string): string | undefined {
  return asciiDomain(raw.trim().replace(/^@/, ""));
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
