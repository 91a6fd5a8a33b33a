/**
 * Outlook's addresses as the domain's EmailAddress. Anything Outlook gives that is not an SMTP
 * address (an Exchange X.500 name, an empty string) comes back null and is left out: it can
 * never match the register, and the pane must not show it as a customer.
 */
import { normaliseAddress } from "../domain/address";
import type { EmailAddress } from "../domain/types";

export function toAddress(raw: string | null | undefined): EmailAddress | null {
  if (!raw) return null;
  const result = normaliseAddress(raw);
  return result.ok ? result.value : null;
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
