/**
 * Upgrading: cases an earlier release saved have no name index items and no StepOneByEmail on
 * their case file. `npm run reindex` (app/reindex) writes them, so a customer who phones is
 * found by a word of their name and a manager's step-one cases reach their queue.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reindexCases } from "../../../src/app/reindex";
import { caseFileFields } from "../../../src/graph/mappers/case-file-fields";
import { registerFields } from "../../../src/graph/mappers/register-fields";
import { address, CASE_FILE, STEP_ONE_ENTRY } from "../../../src/graph/testing/samples";
import { JORDAN, PRIYA, startStoreEmulator, type StoreFixture } from "./fixture";

/** The step-one case as the previous release stored it: register and file, nothing else. */
function asAnEarlierReleaseSavedIt(f: StoreFixture): void {
  const file = { ...CASE_FILE, ref: STEP_ONE_ENTRY.ref, referral: undefined };
  const { StepOneByEmail: _notWrittenThen, ...fileFields } = caseFileFields(file);
  f.emu.bulkInsert("UCB Register", [registerFields(STEP_ONE_ENTRY)]);
  f.emu.bulkInsert("UCB Case Files", [fileFields]);
}

describe("indexing the cases of an earlier release", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator();
    asAnEarlierReleaseSavedIt(f);
  });
  afterAll(() => f.stop());

  it("finds the customer by a word of the name, and the manager's step-one case, only after it", async () => {
    const manager = f.storeFor(PRIYA);
    expect(await manager.searchCases("hart")).toEqual([]);
    expect(await manager.listStepOneCases(address(PRIYA))).toEqual([]);

    const report = await reindexCases(f.storeFor(JORDAN));
    expect(report).toEqual({ indexed: 1, failed: [] });

    expect(await manager.searchCases("hart")).toEqual([
      {
        ref: STEP_ONE_ENTRY.ref,
        customerName: "Kim Hart",
        stage: "stepOne",
        serviceArea: "Parking",
      },
    ]);
    const mine = await manager.listStepOneCases(address(PRIYA));
    expect(mine.map((c) => c.entry.ref)).toEqual([STEP_ONE_ENTRY.ref]);
  });

  it("is safe to run again: nothing is indexed twice", async () => {
    await reindexCases(f.storeFor(JORDAN));
    const found = await f.storeFor(PRIYA).searchCases("kim hart");
    expect(found).toHaveLength(1);
    const words = await f.storeFor(JORDAN).searchCases("kim");
    expect(words).toHaveLength(1);
  });
});
