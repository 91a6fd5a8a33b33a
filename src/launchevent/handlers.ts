/**
 * The event handlers (OnMessageSend, OnMessageRecipientsChanged) over the event runtime. Every
 * path ends in event.completed: Outlook waits for it, and a handler that never calls it holds
 * the email until Outlook gives up. A failure never blocks the email silently: the prompt says
 * the recipients could not be checked, and the sender may still send.
 */
import { type SendDecision, sendPrompt } from "../app/send";
import { describeFailure, type FailureWording } from "../app/errorWording";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { isMailboxError } from "../office/errors";
import type { OfficeHost } from "../office/host";
import {
  complete,
  completedOptions,
  type LaunchEvent,
  markDraft,
  readDraft,
} from "../office/launchEvents";
import { type EventRuntime, RuntimeProblem } from "./runtime";

/** Why the check could not even start, in the prompt's words. */
function startFailure(e: unknown): FailureWording {
  if (e instanceof RuntimeProblem) {
    return {
      code: "unknown",
      title: "The add-in's settings could not be read",
      detail: `Tell your IT service desk: ${e.message}`,
      retryable: false,
    };
  }
  if (isMailboxError(e)) {
    return {
      code: "unknown",
      title: "Outlook did not give the add-in the recipients",
      detail: e.message,
      retryable: true,
    };
  }
  return describeFailure(e);
}

export function createHandlers(office: OfficeHost, start: () => Promise<EventRuntime>) {
  let runtime: Promise<EventRuntime> | undefined;
  const ready = () => {
    runtime ??= start();
    // A runtime that could not start is tried again at the next event (settings may be fixed).
    runtime.catch(() => (runtime = undefined));
    return runtime;
  };

  return {
    async messageSend(event: LaunchEvent): Promise<void> {
      let decision: SendDecision = { kind: "send" };
      let policy = PORTSMOUTH_POLICY;
      try {
        const rt = await ready();
        policy = rt.policy;
        const draft = await readDraft(office, () => rt.clock.now());
        if (draft) decision = await rt.sendCheck.decide(draft);
      } catch (e) {
        console.error("The send check could not run", e);
        decision = { kind: "couldNotCheck", failure: startFailure(e) };
      }
      complete(event, completedOptions(office, sendPrompt(decision, policy)));
    },

    async recipientsChanged(event: LaunchEvent): Promise<void> {
      try {
        const rt = await ready();
        const draft = await readDraft(office, () => rt.clock.now());
        if (draft) await markDraft(office, await rt.sendCheck.recipientsNotice(draft));
      } catch (e) {
        // Only a mark on the draft is lost; the check at sending says what it must.
        console.warn("The recipients could not be checked as they changed", e);
      }
      complete(event);
    },
  };
}
