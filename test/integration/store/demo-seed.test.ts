import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCases, demoSenders } from "../../../scripts/demo/cases";
import { prepareEmulatorSite } from "../../../scripts/demo/seed";
import { frontlineEntry } from "../../../src/domain/needToKnow";
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
    const jordan = f.storeFor(JORDAN);
    for (const sender of demoSenders(cases)) {
      const found = await jordan.lookupAddresses([sender.address]);
      expect(
        found.map((a) => a.ref),
        sender.address,
      ).toContain(sender.ref);
    }
    for (const c of cases) {
      const { ref } = c.newCase.entry;
      const evaluation = await jordan.getCaseForEvaluation(
        ref,
        new Date(now.getTime() - 400 * 86_400_000),
      );
      expect(evaluation?.entry.value, ref).toEqual(c.newCase.entry);
      expect(evaluation?.contacts).toHaveLength(c.contacts.length);
      expect((await jordan.listEvents(ref)).length).toBe(c.events.length + 1);
    }
  });

  it("gives frontline staff the cases in force only, as their copy holds them", async () => {
    const alex = f.storeFor(ALEX);
    const inForce = cases.filter((c) => frontlineEntry(c.newCase.entry) !== undefined);
    // The demo has cases on both sides of the line, so the check below means something.
    expect(inForce.length).toBeGreaterThan(0);
    expect(inForce.length).toBeLessThan(cases.length);
    for (const sender of demoSenders(cases)) {
      const shown = inForce.some((c) => c.newCase.entry.ref === sender.ref);
      const found = (await alex.lookupAddresses([sender.address])).map((a) => a.ref);
      if (shown) expect(found, sender.address).toContain(sender.ref);
      else expect(found, sender.address).not.toContain(sender.ref);
    }
    for (const c of cases) {
      const { entry } = c.newCase;
      const evaluation = await alex.getCaseForEvaluation(
        entry.ref,
        new Date(now.getTime() - 400 * 86_400_000),
      );
      expect(evaluation?.entry.value ?? null, entry.ref).toEqual(frontlineEntry(entry) ?? null);
    }
  });
});
