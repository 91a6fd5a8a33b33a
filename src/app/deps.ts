/**
 * What every use case of the pane may be given: the ports and the policy. main.tsx builds one
 * from the real adapters; tests build one from fakes (test/fakes, src/office/testing).
 */
import type { PolicyConfig } from "../domain/config";
import type {
  CaseDocuments,
  CaseStore,
  Clock,
  IdGenerator,
  LetterPrinter,
  Mailbox,
  Session,
} from "./ports";

export type AppDeps = {
  readonly store: CaseStore;
  /** UCB Case Documents: letters as sent and copies of correspondence. */
  readonly documents: CaseDocuments;
  /** Lays printed letters out as PDFs (loaded when first used). */
  readonly printer: LetterPrinter;
  readonly mailbox: Mailbox;
  readonly session: Session;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly config: PolicyConfig;
};
