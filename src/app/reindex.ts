/**
 * Upgrading from a release without the name index and the work queues' columns: every case on
 * the register is indexed again (CaseStore.indexCase), so a word of any customer's name finds
 * them and a service manager's step-one cases reach their queue. Idempotent: run it again after
 * an interruption, or to be sure.
 */
import { STAGES, type CaseRef } from "../domain/types";
import type { CaseStore } from "./ports";

export type ReindexReport = { readonly indexed: number; readonly failed: readonly CaseRef[] };

export async function reindexCases(
  store: CaseStore,
  progress: (ref: CaseRef) => void = () => undefined,
): Promise<ReindexReport> {
  let indexed = 0;
  const failed: CaseRef[] = [];
  for (const stage of STAGES) {
    for (const entry of await store.listRegister({ by: "stage", stage })) {
      try {
        if ((await store.indexCase(entry.ref)) === "indexed") indexed += 1;
        progress(entry.ref);
      } catch (e) {
        // One case's failure (a throttle that outlasts the retries) stops nothing else.
        console.warn(`${entry.ref}: ${e instanceof Error ? e.message : String(e)}`);
        failed.push(entry.ref);
      }
    }
  }
  return { indexed, failed };
}
