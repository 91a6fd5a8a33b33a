/**
 * What every use case of the pane may be given: the ports and the policy. main.tsx builds one
 * from the real adapters; tests build one from fakes (test/fakes, src/office/testing).
 */
import type { PolicyConfig } from "../domain/config";
import type { CaseStore, Clock, IdGenerator, Mailbox, Session } from "./ports";

export type AppDeps = {
  readonly store: CaseStore;
  readonly mailbox: Mailbox;
  readonly session: Session;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly config: PolicyConfig;
};
