/**
 * 5.1 after the concern is raised: the manager records that it was confirmed in writing (the
 * letter was sent, or another way an adjustment requires), the offer of a representative, and
 * the customer's answer to the arrangement. All through the domain's commands and runCommand;
 * the referral needs the first two. A screen read before someone else recorded something on
 * the case is refused, and the audit trail keeps the attempt (8).
 */
import { actorsFor } from "../../domain/deputies";
import type {
  ConfirmInWriting,
  RecordAgreement,
  RecordRepresentativeOffer,
} from "../../domain/lifecycleCommands";
import { MANAGER_ROLES } from "../../domain/lifecycleRules";
import type { CaseRef } from "../../domain/types";
import { localDateOf } from "../../domain/zonedTime";
import { appendEvents, loadCase, runCommand, staleAttemptEvent } from "../caseCommands";
import type { AppDeps } from "../deps";
import { describeFailure, failureSentence } from "../errorWording";
import { type SignedInUser, StoreError } from "../ports";
import type { CaseVersion, FormOutcome } from "./types";

export type StepOneProgress = ConfirmInWriting | RecordRepresentativeOffer | RecordAgreement;

/** What was recorded, and the case's version now, for the next record from the same screen. */
export type StepOneRecorded = { readonly version: CaseVersion };

export async function recordStepOneProgress(
  deps: AppDeps,
  ref: CaseRef,
  progress: StepOneProgress,
  user: SignedInUser,
  asRead?: CaseVersion,
): Promise<FormOutcome<StepOneRecorded>> {
  const today = localDateOf(deps.clock.now(), deps.config.timeZone);
  const actor = actorsFor(user, user.roles, deps.config, today).find((a) =>
    MANAGER_ROLES.includes(a.role),
  ) ?? { name: user.name, email: user.email, role: user.roles[0] ?? "frontline" };
  try {
    const loaded = await loadCase(deps.store, ref);
    if (!loaded) return { kind: "refused", message: `Case ${ref} could not be found.` };
    const stale =
      asRead !== undefined &&
      (asRead.entryEtag !== loaded.entryEtag ||
        (asRead.fileEtag !== undefined && asRead.fileEtag !== loaded.fileEtag));
    if (stale) {
      const version = { ref, entryEtag: asRead.entryEtag, fileEtag: asRead.fileEtag ?? "" };
      await appendEvents(deps.store, [
        staleAttemptEvent(deps.config, version, [progress], actor, deps.clock.now()),
      ]);
      throw new StoreError("conflict", `Case ${ref} changed since the screen read it`);
    }
    const result = await runCommand(deps, loaded, progress, actor);
    if (!result.ok) return { kind: "refused", message: result.refusal.message };
    // 5.1: an accepted representative contacts the council for the customer: their address
    // goes on UCB Addresses, so their messages are recognised as this case's.
    const offer = progress.kind === "recordRepresentativeOffer" ? progress : undefined;
    let addressProblem = "";
    if (offer?.answer === "accepted" && offer.representative) {
      try {
        await deps.store.addAddress({
          address: offer.representative.email,
          ref,
          kind: "representative",
        });
      } catch (e) {
        addressProblem = ` The representative's address could not be added to the address list, so their messages are not yet recognised: record the offer again. ${failureSentence(describeFailure(e, { ref }))}`;
      }
    }
    return {
      kind: "done",
      message: `${result.events[0]?.summary ?? "Recorded."}${addressProblem}`,
      value: {
        version: { entryEtag: result.loaded.entryEtag, fileEtag: result.loaded.fileEtag },
      },
    };
  } catch (e) {
    const failure = describeFailure(e, { ref });
    return {
      kind: "failed",
      message: `Nothing was recorded. ${failureSentence(failure)}`,
      failure,
    };
  }
}
