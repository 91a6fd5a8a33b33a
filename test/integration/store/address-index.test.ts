/**
 * The address index (src/graph/address-index.ts) against the emulator's delta: no request for a
 * sender who is not on the register once it is loaded, changes made elsewhere seen within the
 * staleness bound, a fresh enumeration after 410, and the indexed lookup whenever the index
 * cannot answer, never "not on the register" by default.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GraphCaseStore } from "../../../src/graph";
import { address, REF } from "../../../src/graph/testing/samples";
import {
  ALEX,
  JORDAN,
  PRIYA,
  startStoreEmulator,
  storeSampleCase,
  type StoreFixture,
} from "./fixture";

const ZOE = address("zoe@example.org");
const STRANGER = address("nobody@example.org");
const NEW_ADDRESS = address("zoe.work@example.org");
const MAX_AGE = 120_000;

let f: StoreFixture;
beforeAll(async () => {
  f = await startStoreEmulator();
});
afterAll(() => f.stop());

/** A clock the index reads, moved by hand. */
let now = 0;
let store: GraphCaseStore;

beforeEach(async () => {
  f.emu.reset();
  await storeSampleCase(f);
  now = 1_000_000;
  store = f.indexedStoreFor(ALEX, { maxAgeMs: MAX_AGE, retryAfterMs: 1_000, now: () => now });
  f.emu.requests.clear();
});

/** Graph round trips since the last call ($batch entries are not separate). */
function requests(): string[] {
  const paths = f.emu.requests
    .filter((r) => r.batchEntryId === undefined)
    .map((r) => decodeURIComponent(r.path));
  f.emu.requests.clear();
  return paths;
}

async function loaded(): Promise<void> {
  await store.lookupAddresses([STRANGER]);
  await store.addressIndex?.settled();
  expect(store.addressIndex?.loaded).toBe(true);
  requests();
}

