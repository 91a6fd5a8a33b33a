/** Shared set-up for the decision tests: a case in the memory store at a chosen stage and day. */
import { MemoryCaseStore } from "../../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { noonOn } from "../../domain/testScenario";
import { CUSTOMER, REF } from "../../domain/testFixtures";
import type { CaseRecord } from "../../domain/types";
import { type LoadedCase, loadCase } from "../caseCommands";
import type { DecisionDeps, DecisionResult, DecisionSuccess } from "./types";

export type Harness = {
  readonly store: MemoryCaseStore;
  readonly deps: DecisionDeps;
  /** Moves the clock to noon (UK) on `day`. */
  on(day: string): void;
  load(): Promise<LoadedCase>;
  /** The register and case file as stored, to show nothing changed. */
  snapshot(): string;
};

export function harness(record: CaseRecord, day: string): Harness {
  const store = new MemoryCaseStore();
  store.seed(record.entry, record.file, [{ address: CUSTOMER, ref: REF, kind: "customer" }]);
  let now = noonOn(day);
  return {
    store,
    deps: { store, clock: { now: () => now }, config: PORTSMOUTH_POLICY },
    on(next) {
      now = noonOn(next);
    },
    async load() {
      const loaded = await loadCase(store, REF);
      if (!loaded) throw new Error("seeded case not found");
      return loaded;
    },
    snapshot: () =>
      JSON.stringify([store.register.get(REF)?.value, store.files.get(REF)?.value, store.events]),
  };
}

export function succeeded(result: DecisionResult): DecisionSuccess {
  if (!result.ok) throw new Error(`Expected success: ${result.message}`);
  return result;
}
