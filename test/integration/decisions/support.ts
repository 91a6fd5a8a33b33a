/**
 * Cases for the decision, retention and subject-access tests, stored through the real Graph
 * store in the in-process emulator, and the emulator's demo people in their policy roles.
 */
import type { DecisionDeps } from "../../../src/app/decisions";
import { loadCase, type LoadedCase } from "../../../src/app/caseCommands";
import type { CaseStore } from "../../../src/app/ports";
import { PORTSMOUTH_POLICY } from "../../../src/domain/config";
import { noonOn } from "../../../src/domain/testScenario";
import { CUSTOMER } from "../../../src/domain/testFixtures";
import type { Actor, CaseRecord, CaseRef, EmailAddress } from "../../../src/domain/types";
import { PRIYA, type StoreFixture } from "../store/fixture";

const person = (name: string, upn: string, role: Actor["role"]): Actor => ({
  name,
  email: upn as EmailAddress,
  role,
});

export const SERVICE_MANAGER = person("Priya Shah", PRIYA, "serviceManager");
export const HELPDESK = person("Jordan Lee", "jordan.lee@council.example", "cityHelpdeskManager");
export const AD = person("Morgan Blake", "morgan.blake@council.example", "assistantDirector");
export const SOLICITOR = person("Chris Okafor", "chris.okafor@council.example", "citySolicitor");
export const DIRECTOR = person("Dana Whitfield", "dana.whitfield@council.example", "director");

export const asConsulted = (a: Actor) => ({ name: a.name, email: a.email, role: a.role });

/** Stores a case as the service manager would have opened it, with the customer's address. */
export async function seedCase(f: StoreFixture, record: CaseRecord): Promise<void> {
  await f.storeFor(PRIYA).createCase(
    {
      entry: record.entry,
      file: record.file,
      addresses: [{ address: CUSTOMER, kind: "customer" }],
    },
    SERVICE_MANAGER,
  );
}

/** A person's store and a clock at noon (UK) on `day`. */
export function depsFor(f: StoreFixture, who: Actor, day: string): DecisionDeps {
  return {
    store: f.storeFor(who.email),
    clock: { now: () => noonOn(day) },
    config: PORTSMOUTH_POLICY,
  };
}

export async function load(store: CaseStore, ref: CaseRef): Promise<LoadedCase> {
  const loaded = await loadCase(store, ref);
  if (!loaded) throw new Error(`case ${ref} not found`);
  return loaded;
}