describe("the address index", () => {
  it("answers the first lookup as before, then loads itself by delta", async () => {
    expect(await store.lookupAddresses([STRANGER])).toEqual([]);
    await store.addressIndex?.settled();
    const sent = requests();
    expect(sent[0]).toMatch(/\/items\?.*\$filter=fields\/Title/);
    expect(sent.slice(1).every((p) => p.includes("/items/delta"))).toBe(true);
    expect(sent.length).toBeGreaterThan(1);
  });

  it("then answers senders on the register and off it with no request", async () => {
    await loaded();
    expect(await store.lookupAddresses([STRANGER])).toEqual([]);
    expect(await store.lookupAddresses([ZOE, STRANGER])).toEqual([
      { address: ZOE, ref: REF, kind: "customer" },
    ]);
    expect(requests()).toEqual([]);
  });

  it("costs a restricted sender one round trip: the $batch of the case", async () => {
    await loaded();
    const [match] = await store.lookupAddresses([ZOE]);
    expect(match?.ref).toBe(REF);
    await store.getCaseForEvaluation(REF, new Date("2026-06-01T00:00:00Z"));
    expect(requests()).toEqual(["/v1.0/$batch"]);
  });

  it("sees an address added elsewhere within the staleness bound, with one delta request", async () => {
    await loaded();
    await f.storeFor(PRIYA).addAddress({ address: NEW_ADDRESS, ref: REF, kind: "customer" });
    requests();
    // Within the bound the index may answer as it was.
    now += MAX_AGE / 2;
    expect(await store.lookupAddresses([NEW_ADDRESS])).toEqual([]);
    expect(requests()).toEqual([]);
    // Older than the bound, it reads the changes before it answers.
    now += MAX_AGE;
    expect(await store.lookupAddresses([NEW_ADDRESS])).toEqual([
      { address: NEW_ADDRESS, ref: REF, kind: "customer" },
    ]);
    const sent = requests();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain("/items/delta?token=");
  });

  it("refreshes in the background once three quarters of the bound have passed, without making anyone wait", async () => {
    await loaded();
    await f.storeFor(PRIYA).addAddress({ address: NEW_ADDRESS, ref: REF, kind: "customer" });
    requests();
    now += MAX_AGE * 0.8;
    expect(await store.lookupAddresses([NEW_ADDRESS])).toEqual([]);
    await store.addressIndex?.settled();
    expect(requests()).toHaveLength(1);
    expect(await store.lookupAddresses([NEW_ADDRESS])).toHaveLength(1);
    expect(requests()).toEqual([]);
  });

  it("drops an address removed elsewhere", async () => {
    await loaded();
    const removed = await f.storeFor(JORDAN).deleteCase(REF);
    expect(removed.addresses).toBe(1);
    now += MAX_AGE + 1;
    expect(await store.lookupAddresses([ZOE])).toEqual([]);
  });

  it("reads again before answering once this pane itself added an address", async () => {
    store = f.indexedStoreFor(PRIYA, { maxAgeMs: MAX_AGE, now: () => now });
    await loaded();
    await store.addAddress({ address: NEW_ADDRESS, ref: REF, kind: "representative" });
    requests();
    expect(await store.lookupAddresses([NEW_ADDRESS])).toEqual([
      { address: NEW_ADDRESS, ref: REF, kind: "representative" },
    ]);
    expect(requests()).toHaveLength(1);
  });

  it("after 410 on its token, looks up as before and enumerates the list again", async () => {
    await loaded();
    await f.storeFor(PRIYA).addAddress({ address: NEW_ADDRESS, ref: REF, kind: "customer" });
    f.emu.faults.set([{ fault: { deltaTokenExpired: true }, times: 1 }]);
    requests();
    now += MAX_AGE + 1;
    expect(await store.lookupAddresses([NEW_ADDRESS])).toEqual([
      { address: NEW_ADDRESS, ref: REF, kind: "customer" },
    ]);
    expect(f.emu.faults.list()).toEqual([]);
    await store.addressIndex?.settled();
    const sent = requests();
    expect(sent.some((p) => p.includes("$filter=fields/Title"))).toBe(true);
    expect(sent.some((p) => /\/items\/delta\?\$select/.test(p))).toBe(true);
    expect(await store.lookupAddresses([NEW_ADDRESS, STRANGER])).toHaveLength(1);
    expect(requests()).toEqual([]);
  });

  it("after the list was emptied elsewhere (410 on resync), never answers from the old index", async () => {
    await loaded();
    f.emu.reset();
    now += MAX_AGE + 1;
    expect(await store.lookupAddresses([ZOE])).toEqual([]);
    const sent = requests();
    expect(sent.some((p) => p.includes("$filter=fields/Title"))).toBe(true);
  });

  it("when it cannot load, looks every sender up as before, and tries loading again later", async () => {
    f.emu.faults.set([{ match: { pathContains: "/items/delta" }, fault: { status: 500 } }]);
    expect(await store.lookupAddresses([ZOE])).toHaveLength(1);
    await store.addressIndex?.settled();
    expect(store.addressIndex?.loaded).toBe(false);
    requests();
    expect(await store.lookupAddresses([STRANGER])).toEqual([]);
    expect(requests()).toEqual([expect.stringContaining("$filter=fields/Title")]);
    // The lookup works, but the index waits before it tries again.
    f.emu.faults.clear();
    now += 2_000;
    await store.lookupAddresses([STRANGER]);
    await store.addressIndex?.settled();
    expect(store.addressIndex?.loaded).toBe(true);
  });

  it("when neither it nor the lookup can answer, the lookup fails: never 'not on the register'", async () => {
    await loaded();
    f.emu.faults.set([{ match: { method: "GET" }, fault: { status: 503, retryAfter: 60 } }]);
    now += MAX_AGE + 1;
    await expect(store.lookupAddresses([STRANGER])).rejects.toMatchObject({ code: "throttled" });
  });

  it("fails a lookup of an address whose item cannot be read, as the query would", async () => {
    // Frontline staff's index reads their copy (need to know): the bad item is typed there.
    f.emu.bulkInsert("UCB Restricted Addresses", [
      { Title: "kim@example.org", CaseRef: "Kim's case", Kind: "Customer", CaseAddressKey: "k" },
    ]);
    await loaded();
    await expect(store.lookupAddresses([address("kim@example.org")])).rejects.toMatchObject({
      code: "invalidData",
    });
    expect(await store.lookupAddresses([ZOE])).toHaveLength(1);
  });
});
