/**
 * 5.2.1: referring a case to the city helpdesk manager. The evidence is compiled from the case
 * file and the contact log since step one; the referral goes through the domain's refer command
 * and a message to the helpdesk manager carries the summary.
 */
import type { AppDeps } from "../deps";
import type { SignedInUser } from "../ports";
import type { CaseRef, EmailAddress } from "../../domain/types";
import type { FormOutcome, PreparedReferral, ReferralDraft, ReferralSent } from "./types";

export type ReferralOptions = { readonly helpdeskMailbox: EmailAddress };

export async function prepareReferral(
  deps: AppDeps,
  ref: CaseRef,
  user: SignedInUser,
): Promise<PreparedReferral> {
  void deps;
  void ref;
  void user;
  return Promise.resolve({ kind: "refused", message: "Not implemented yet." });
}

export async function submitReferral(
  deps: AppDeps,
  draft: ReferralDraft,
  user: SignedInUser,
  options: ReferralOptions,
): Promise<FormOutcome<ReferralSent>> {
  void deps;
  void draft;
  void user;
  void options;
  return Promise.resolve({ kind: "refused", message: "Not implemented yet." });
}
