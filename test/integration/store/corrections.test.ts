/**
 * Issue 19, item 5 against the emulator over HTTPS: corrections and erasure change the items,
 * keep the name and address indexes in step, and leave audit events without the erased data;
 * an edit made in SharePoint outside the add-in is found by comparing with the audit trail.
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { correctCase, eraseCase } from "../../../src/app/corrections";
import { findDirectEdits } from "../../../src/app/directEdits";
import type { CaseStore } from "../../../src/app/ports";
import { PORTSMOUTH_POLICY } from "../../../src/domain/config";
import { ListApi } from "../../../src/graph/list-api";
import {
  address,
  CASE_FILE,
  JORDAN as JORDAN_ACTOR,
  REF,
  STEP_ONE_ENTRY,
} from "../../../src/graph/testing/samples";
import type { CaseRef } from "../../../src/domain/types";
import { ALEX, JORDAN, startStoreEmulator, storeSampleCase, type StoreFixture } from "./fixture";

const ZOE = address("zoe@example.org");
const NOT_HERS = address("neighbour@example.net");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("corrections, erasure and edits outside the add-in, against the emulator", () => {
  let f: StoreFixture;
  let store: CaseStore;
  const deps = () => ({
    store,
    documents: f.documentsFor(JORDAN),
    clock: { now: () => new Date() },
    config: PORTSMOUTH_POLICY,
  });
  beforeEach(async () => {
    f = await startStoreEmulator();
    store = f.storeFor(JORDAN);
    await storeSampleCase(f, [
      { address: ZOE, kind: "customer" },
      { address: NOT_HERS, kind: "customer" },
    ]);
  });
  afterAll(async () => {
    await f.stop();
  });

  it("corrects the name in the register and the name index; the event holds no old name", async () => {
    expect((await store.searchCases("O'Brien")).map((r) => r.ref)).toEqual([REF]);
    const result = await correctCase(
      deps(),
      JORDAN_ACTOR,
      REF,
      { kind: "customerName", name: "Zoë Bryant" },
      "Married name given on the form.",
    );
    expect(result.ok).toBe(true);
    expect((await store.getRegisterEntry(REF))?.value.customerName).toBe("Zoë Bryant");
    expect(await store.searchCases("O'Brien")).toEqual([]);
    expect((await store.searchCases("bryant")).map((r) => r.ref)).toEqual([REF]);
    expect((await store.searchCases("zoe")).map((r) => r.ref)).toEqual([REF]);
    const event = (await store.listEvents(REF)).at(-1);
    expect(event).toMatchObject({
      action: "customerNameCorrected",
      detail: { field: "customerName", reason: "Married name given on the form." },
    });
    expect(JSON.stringify(event)).not.toMatch(/O'Brien|Bryant/);
  });

  it("removes an address: lookups stop matching it and the event does not hold it", async () => {
    expect(await store.lookupAddresses([NOT_HERS])).toHaveLength(1);
    // The case is restricted: frontline staff find the address in their copy too.
    const frontline = f.storeFor(ALEX);
    expect(await frontline.lookupAddresses([NOT_HERS])).toHaveLength(1);
    const result = await correctCase(
      deps(),
      JORDAN_ACTOR,
      REF,
      { kind: "removeEmailAddress", address: NOT_HERS },
      "Typed in by mistake: not hers.",
    );
    expect(result.ok).toBe(true);
    expect(await store.lookupAddresses([NOT_HERS])).toEqual([]);
    expect(await f.storeFor(ALEX).lookupAddresses([NOT_HERS])).toEqual([]);
    expect(await f.storeFor(ALEX).lookupAddresses([ZOE])).toHaveLength(1);
    expect((await store.listCaseAddresses(REF)).map((a) => a.address)).toEqual([ZOE]);
    const event = (await store.listEvents(REF)).at(-1);
    expect(event).toMatchObject({ action: "addressRemoved", detail: { remaining: 1 } });
    expect(JSON.stringify(event)).not.toContain("neighbour");
  });

  it("corrects a case-file fact", async () => {
    const result = await correctCase(
      deps(),
      JORDAN_ACTOR,
      REF,
      { kind: "fact", fact: "assessmentReasons", text: "Daily emails to six officers." },
      "The reasons named another customer.",
    );
    expect(result.ok).toBe(true);
    expect((await store.getCaseFile(REF))?.value.assessment?.reasons).toBe(
      "Daily emails to six officers.",
    );
    const old = CASE_FILE.assessment?.reasons ?? "";
    expect(JSON.stringify((await store.listEvents(REF)).at(-1))).not.toContain(old);
  });

  it("erases a case opened in error from every list, keeping a record without personal data", async () => {
    const result = await eraseCase(deps(), JORDAN_ACTOR, REF, "Opened for the wrong person.");
    expect(result.ok).toBe(true);
    expect(await store.getRegisterEntry(REF)).toBeNull();
    expect(await store.getCaseFile(REF)).toBeNull();
    expect(await store.lookupAddresses([ZOE, NOT_HERS])).toEqual([]);
    expect(await store.searchCases("O'Brien")).toEqual([]);
    expect(await store.listEvents(REF)).toEqual([]);
    if (result.ok) {
      expect(result.value.recorded).toBe(true);
      expect(result.value.deleted.register).toBe(1);
      expect(result.value.deleted.nameIndex).toBeGreaterThan(0);
    }
    // The record has no CaseRef column, so it outlives the case; it names only the reference.
    const api = new ListApi(f.clientFor(JORDAN), f.site);
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const records = (
      await api.getAll("caseEvents", { filter: `fields/Created ge '${since}'` })
    ).filter((item) => item.fields["Title"] === "caseErased");
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records[0]?.fields)).toContain(REF);
    expect(JSON.stringify(records[0]?.fields)).not.toMatch(/O'Brien|Zo|zoe@|neighbour/);
  });

  it("finds a register entry edited in SharePoint after the last audited change", async () => {
    const since = new Date(Date.now() - 60_000);
    // What the add-in did (opening the case, with its event) is covered by the audit trail.
    expect(await findDirectEdits(store, since, 0)).toEqual([]);
    await sleep(1100); // SharePoint's times are to the second
    const api = new ListApi(f.clientFor(JORDAN), f.site);
    const [item] = await api.getAll("register", { filter: `fields/Title eq '${REF}'` });
    if (!item) throw new Error("no register item");
    await api.update("register", item.id, { CustomerName: "Zoe Edited" }, item.etag);

    const found = await findDirectEdits(store, since, 0);
    expect(found.map((e) => e.ref)).toEqual([REF]);
    expect(found[0]?.changes.map((c) => c.list)).toEqual(["register"]);
    expect(found[0]?.lastAudited).toBeInstanceOf(Date);

    // Another case changed only through the add-in is not reported.
    const other = "UCB-2026-CCCCCC" as CaseRef;
    await f.storeFor(JORDAN).createCase(
      {
        entry: { ...STEP_ONE_ENTRY, ref: other },
        file: { ...CASE_FILE, ref: other },
        addresses: [],
      },
      JORDAN_ACTOR,
    );
    expect((await findDirectEdits(store, since, 0)).map((e) => e.ref)).toEqual([REF]);
  });
});
