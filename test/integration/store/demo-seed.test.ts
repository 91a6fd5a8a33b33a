import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCases, demoSenders } from "../../../scripts/demo/cases";
import { prepareEmulatorSite } from "../../../scripts/demo/seed";
import { ALEX, JORDAN, startStoreEmulator, type StoreFixture } from "./fixture";

// Asks for the demo data explicitly: it checks that npm start's first-start loading works and
// that every demo case passes the store's validation on the way back.
describe("demo data on an emulator", () => {
  const now = new Date();
  const cases = demoCases(now);
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator({ provision: false });
  });
  afterAll(() => f.stop());

  it("is provisioned and loaded on first start only", async () => {
    const options = {
      emulatorUrl: f.emu.url,
      tokensFor: f.tokensFor,
      now,
    };
    const first = await prepareEmulatorSite(options);
    expect(first).toEqual({
      seeded: true,
      cases: cases.length,
      contacts: cases.reduce((n, c) => n + c.contacts.length, 0),
    });
    f.emu.requests.clear();
    expect(await prepareEmulatorSite(options)).toEqual({ seeded: false, cases: 0, contacts: 0 });
    expect(f.emu.requests.filter((r) => r.method === "POST" || r.method === "PATCH")).toEqual([]);
  });

  it("finds every demo sender's case and reads it back whole", async () => {
    const alex = f.storeFor(ALEX);
    for (const sender of demoSenders(cases)) {
      const found = await alex.lookupAddresses([sender.address]);
      expect(
        found.map((a) => a.ref),
        sender.address,
      ).toContain(sender.ref);
    }
    const jordan = f.storeFor(JORDAN);
    for (const c of cases) {
      const { ref } = c.newCase.entry;
      const evaluation = await alex.getCaseForEvaluation(
        ref,
        new Date(now.getTime() - 400 * 86_400_000),
      );
      expect(evaluation?.entry.value, ref).toEqual(c.newCase.entry);
      expect(evaluation?.contacts).toHaveLength(c.contacts.length);
      expect((await jordan.listEvents(ref)).length).toBe(c.events.length + 1);
    }
  });
});
