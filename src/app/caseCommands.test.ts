import { describe, expect, it } from "vitest";
import { MemoryCaseStore } from "../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../domain/config";
import {
  AD,
  HELPDESK,
  SERVICE_MANAGER,
  imposed,
  noonOn,
  opened,
  toldBy,
} from "../domain/testScenario";
import { REF } from "../domain/testFixtures";
import { appendEvents, loadCase, runCommand, type CommandDeps } from "./caseCommands";
import { isStoreError } from "./ports";

function setUp() {
  const store = new MemoryCaseStore();
  const record = opened();
  store.seed(record.entry, record.file);
  const deps: CommandDeps = {
    store,
    clock: { now: () => noonOn("2026-10-05") },
    config: PORTSMOUTH_POLICY,
  };
  return { store, deps };
}

async function loaded(store: MemoryCaseStore) {
  const found = await loadCase(store, REF);
  if (!found) throw new Error("seeded case not found");
  return found;
}

describe("runCommand", () => {
  it("saves the case file and the events of an allowed command", async () => {
    const { store, deps } = setUp();
    const result = await runCommand(
      deps,
      await loaded(store),
      { kind: "confirmInWriting", on: "2026-10-02" as never, via: { channel: "letter" } },
      SERVICE_MANAGER,
    );
    expect(result.ok).toBe(true);
    expect(store.files.get(REF)?.value.stepOne?.confirmedInWritingOn).toBe("2026-10-02");
    expect(store.events.map((e) => e.action)).toEqual(
      result.ok ? result.events.map((e) => e.action) : [],
    );
    expect(store.events.length).toBeGreaterThan(0);
  });

  it("changes nothing when the domain refuses, and says why", async () => {
    const { store, deps } = setUp();
    const before = JSON.stringify([...store.register.values(), ...store.files.values()]);
    const result = await runCommand(
      deps,
      await loaded(store),
      { kind: "confirmInWriting", on: "2026-10-02" as never, via: { channel: "letter" } },
      { ...HELPDESK, role: "frontline" },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.message).not.toBe("");
    expect(JSON.stringify([...store.register.values(), ...store.files.values()])).toBe(before);
    expect(store.events).toHaveLength(0);
  });

  it("reports a case changed by someone else as a conflict, saving nothing", async () => {
    const { store, deps } = setUp();
    const stale = await loaded(store);
    store.touch(REF);
    await expect(
      runCommand(
        deps,
        stale,
        { kind: "confirmInWriting", on: "2026-10-02" as never, via: { channel: "letter" } },
        SERVICE_MANAGER,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e) && e.code === "conflict");
    expect(store.files.get(REF)?.value.stepOne?.confirmedInWritingOn).toBeUndefined();
    expect(store.events).toHaveLength(0);
  });

  it("stops a decision from a stale screen even when the other change was to the register only", async () => {
    const store = new MemoryCaseStore();
    const record = imposed();
    store.seed(record.entry, record.file);
    const deps: CommandDeps = {
      store,
      clock: { now: () => noonOn("2026-11-02") },
      config: PORTSMOUTH_POLICY,
    };
    const first = await loaded(store);
    const second = await loaded(store);
    // The assistant director records the notice: in the domain, a change to the register only.
    const told = await runCommand(deps, first, toldBy("2026-11-02"), AD);
    expect(told.ok).toBe(true);
    expect(store.files.get(REF)?.version).toBe(2);
    // The helpdesk manager, on a screen read before, records an appeal: refused, nothing saved.
    const registerBefore = JSON.stringify(store.register.get(REF));
    await expect(
      runCommand(
        deps,
        second,
        {
          kind: "lodgeAppeal",
          lodgedOn: "2026-11-02" as never,
          grounds: "Unfair",
          receivedVia: { channel: "letter" },
        },
        HELPDESK,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e) && e.code === "conflict");
    expect(JSON.stringify(store.register.get(REF))).toBe(registerBefore);
    expect(store.events.map((e) => e.action)).toEqual(["customerNotified"]);
  });

  it("keeps events it could not append, with the decision saved", async () => {
    const { store, deps } = setUp();
    store.fail("appendEvent", "throttled");
    const result = await runCommand(
      deps,
      await loaded(store),
      { kind: "confirmInWriting", on: "2026-10-02" as never, via: { channel: "letter" } },
      SERVICE_MANAGER,
    );
    if (!result.ok) throw new Error("refused");
    expect(result.unsavedEvents).toEqual(result.events);
    expect(store.files.get(REF)?.value.stepOne?.confirmedInWritingOn).toBe("2026-10-02");
    expect(await appendEvents(store, result.unsavedEvents)).toEqual([]);
    expect(store.events).toHaveLength(result.events.length);
  });
});

describe("loadCase", () => {
  it("is null for an unknown case", async () => {
    const { store } = setUp();
    expect(await loadCase(store, "UCB-2026-AAAAAA" as never)).toBeNull();
  });
});
