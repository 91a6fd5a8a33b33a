/**
 * STOPGAP until src/domain/address.ts (normaliseAddress) is committed: trimmed, lower-case,
 * one "@", no spaces or brackets. Addresses Outlook gives that are not SMTP addresses (an
 * Exchange X.500 name, an empty string) come back null and are left out.
 */
import type { EmailAddress } from "../domain/types";

const ADDRESS = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export function toAddress(raw: string | null | undefined): EmailAddress | null {
  const address = (raw ?? "").trim().toLowerCase();
  return address.length <= 254 && ADDRESS.test(address) ? (address as EmailAddress) : null;
}

/** Valid addresses only, first occurrence kept, in Outlook's order. */
export function toAddresses(
  details: readonly { readonly emailAddress?: string | null }[] | null | undefined,
): EmailAddress[] {
  const out: EmailAddress[] = [];
  for (const detail of details ?? []) {
    const address = toAddress(detail.emailAddress);
    if (address !== null && !out.includes(address)) out.push(address);
  }
  return out;
}
