/**
 * The one path every decision takes: check the whole decision against the domain first (so a
 * refusal saves nothing), save each command through runCommand, then draft the letter and record
 * it in the audit trail.
 */
import { applyCommand } from "../../domain/lifecycle";
import type { LifecycleCommand } from "../../domain/lifecycleCommands";
import { localDateOf } from "../../domain/zonedTime";
import type { Actor, CaseEvent, CaseRecord } from "../../domain/types";
import { appendEvents, type LoadedCase, runCommand, staleAttemptEvent } from "../caseCommands";
import { isStoreError } from "../ports";
import { draftLetter } from "./recipients";
import type { DecisionDeps, DecisionFailure, DecisionResult, LetterKind } from "./types";

export const CONFLICT_MESSAGE =
  "This case was changed by someone else while you were working on it: reload it and make the decision again.";

export type Decision = {
  readonly commands: readonly LifecycleCommand[];
  /** The letter for the saved outcome; undefined when nothing goes to the customer. */
  readonly letter?: (saved: CaseRecord, events: readonly CaseEvent[]) => LetterKind | undefined;
  /** The decision's reasons as the decider wrote them, quoted in the letter. */
  readonly reasons?: string;
  readonly warnings?: readonly string[];
  /**
   * Who signs the letter: the person who gave the decision or the notice (9). The decider,
   * unless someone else agreed the measures the letter announces (5.2.5).
   */
  readonly signer?: (saved: CaseRecord) => Actor;
  /** Said to the decider once saved: who must tell the customer, when it is not them. */
  readonly noticeNeededFrom?: (saved: CaseRecord) => string | undefined;
};

function refused(message: string, code: string): DecisionFailure {
  return { ok: false, kind: "refused", refusal: { code, message }, message };
}

/** Applies the commands in memory; the first refusal, if any. */
function firstRefusal(
  deps: DecisionDeps,
  record: CaseRecord,
  commands: readonly LifecycleCommand[],
  actor: Actor,
): DecisionFailure | undefined {
  const now = deps.clock.now();
  let current = record;
  for (const command of commands) {
    const result = applyCommand(current, command, actor, now, deps.config);
    if (!result.ok) return refused(result.error.message, result.error.code);
    current = result.value.record;
  }
  return undefined;
}

export async function decide(
  deps: DecisionDeps,
  loaded: LoadedCase,
  actor: Actor,
  decision: Decision,
): Promise<DecisionResult> {
  const refusal = firstRefusal(deps, loaded.record, decision.commands, actor);
  if (refusal) return refusal;
  let current = loaded;
  const events: CaseEvent[] = [];
  const unsaved: CaseEvent[] = [];
  try {
    for (const command of decision.commands) {
      const result = await runCommand(deps, current, command, actor);
      if (!result.ok) return refused(result.refusal.message, result.refusal.code);
      current = result.loaded;
      events.push(...result.events);
      unsaved.push(...result.unsavedEvents);
    }
  } catch (e) {
    if (isStoreError(e) && e.code === "conflict") {
      // The audit keeps the refused attempt beside the change that made the screen stale (8).
      const attempt = staleAttemptEvent(
        deps.config,
        { ...loaded, ref: loaded.record.entry.ref },
        decision.commands,
        actor,
        deps.clock.now(),
      );
      await appendEvents(deps.store, [attempt]);
      return { ok: false, kind: "conflict", message: CONFLICT_MESSAGE };
    }
    throw e;
  }
  const kind = decision.letter?.(current.record, events);
  const letter = kind
    ? await draftLetter(deps, {
        kind,
        before: loaded.record,
        after: current.record,
        reasons: decision.reasons ?? "",
        today: localDateOf(deps.clock.now(), deps.config.timeZone),
        signedBy: decision.signer?.(current.record) ?? actor,
      })
    : undefined;
  const noticeNeededFrom = decision.noticeNeededFrom?.(current.record);
  if (letter) {
    const letterEvent: CaseEvent = {
      ref: current.record.entry.ref,
      at: deps.clock.now(),
      actor,
      action: "letterDrafted",
      summary: `Letter drafted for ${letter.addresseeName}: ${letter.subject}.`,
      detail: {
        letterKind: letter.kind,
        addressee: letter.addressee,
        to: letter.to,
        subject: letter.subject,
        body: letter.body,
      },
    };
    events.push(letterEvent);
    unsaved.push(...(await appendEvents(deps.store, [letterEvent])));
  }
  return {
    ok: true,
    loaded: current,
    events,
    unsavedEvents: unsaved,
    ...(letter ? { letter } : {}),
    ...(noticeNeededFrom ? { noticeNeededFrom } : {}),
    warnings: decision.warnings ?? [],
  };
}
