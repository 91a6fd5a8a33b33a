import { afterAll, beforeEach, beforeAll, describe, expect, it } from "vitest";
import type { CaseRef } from "../../../src/domain/types";
import {
  address,
  CASE_FILE,
  JORDAN as JORDAN_ACTOR,
  REF,
  RESTRICTED_ENTRY,
} from "../../../src/graph/testing/samples";
import { ADMIN, JORDAN, PRIYA, startStoreEmulator, type StoreFixture } from "./fixture";

const NEW_CASE = {
  entry: RESTRICTED_ENTRY,
  file: CASE_FILE,
  addresses: [
    { address: address("zoe.obrien@example.org"), kind: "customer" as const },
    { address: address("sam.patel@advocacy.example"), kind: "representative" as const },
  ],
};

async function countItems(f: StoreFixture, list: string): Promise<number> {
  const page = (await f
    .clientFor(ADMIN)
    .api(`/sites/${f.emu.siteId}/lists/${encodeURIComponent(list)}/items?$top=5000`)
    .get()) as { value: unknown[] };
  return page.value.length;
}

describe("cases against the emulator", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator();
  });
  beforeEach(() => f.emu.reset());
  afterAll(() => f.stop());

  it("creates a case and reads back exactly what it wrote", async () => {
    const created = await f.storeFor(PRIYA).createCase(NEW_CASE, JORDAN_ACTOR);
    expect(created.value).toEqual(RESTRICTED_ENTRY);
    const read = await f.storeFor(PRIYA).getRegisterEntry(REF);
    expect(read).toEqual(created);
    expect((await f.storeFor(PRIYA).getCaseFile(REF))?.value).toEqual(CASE_FILE);
    const events = await f.storeFor(PRIYA).listEvents(REF);
    expect(events.map((e) => e.action)).toEqual(["caseOpened"]);
    expect(await f.storeFor(PRIYA).getRegisterEntry("UCB-2026-ZZZZZZ" as CaseRef)).toBeNull();
  });

  it("stores date-only values so they come back on the same day across BST", async () => {
    await f.storeFor(PRIYA).createCase(NEW_CASE, JORDAN_ACTOR);
    const page = (await f
      .clientFor(ADMIN)
      .api(
        `/sites/${f.emu.siteId}/lists/UCB%20Register/items?$expand=fields($select=RestrictionStart,RetainUntil)`,
      )
      .get()) as { value: { fields: Record<string, string> }[] };
    // SharePoint keeps London midnight: 30 March 2026 (BST) is 23:00 UTC the day before.
    expect(page.value[0]?.fields).toMatchObject({
      RestrictionStart: "2026-03-29T23:00:00Z",
      RetainUntil: "2032-09-28T23:00:00Z",
    });
    const read = await f.storeFor(PRIYA).getRegisterEntry(REF);
    expect(read?.value.period?.start).toBe("2026-03-30");
    expect(read?.value.retainUntil).toBe("2032-09-29");
  });

  it("is idempotent: creating the same case twice leaves one of everything", async () => {
    await f.storeFor(PRIYA).createCase(NEW_CASE, JORDAN_ACTOR);
    await f.storeFor(JORDAN).createCase(NEW_CASE, JORDAN_ACTOR);
    expect(await countItems(f, "UCB Register")).toBe(1);
    expect(await countItems(f, "UCB Case Files")).toBe(1);
    expect(await countItems(f, "UCB Addresses")).toBe(2);
    expect(await countItems(f, "UCB Case Events")).toBe(1);
  });

  it("resumes a creation that failed part-way", async () => {
    f.emu.faults.set([
      { match: { method: "POST", pathContains: "UCB Addresses" }, fault: { network: true } },
    ]);
    await expect(
      f.storeFor(PRIYA, { attempts: 2 }).createCase(NEW_CASE, JORDAN_ACTOR),
    ).rejects.toMatchObject({
      code: "offline",
      list: "addresses",
    });
    expect(await countItems(f, "UCB Register")).toBe(1);
    expect(await countItems(f, "UCB Addresses")).toBe(0);
    f.emu.faults.clear();
    await f.storeFor(PRIYA).createCase(NEW_CASE, JORDAN_ACTOR);
    expect(await countItems(f, "UCB Register")).toBe(1);
    expect(await countItems(f, "UCB Addresses")).toBe(2);
    expect(await countItems(f, "UCB Case Events")).toBe(1);
  });

  it("updates with the eTag it read, and refuses a stale one as a conflict", async () => {
    await f.storeFor(PRIYA).createCase(NEW_CASE, JORDAN_ACTOR);
    const priya = f.storeFor(PRIYA);
    const jordan = f.storeFor(JORDAN);
    const [mine, theirs] = [await priya.getRegisterEntry(REF), await jordan.getRegisterEntry(REF)];
    if (!mine || !theirs) throw new Error("case missing");
    const updated = await jordan.updateRegisterEntry(
      { ...theirs.value, serviceArea: "Housing options" },
      theirs.etag,
    );
    expect(updated.etag).not.toBe(theirs.etag);
    expect(updated.value.serviceArea).toBe("Housing options");
    await expect(
      priya.updateRegisterEntry({ ...mine.value, customerName: "Z. O'Brien" }, mine.etag),
    ).rejects.toMatchObject({
      code: "conflict",
      list: "register",
    });
    expect((await priya.getRegisterEntry(REF))?.value.customerName).toBe("Zoë O'Brien");
  });

  it("reports a concurrent change injected by the emulator as a conflict, and changes nothing", async () => {
    await f.storeFor(PRIYA).createCase(NEW_CASE, JORDAN_ACTOR);
    const store = f.storeFor(PRIYA);
    const file = await store.getCaseFile(REF);
    if (!file) throw new Error("case file missing");
    f.emu.faults.set([{ match: { method: "PATCH" }, fault: { staleEtag: true }, times: 1 }]);
    await expect(
      store.updateCaseFile({ ...file.value, lawfulBasis: "Changed" }, file.etag),
    ).rejects.toMatchObject({
      code: "conflict",
      list: "caseFiles",
    });
    expect((await store.getCaseFile(REF))?.value.lawfulBasis).toBe(CASE_FILE.lawfulBasis);
  });

  it("applies an update once when the answer is lost after the commit", async () => {
    await f.storeFor(PRIYA).createCase(NEW_CASE, JORDAN_ACTOR);
    const store = f.storeFor(PRIYA);
    const read = await store.getRegisterEntry(REF);
    if (!read) throw new Error("case missing");
    f.emu.faults.set([
      { match: { method: "PATCH" }, fault: { status: 504, afterCommit: true }, times: 1 },
    ]);
    const updated = await store.updateRegisterEntry(
      { ...read.value, serviceArea: "Housing options" },
      read.etag,
    );
    expect(updated.value.serviceArea).toBe("Housing options");
    // One PATCH of the register; the other is the frontline copy following it.
    const patches = f.emu.requests.filter((r) => r.method === "PATCH");
    expect(
      patches.filter((r) => decodeURIComponent(r.path).includes("/UCB Register/")),
    ).toHaveLength(1);
    expect(patches).toHaveLength(2);
  });
});
