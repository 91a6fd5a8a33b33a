/**
 * Subject access (UK GDPR Art. 15): everything held about one case, as a readable document and
 * as JSON. The pane offers it to the city helpdesk manager; scripts/sar.ts writes both files.
 */
import type { PolicyConfig } from "../domain/config";
import type { Actor, CaseRef, Refusal, Result } from "../domain/types";
import type { CaseStore, Clock } from "./ports";

export type SubjectAccessExport = {
  readonly ref: CaseRef;
  readonly generatedAt: Date;
  /** Plain text with headings and UK dates. */
  readonly text: string;
  /** The same content as data. */
  readonly json: Readonly<Record<string, unknown>>;
  /** e.g. "UCB-2026-0001-subject-access-2026-11-28": add ".txt" / ".json". */
  readonly fileBaseName: string;
};

export type SubjectAccessDeps = {
  readonly store: CaseStore;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

/** Builds the export; null when the case is not held. */
export function buildSubjectAccess(
  _deps: SubjectAccessDeps,
  _ref: CaseRef,
): Promise<SubjectAccessExport | null> {
  throw new Error("not yet implemented");
}

/**
 * The pane action: the city helpdesk manager only; records an audit event (no personal data
 * beyond the reference) and returns the export. Refused for other roles or an unknown case.
 */
export function exportSubjectAccess(
  _deps: SubjectAccessDeps,
  _actor: Actor,
  _ref: CaseRef,
): Promise<Result<SubjectAccessExport, Refusal>> {
  throw new Error("not yet implemented");
}
