/**
 * Checking the message in view (DESIGN §5): who sent it (or, in compose, who it goes to), which
 * cases they belong to, and whether this message is within the terms. One lookup for the
 * addresses, one read per case; a message checked before in this session costs nothing.
 */
import type { AppDeps } from "../deps";
import type { MailItem, SignedInUser } from "../ports";
import type { CaseRef, EmailAddress } from "../../domain/types";
import type { MessageCheck } from "./types";

export interface MessageChecker {
  /** Never rejects: a failure is a "couldNotCheck" verdict, never "notRestricted". */
  check(item: MailItem, user: SignedInUser): Promise<MessageCheck>;
  /** A contact was logged or the case changed: its cached checks are read again next time. */
  invalidateCase(ref: CaseRef): void;
  /** A case was opened on these addresses: checks that found them unknown are dropped. */
  invalidateAddresses(addresses: readonly EmailAddress[]): void;
  clear(): void;
}

export function createMessageChecker(deps: AppDeps): MessageChecker {
  void deps;
  throw new Error("createMessageChecker: not implemented yet");
}
