import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normaliseAddress } from "../../../src/domain/address";
import type { EmailAddress } from "../../../src/domain/types";
import { address, REF } from "../../../src/graph/testing/samples";
import { ALEX, PRIYA, startStoreEmulator, storeSampleCase, type StoreFixture } from "./fixture";

const OBRIEN = address("o'brien@example.org");
const REPRESENTATIVE = address("sam.patel@advocacy.example");

function normalised(raw: string): EmailAddress {
  const result = normaliseAddress(raw);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("sender lookup against the emulator", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator();
    await storeSampleCase(f, [
      { address: OBRIEN, kind: "customer" },
      { address: REPRESENTATIVE, kind: "representative" },
    ]);
  });
  afterAll(() => f.stop());

  it("finds the case of an o'brien address with one indexed request", async () => {
    const store = f.storeFor(ALEX);
    f.emu.requests.clear();
    const found = await store.lookupAddresses([
      normalised("  O'Brien@Example.org "),
      address("nobody@example.org"),
    ]);
    expect(found).toEqual([{ address: OBRIEN, ref: REF, kind: "customer" }]);
    expect(f.emu.requests).toHaveLength(1);
    expect(f.emu.requests[0]).toMatchObject({ method: "GET", status: 200, user: ALEX });
    // Need to know: frontline staff look senders up on their copy, never on UCB Addresses.
    expect(decodeURIComponent(f.emu.requests[0]?.path ?? "")).toContain(
      "/lists/UCB Restricted Addresses/items",
    );
  });

  it("answers an unknown sender with one request and no match", async () => {
    f.emu.requests.clear();
    expect(await f.storeFor(ALEX).lookupAddresses([address("stranger@example.com")])).toEqual([]);
    expect(f.emu.requests).toHaveLength(1);
  });

  it("cannot be widened by an address crafted to change the filter", async () => {
    const crafted = address("x' or fields/Title ne '");
    expect(await f.storeFor(ALEX).lookupAddresses([crafted])).toEqual([]);
    expect(f.emu.requests.at(-1)?.status).toBe(200);
  });

  it("finds a representative's case, and searches by name prefix and by address", async () => {
    const store = f.storeFor(PRIYA);
    expect(await store.lookupAddresses([REPRESENTATIVE])).toEqual([
      { address: REPRESENTATIVE, ref: REF, kind: "representative" },
    ]);
    const byName = await store.searchCases("zoe o'b");
    expect(byName).toEqual([
      { ref: REF, customerName: "Zoë O'Brien", stage: "restricted", serviceArea: "Housing" },
    ]);
    expect(await store.searchCases("O'BRIEN@example.org")).toEqual(byName);
    expect(await store.searchCases(REF.toLowerCase())).toEqual(byName);
    expect(await store.searchCases("nobody")).toEqual([]);
  });
});
