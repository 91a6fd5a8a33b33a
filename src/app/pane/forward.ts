/** Forwarding the message in view to the case's SPOC (and deputy), with a covering note. */
import type { AppDeps } from "../deps";
import type { SignedInUser } from "../ports";
import type { ActionOutcome, CaseSummaryView } from "./types";

export async function forwardToSpoc(
  deps: Pick<AppDeps, "mailbox" | "config">,
  caseView: CaseSummaryView,
  user: SignedInUser,
): Promise<ActionOutcome> {
  void deps;
  void caseView;
  void user;
  return Promise.resolve({ ok: false, message: "Not implemented yet." });
}
