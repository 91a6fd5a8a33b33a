import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryCaseStore } from "../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { CUSTOMER, date, REF } from "../domain/testFixtures";
import { opened, SERVICE_MANAGER } from "../domain/testScenario";
import { type CaseChange, watchCaseWrites } from "./caseChanges";
import { loadCase, runCommand } from "./caseCommands";

const NOW = new Date("2026-11-24T11:00:00Z");
const MANAGER = SERVICE_MANAGER;

function stepOneCase() {
  const record = opened();
  const raw = new MemoryCaseStore();
  raw.seed(record.entry, record.file, [{ address: CUSTOMER, ref: REF, kind: "customer" }]);
  const { store, changes } = watchCaseWrites(raw);
  return { raw, store, changes };
}

describe("the pane's case changes", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("announces an action's writes once, after the last of them, with the entry it wrote", async () => {
    const { store, changes } = stepOneCase();
    const heard: CaseChange[] = [];
    changes.subscribe((c) => heard.push(c));
    const loaded = await loadCase(store, REF);
    if (!loaded) throw new Error("seeded case missing");
    const deps = { store, clock: { now: () => NOW }, config: PORTSMOUTH_POLICY };
    const result = await runCommand(
      deps,
      loaded,
      { kind: "confirmInWriting", on: date("2026-11-23"), via: { channel: "letter" } },
      MANAGER,
    );
    expect(result.ok).toBe(true);
    expect(heard).toEqual([]);
    await vi.runAllTimersAsync();
    expect(heard).toHaveLength(1);
    expect(heard[0]?.ref).toBe(REF);
    expect(changes.version(REF)).toBe(1);
  });

  it("still announces writes made through a copy bounded by a person's deadline", async () => {
    const raw = new MemoryCaseStore();
    const record = opened();
    raw.seed(record.entry, record.file, [{ address: CUSTOMER, ref: REF, kind: "customer" }]);
    const bounded: string[] = [];
    const deadlined = Object.assign(raw, {
      withDeadline: () => {
        bounded.push("bounded");
        return raw;
      },
    });
    const { store, changes } = watchCaseWrites(deadlined);
    const writes: string[] = [];
    changes.onWrite((c) => writes.push(c.ref));
    const controller = new AbortController();
    const copy = store.withDeadline?.({ at: Date.now() + 1000, signal: controller.signal });
    const loaded = copy && (await loadCase(copy, REF));
    if (!loaded) throw new Error("seeded case missing");
    await copy.updateCaseFile(loaded.record.file, loaded.fileEtag);
    expect(bounded).toEqual(["bounded"]);
    expect(writes).toEqual([REF]);
  });

  it("tells caches of each write at once, before the action goes on", async () => {
    const { store, changes } = stepOneCase();
    const writes: string[] = [];
    changes.onWrite((c) => writes.push(c.ref));
    const loaded = await loadCase(store, REF);
    if (!loaded) throw new Error("seeded case missing");
    await store.updateCaseFile(loaded.record.file, loaded.fileEtag);
    expect(writes).toEqual([REF]);
  });

  it("remembers the register entry written last, and the addresses a new case brings", async () => {
    const raw = new MemoryCaseStore();
    const { store, changes } = watchCaseWrites(raw);
    const heard: CaseChange[] = [];
    changes.subscribe((c) => heard.push(c));
    const record = opened();
    await store.createCase(
      {
        entry: record.entry,
        file: record.file,
        addresses: [{ address: CUSTOMER, kind: "customer" }],
      },
      MANAGER,
    );
    await vi.runAllTimersAsync();
    expect(heard[0]?.addresses).toEqual([CUSTOMER]);
    expect(changes.writtenEntry(REF)?.value.stage).toBe("stepOne");
  });

  it("announces a write that failed, since a failure may hide a committed write", async () => {
    const { raw, store, changes } = stepOneCase();
    const heard: CaseChange[] = [];
    changes.subscribe((c) => heard.push(c));
    raw.fail("appendEvent", "unavailable");
    await expect(
      store.appendEvent({
        ref: REF,
        at: NOW,
        actor: MANAGER,
        action: "note",
        summary: "A note.",
        detail: {},
      }),
    ).rejects.toThrow();
    await vi.runAllTimersAsync();
    expect(heard.map((c) => c.ref)).toEqual([REF]);
  });

  it("says nothing about reads", async () => {
    const { store, changes } = stepOneCase();
    const heard: CaseChange[] = [];
    changes.subscribe((c) => heard.push(c));
    await store.getRegisterEntry(REF);
    await store.lookupAddresses([CUSTOMER]);
    await vi.runAllTimersAsync();
    expect(heard).toEqual([]);
  });
});
