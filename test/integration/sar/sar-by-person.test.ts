/**
 * Issue 19, item 4 against the emulator over HTTPS: everything held about a person, found by
 * name or by address across their cases, in one response; near matches are left for staff.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSar } from "../../../scripts/sar";
import {
  closeSubjectAccess,
  findSubjectCases,
  openSubjectAccessRequest,
} from "../../../src/app/subjectAccessRequests";
import type { CaseRef, LocalDate } from "../../../src/domain/types";
import {
  address,
  CASE_FILE,
  JORDAN as JORDAN_ACTOR,
  REF,
  STEP_ONE_ENTRY,
} from "../../../src/graph/testing/samples";
import { JORDAN, startStoreEmulator, storeSampleCase, type StoreFixture } from "../store/fixture";

const SECOND = "UCB-2026-DDDDDD" as CaseRef;
const NEAR = "UCB-2026-EEEEEE" as CaseRef;
const ZOE = address("zoe@example.org");

describe("subject access by person, against the emulator", () => {
  let f: StoreFixture;
  let out: string;
  beforeAll(async () => {
    f = await startStoreEmulator();
    out = await mkdtemp(join(tmpdir(), "sar-person-"));
    await storeSampleCase(f, [{ address: ZOE, kind: "customer" }]);
    const store = f.storeFor(JORDAN);
    // The same person again, years later, under another service; and someone else like her.
    await store.createCase(
      {
        entry: { ...STEP_ONE_ENTRY, ref: SECOND, customerName: "Zoe O’Brien" },
        file: { ...CASE_FILE, ref: SECOND },
        addresses: [{ address: ZOE, kind: "customer" }],
      },
      JORDAN_ACTOR,
    );
    await store.createCase(
      {
        entry: { ...STEP_ONE_ENTRY, ref: NEAR, customerName: "Zoey O'Brien-Smith" },
        file: { ...CASE_FILE, ref: NEAR },
        addresses: [{ address: address("zoey@example.org"), kind: "customer" }],
      },
      JORDAN_ACTOR,
    );
  });
  afterAll(async () => {
    await f.stop();
    await rm(out, { recursive: true, force: true });
  });

  it("finds both of her cases by name (accents and apostrophes aside), not the near match", async () => {
    const found = await findSubjectCases(f.storeFor(JORDAN), { by: "name", name: "zoe o'brien" });
    expect(found.included.map((r) => r.ref).sort()).toEqual([REF, SECOND].sort());
    expect(found.notIncluded.map((r) => r.ref)).toEqual([NEAR]);
  });

  it("finds both by her email address", async () => {
    const found = await findSubjectCases(f.storeFor(JORDAN), {
      by: "address",
      address: "Zoe@Example.org",
    });
    expect(found.included.map((r) => r.ref).sort()).toEqual([REF, SECOND].sort());
  });

  it("writes one response holding both cases, opens and closes the request on each", async () => {
    const store = f.storeFor(JORDAN);
    const found = await findSubjectCases(store, { by: "name", name: "Zoë O'Brien" });
    const files = await runSar({
      store,
      documents: f.documentsFor(JORDAN),
      refs: found.included.map((r) => r.ref),
      request: {
        receivedOn: "2026-11-25" as LocalDate,
        foundBy: found.foundBy,
        notIncluded: found.notIncluded,
      },
      out,
      actor: JORDAN_ACTOR,
      now: () => new Date("2026-12-01T10:00:00Z"),
    });
    const json = JSON.parse(await readFile(files.json, "utf8")) as {
      cases: { ref: string }[];
      request: { receivedOn: string; dueBy: string };
    };
    expect(json.cases.map((c) => c.ref).sort()).toEqual([REF, SECOND].sort());
    expect(json.request).toEqual({ receivedOn: "2026-11-25", dueBy: "2026-12-25" });
    const text = await readFile(files.text, "utf8");
    expect(text).toContain(`Case ${REF}`);
    expect(text).toContain(`Case ${SECOND}`);
    expect(text).not.toContain(NEAR);
    const notes = await readFile(files.staffNotes, "utf8");
    expect(notes).toContain(`- ${NEAR}: Zoey O'Brien-Smith`);
    expect(notes).toContain("Respond by: Friday 25 December 2026");

    for (const ref of [REF, SECOND]) {
      expect(openSubjectAccessRequest(await store.listEvents(ref))).toEqual({
        receivedOn: "2026-11-25",
        dueBy: "2026-12-25",
      });
    }
    expect(openSubjectAccessRequest(await store.listEvents(NEAR))).toBeUndefined();
    const closed = await closeSubjectAccess(store, [REF, SECOND], JORDAN_ACTOR, new Date());
    expect([...closed].sort()).toEqual([REF, SECOND].sort());
    expect(openSubjectAccessRequest(await store.listEvents(REF))).toBeUndefined();
  });
});
