/**
 * Correction and erasure (UK GDPR Art. 16 and 17), by the deciding roles: correct a customer's
 * name or a fact in the case file, remove an address that is not the customer's, erase a case
 * opened in error. Each needs a reason and leaves an audit event that holds what was changed
 * and why, never the wrong or erased value itself. The name index and the pane's address index
 * follow the change.
 */
import type { PolicyConfig } from "../domain/config";
import { rolesInWords } from "../domain/lifecycleSupport";
import { refuse } from "../domain/result";
import type {
  Actor,
  CaseEvent,
  CaseFile,
  CaseRef,
  EmailAddress,
  Refusal,
  Result,
  Role,
  Stage,
} from "../domain/types";
import { formatLongDate } from "../domain/wording";
import { loadCase } from "./caseCommands";
import { CORRECTION_ROLES, ERASURE_ROLES_AFTER_STEP_ONE } from "./correctionRoles";
import type { CaseDocuments, CaseStore, Clock, DeletedItems } from "./ports";
import { openSubjectAccessRequest } from "./subjectAccessRequests";

export type CorrectionDeps = {
  readonly store: CaseStore;
  readonly documents: CaseDocuments;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

export { CORRECTION_ROLES, ERASURE_ROLES_AFTER_STEP_ONE };

const BEFORE_REFERRAL: readonly Stage[] = ["stepOne", "monitoring"];

/** The case file's facts that can be corrected, in words, and where each is held. */
export const CORRECTABLE_FACTS = {
  stepOneDetail: {
    label: "What happened (step one)",
    get: (f: CaseFile) => f.stepOne?.behaviourDetail,
    set: (f: CaseFile, text: string): CaseFile =>
      f.stepOne ? { ...f, stepOne: { ...f.stepOne, behaviourDetail: text } } : f,
  },
  stepOneArrangement: {
    label: "The arrangement proposed (step one)",
    get: (f: CaseFile) => f.stepOne?.proposedArrangement,
    set: (f: CaseFile, text: string): CaseFile =>
      f.stepOne ? { ...f, stepOne: { ...f.stepOne, proposedArrangement: text } } : f,
  },
  referralBehaviour: {
    label: "The behaviour referred",
    get: (f: CaseFile) => f.referral?.behaviour,
    set: (f: CaseFile, text: string): CaseFile =>
      f.referral ? { ...f, referral: { ...f.referral, behaviour: text } } : f,
  },
  referralWork: {
    label: "The work undertaken (referral)",
    get: (f: CaseFile) => f.referral?.workUndertaken,
    set: (f: CaseFile, text: string): CaseFile =>
      f.referral ? { ...f, referral: { ...f.referral, workUndertaken: text } } : f,
  },
  referralEvidence: {
    label: "The monitoring evidence (referral)",
    get: (f: CaseFile) => f.referral?.monitoringEvidence,
    set: (f: CaseFile, text: string): CaseFile =>
      f.referral ? { ...f, referral: { ...f.referral, monitoringEvidence: text } } : f,
  },
  assessmentReasons: {
    label: "The assessment's reasons",
    get: (f: CaseFile) => f.assessment?.reasons,
    set: (f: CaseFile, text: string): CaseFile =>
      f.assessment ? { ...f, assessment: { ...f.assessment, reasons: text } } : f,
  },
  proportionality: {
    label: "Why the restrictions are proportionate",
    get: (f: CaseFile) => f.proportionalityNote,
    set: (f: CaseFile, text: string): CaseFile => ({ ...f, proportionalityNote: text }),
  },
} as const;

export type CorrectableFact = keyof typeof CORRECTABLE_FACTS;

export type Correction =
  | { readonly kind: "customerName"; readonly name: string }
  | { readonly kind: "fact"; readonly fact: CorrectableFact; readonly text: string }
  | { readonly kind: "removeEmailAddress"; readonly address: EmailAddress }
  | { readonly kind: "removePostalAddress"; readonly whose: "customer" | "representative" };

const MAX_REASON = 2000;
const MAX_NAME = 255;
const MAX_FACT = 4000;

function checkReason(reason: string): Refusal | undefined {
  const text = reason.trim();
  if (!text) return { code: "invalidInput", message: "Say why the record is wrong." };
  if (text.length > MAX_REASON) {
    return { code: "invalidInput", message: `Keep the reason to ${MAX_REASON} characters.` };
  }
  return undefined;
}

function roleRefusal(by: Actor, roles: readonly Role[], task: string, config: PolicyConfig) {
  return roles.includes(by.role)
    ? undefined
    : refuse("wrongRole", `Only ${rolesInWords(roles, config)} can ${task}.`);
}

export type CorrectionDone = { readonly event: CaseEvent };

/** Applies one correction to a case and records it. Bad input or a refusal changes nothing. */
export async function correctCase(
  deps: CorrectionDeps,
  by: Actor,
  ref: CaseRef,
  correction: Correction,
  reason: string,
): Promise<Result<CorrectionDone, Refusal>> {
  const wrongRole = roleRefusal(by, CORRECTION_ROLES, "correct a case", deps.config);
  if (wrongRole) return wrongRole;
  const badReason = checkReason(reason);
  if (badReason) return { ok: false, error: badReason };
  const loaded = await loadCase(deps.store, ref);
  if (!loaded) return refuse("notFound", `No case ${ref} is held.`);
  const { entry, file } = loaded.record;
  const at = deps.clock.now();
  const event = (action: string, summary: string, detail: Record<string, unknown>): CaseEvent => ({
    ref,
    at,
    actor: by,
    action,
    summary,
    detail: { ...detail, reason: reason.trim() },
  });

  switch (correction.kind) {
    case "customerName": {
      const name = correction.name.trim().replace(/\s+/g, " ");
      if (!name || name.length > MAX_NAME) {
        return refuse("invalidInput", `Give the customer's name (up to ${MAX_NAME} characters).`);
      }
      if (name === entry.customerName) return refuse("invalidInput", "That is the name held.");
      // The case file first, with the eTag read: the case file is the case's lock (caseCommands).
      await deps.store.updateCaseFile(file, loaded.fileEtag);
      await deps.store.updateRegisterEntry({ ...entry, customerName: name }, loaded.entryEtag);
      await deps.store.replaceNameIndex(ref, name);
      const done = event("customerNameCorrected", `${by.name} corrected the customer's name.`, {
        field: "customerName",
      });
      await deps.store.appendEvent(done);
      return { ok: true, value: { event: done } };
    }
    case "fact": {
      const fact = CORRECTABLE_FACTS[correction.fact];
      const text = correction.text.trim();
      if (fact.get(file) === undefined) {
        return refuse("invalidInput", `The case file holds no "${fact.label}" to correct.`);
      }
      if (!text || text.length > MAX_FACT) {
        return refuse("invalidInput", `Give the corrected text (up to ${MAX_FACT} characters).`);
      }
      if (text === fact.get(file)) return refuse("invalidInput", "That is the text held.");
      await deps.store.updateCaseFile(fact.set(file, text), loaded.fileEtag);
      const done = event(
        "caseFileCorrected",
        `${by.name} corrected "${fact.label}" in the case file.`,
        { fact: correction.fact },
      );
      await deps.store.appendEvent(done);
      return { ok: true, value: { event: done } };
    }
    case "removeEmailAddress": {
      const held = await deps.store.listCaseAddresses(ref);
      const found = held.find((a) => a.address === correction.address);
      if (!found) return refuse("invalidInput", "That address is not held for this case.");
      await deps.store.updateCaseFile(file, loaded.fileEtag);
      await deps.store.removeAddress({ ref, address: correction.address });
      const done = event(
        "addressRemoved",
        `${by.name} removed an email address (the ${found.kind}'s) that is not theirs; ${held.length - 1} remain.`,
        { kind: found.kind, remaining: held.length - 1 },
      );
      await deps.store.appendEvent(done);
      return { ok: true, value: { event: done } };
    }
    case "removePostalAddress": {
      const details = file.letterDetails;
      const addressing = details?.[correction.whose];
      if (!details || !addressing?.postalAddress?.length) {
        return refuse("invalidInput", `No postal address is held for the ${correction.whose}.`);
      }
      const { postalAddress: _removed, ...rest } = addressing;
      void _removed;
      await deps.store.updateCaseFile(
        { ...file, letterDetails: { ...details, [correction.whose]: rest } },
        loaded.fileEtag,
      );
      const done = event(
        "postalAddressRemoved",
        `${by.name} removed the ${correction.whose}'s postal address, which is not theirs.`,
        { whose: correction.whose },
      );
      await deps.store.appendEvent(done);
      return { ok: true, value: { event: done } };
    }
  }
}

export type ErasedCase = {
  readonly ref: CaseRef;
  readonly deleted: DeletedItems;
  readonly documents: number;
  /** False when the erasure record could not be saved: the caller shows it to add by hand. */
  readonly recorded: boolean;
  readonly event: CaseEvent;
};

/**
 * Erases a case opened in error: its documents, then every item of it (the register entry
 * last), then a record kept apart from the case (no CaseRef column, as a destruction record)
 * holding the reference, who, when, why and how many items went: no name, address or text of
 * the case. A service manager may erase a case at step one; after referral, the helpdesk
 * manager and above. Refused while a subject access request is open on the case.
 */
export async function eraseCase(
  deps: CorrectionDeps,
  by: Actor,
  ref: CaseRef,
  reason: string,
): Promise<Result<ErasedCase, Refusal>> {
  const badReason = checkReason(reason);
  const anyRole = roleRefusal(by, CORRECTION_ROLES, "erase a case", deps.config);
  if (anyRole) return anyRole;
  if (badReason) return { ok: false, error: badReason };
  const entry = await deps.store.getRegisterEntry(ref);
  if (!entry) return refuse("notFound", `No case ${ref} is held.`);
  if (!BEFORE_REFERRAL.includes(entry.value.stage)) {
    const later = roleRefusal(
      by,
      ERASURE_ROLES_AFTER_STEP_ONE,
      "erase a case that has been referred",
      deps.config,
    );
    if (later) return later;
  }
  const open = openSubjectAccessRequest(await deps.store.listEvents(ref));
  if (open) {
    return refuse(
      "subjectAccessOpen",
      `A subject access request received on ${formatLongDate(open.receivedOn)} is open on this case: it cannot be erased until the response has gone.`,
    );
  }
  const documents = await deps.documents.deleteAll(ref);
  const deleted = await deps.store.deleteCase(ref);
  const total = Object.values(deleted).reduce((sum, n) => sum + n, 0);
  const event: CaseEvent = {
    at: deps.clock.now(),
    actor: by,
    action: "caseErased",
    summary: `Case ${ref} erased: it was opened in error; ${total} items and ${documents} documents deleted.`,
    detail: { ref, reason: reason.trim(), deleted, documents },
  };
  let recorded = true;
  try {
    await deps.store.appendEvent(event);
  } catch {
    recorded = false;
  }
  return { ok: true, value: { ref, deleted, documents, recorded, event } };
}
