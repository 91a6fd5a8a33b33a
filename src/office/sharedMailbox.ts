/**
 * Which mailbox the item is in. For an item in a shared mailbox or in a folder another person
 * shared (delegate access), Outlook answers getSharedPropertiesAsync (Mailbox 1.8; shared
 * mailboxes from 1.13) with the owner's address and this user's permissions there; for an item in
 * the user's own mailbox it fails, and the mailbox is the user's own (userProfile). The owner is
 * what a logged contact records as the mailbox it arrived in.
 */
import type { EmailAddress } from "../domain/types";
import { toAddress } from "./address";
import { callOffice } from "./async";
import { type OfficeHost, supportsMailbox } from "./host";
import type { MessageItem } from "./item";

/** MailboxEnums.DelegatePermissions: one bit each (Outlook's documented values). */
export const DELEGATE_PERMISSIONS = {
  read: 1,
  write: 2,
  deleteOwn: 4,
  deleteAll: 8,
  editOwn: 16,
  editAll: 32,
} as const;
export type DelegatePermission = keyof typeof DELEGATE_PERMISSIONS;

export type MailboxIdentity =
  | { readonly kind: "own"; readonly address?: EmailAddress }
  | {
      readonly kind: "shared";
      /** The shared mailbox, or the person who shared the folder. */
      readonly owner: EmailAddress;
      /** Where Outlook locates the owner's mailbox (for Graph's /users/{targetMailbox}). */
      readonly targetMailbox: string;
      /** What this user may do there. */
      readonly permissions: readonly DelegatePermission[];
    };

export function permissionsFrom(bits: number): DelegatePermission[] {
  return (Object.keys(DELEGATE_PERMISSIONS) as DelegatePermission[]).filter(
    (name) => (bits & DELEGATE_PERMISSIONS[name]) !== 0,
  );
}

function own(office: OfficeHost): MailboxIdentity {
  const address = toAddress(office.context.mailbox?.userProfile?.emailAddress);
  return address ? { kind: "own", address } : { kind: "own" };
}

/** Never rejects: when Outlook cannot say, the item is taken to be in the user's own mailbox. */
export async function readMailboxIdentity(
  office: OfficeHost,
  item: MessageItem,
): Promise<MailboxIdentity> {
  const shared = item as Partial<Pick<Office.MessageRead, "getSharedPropertiesAsync">>;
  if (!supportsMailbox(office, "1.8") || typeof shared.getSharedPropertiesAsync !== "function") {
    return own(office);
  }
  try {
    const properties = await callOffice<Office.SharedProperties>(
      office,
      "Reading the shared mailbox",
      (cb) => shared.getSharedPropertiesAsync?.(cb),
    );
    const owner = toAddress(properties.owner) ?? toAddress(properties.targetMailbox);
    if (!owner) return own(office);
    return {
      kind: "shared",
      owner,
      targetMailbox: properties.targetMailbox,
      permissions: permissionsFrom(Number(properties.delegatePermissions) || 0),
    };
  } catch {
    // Outlook answers "failed" for an item that is not in a shared folder or mailbox.
    return own(office);
  }
}

/** The address a contact records as the mailbox it arrived in. */
export function mailboxAddress(identity: MailboxIdentity): EmailAddress | undefined {
  return identity.kind === "shared" ? identity.owner : identity.address;
}
