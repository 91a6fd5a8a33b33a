/**
 * The store against the in-process Graph emulator over HTTPS: lists provisioned through our own
 * provisioning code, stores signed in as the emulator's demo users.
 */
import {
  type InProcessEmulator,
  startInProcessEmulator,
} from "../../../scripts/emulator-in-process";
import type { NewCase } from "../../../src/app/ports";
import {
  address,
  CASE_FILE,
  JORDAN as JORDAN_ACTOR,
  RESTRICTED_ENTRY,
} from "../../../src/graph/testing/samples";

export { EMULATOR_ADMIN as ADMIN } from "../../../scripts/provision";
export const ALEX = "alex.morgan@council.example"; // frontline
export const PRIYA = "priya.shah@council.example"; // service manager
export const JORDAN = "jordan.lee@council.example"; // city helpdesk manager

export type StoreFixture = InProcessEmulator;

/** Quick retries, so tests of failures and throttling do not wait. */
export function startStoreEmulator(options: { provision?: boolean } = {}): Promise<StoreFixture> {
  return startInProcessEmulator({
    ...options,
    clientRetry: { maxRetries: 3, delaySeconds: 1 },
    storeRetry: { baseDelayMs: 50 },
  });
}

/**
 * The samples' restricted case (REF), stored through the store as a service manager with the
 * city helpdesk manager deciding; by default its only address is the customer's, Zoe's.
 */
export async function storeSampleCase(
  f: StoreFixture,
  addresses: NewCase["addresses"] = [{ address: address("zoe@example.org"), kind: "customer" }],
): Promise<void> {
  await f
    .storeFor(PRIYA)
    .createCase({ entry: RESTRICTED_ENTRY, file: CASE_FILE, addresses }, JORDAN_ACTOR);
}
