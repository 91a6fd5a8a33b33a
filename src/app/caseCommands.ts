/**
 * Running a command of section 5 against the store: read the case, let the domain decide,
 * save what changed with the eTags that were read, and append the audit events. The one place
 * the pane's step-one actions and the deciders' decisions go through.
 */
import type { PolicyConfig } from "../domain/config";
import { actorInWords } from "../domain/deputies";
import { applyCommand } from "../domain/lifecycle";
import type { LifecycleCommand } from "../domain/lifecycleCommands";
import { commandTask } from "../domain/lifecycleRules";
import type { Actor, CaseEvent, CaseRecord, CaseRef, Refusal } from "../domain/types";
import type { CaseStore, Clock } from "./ports";

/** A case as read, with the eTags needed to save it. */
export type LoadedCase = {
  readonly record: CaseRecord;
  readonly entryEtag: string;
  readonly fileEtag: string;
};

export type CommandDeps = {
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

export type CommandResult =
  | {
      readonly ok: true;
      readonly loaded: LoadedCase;
      readonly events: readonly CaseEvent[];
      /** Events the store could not append; the decision itself is saved. Retry with appendEvents. */
      readonly unsavedEvents: readonly CaseEvent[];
    }
  | { readonly ok: false; readonly refusal: Refusal };

/** The register entry and case file of a case, or null when either is missing. */
export async function loadCase(store: CaseStore, ref: CaseRef): Promise<LoadedCase | null> {
  const [entry, file] = await Promise.all([store.getRegisterEntry(ref), store.getCaseFile(ref)]);
  if (!entry || !file) return null;
  return {
    record: { entry: entry.value, file: file.value },
    entryEtag: entry.etag,
    fileEtag: file.etag,
  };
}

/**
 * Applies `command` as `actor` and saves the result. A refusal changes nothing. A case someone
 * else changed since it was read throws StoreError("conflict") before anything is saved: every
 * command writes the case file first, with the eTag that was read, even when only the register
 * changes, so two commands on one case cannot both pass (the case file is the case's lock).
 */
export async function runCommand(
  deps: CommandDeps,
  loaded: LoadedCase,
  command: LifecycleCommand,
  actor: Actor,
): Promise<CommandResult> {
  const decided = applyCommand(loaded.record, command, actor, deps.clock.now(), deps.config);
  if (!decided.ok) return { ok: false, refusal: decided.error };
  const { record, events } = decided.value;

  // The case file first: a register that says "referred" must never point at a case file
  // without the referral; and written even when unchanged, so that someone else's decision
  // since the read stops this one before the register is touched.
  const entryChanged = changed(loaded.record.entry, record.entry);
  let fileEtag = loaded.fileEtag;
  if (entryChanged || changed(loaded.record.file, record.file)) {
    fileEtag = (await deps.store.updateCaseFile(record.file, loaded.fileEtag)).etag;
  }
  let entryEtag = loaded.entryEtag;
  if (entryChanged) {
    entryEtag = (await deps.store.updateRegisterEntry(record.entry, loaded.entryEtag)).etag;
  }
  const unsavedEvents = await appendEvents(deps.store, events);
  return { ok: true, loaded: { record, entryEtag, fileEtag }, events, unsavedEvents };
}

/** Appends events in order; returns those that could not be appended (the first failure on). */
export async function appendEvents(
  store: CaseStore,
  events: readonly CaseEvent[],
): Promise<readonly CaseEvent[]> {
  for (const [index, event] of events.entries()) {
    try {
      await store.appendEvent(event);
    } catch {
      return events.slice(index);
    }
  }
  return [];
}

/**
 * The audit trail keeps an attempt refused because the screen was out of date (8): who tried
 * what, and which version of the case they had read. Nothing else was saved.
 */
export function staleAttemptEvent(
  config: PolicyConfig,
  loaded: Pick<LoadedCase, "entryEtag" | "fileEtag"> & { readonly ref: CaseRef },
  commands: readonly LifecycleCommand[],
  actor: Actor,
  at: Date,
): CaseEvent {
  const tasks = [...new Set(commands.map((c) => commandTask(c.kind)))].join(" and ");
  return {
    ref: loaded.ref,
    at,
    actor,
    action: "staleAttemptRefused",
    summary: `${actorInWords(actor, config)}, tried to ${tasks} from a screen loaded before someone else changed the case; it was refused and nothing was saved.`,
    detail: {
      attempted: JSON.parse(JSON.stringify(commands)) as unknown,
      readVersion: { entry: loaded.entryEtag, file: loaded.fileEtag },
    },
  };
}

function changed(before: unknown, after: unknown): boolean {
  return JSON.stringify(before) !== JSON.stringify(after);
}
