/**
 * UCB Case Documents through the real store (src/graph/case-documents.ts) against the emulator:
 * provisioning, storing once per key however the service fails (throttled, failing after it
 * committed, dropping the connection, losing a fragment's answer), listing, reading back,
 * permissions, and deleting a case's documents (section 6).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { NewDocument } from "../../../src/app/ports";
import { isStoreError } from "../../../src/app/ports";
import { parseCaseRef } from "../../../src/domain/caseRef";
import type { CaseRef } from "../../../src/domain/types";
import { provisionCaseDocuments } from "../../../src/graph";
import { ADMIN, ALEX, JORDAN, PRIYA, startStoreEmulator, type StoreFixture } from "./fixture";

const ref = (text: string): CaseRef => {
  const parsed = parseCaseRef(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};
const CASE = ref("UCB-2026-7KQ2MX");
const OTHER = ref("UCB-2026-0THER1");
const MIB = 1024 * 1024;

/** Byte-for-byte equality (toEqual walks a large typed array far too slowly). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

const bytes = (n: number, seed = 1) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 7 + seed) & 0xff);

function letter(content: Uint8Array, overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    ref: CASE,
    folder: "letters",
    title: "2026-11-02 Restrictions on your contact with the council",
    extension: "pdf",
    contentType: "application/pdf",
    content,
    key: "restrictionNotice 2026-11-02 the whole letter text",
    existing: "same",
    ...overrides,
  };
}

let f: StoreFixture;

beforeAll(async () => {
  f = await startStoreEmulator();
});
afterAll(() => f.stop());
beforeEach(() => f.emu.reset());

/** Files under the case's folder, as the library holds them (not through the store under test). */
async function filesOf(caseRef: CaseRef): Promise<string[]> {
  return (await f.documentsFor(JORDAN).list(caseRef)).map((d) => `${d.folder}/${d.name}`);
}

describe("provisioning", () => {
  it("creates UCB Case Documents as a document library once; a second run changes nothing", async () => {
    f.emu.reset({ dropLists: true });
    const client = f.clientFor(ADMIN);
    const first = await provisionCaseDocuments(client, f.site);
    expect(first.changes).toEqual([
      expect.stringMatching(/^UCB Case Documents: created the document library/),
    ]);
    expect((await provisionCaseDocuments(client, f.site)).changes).toEqual([]);
    const drive = (await client
      .api(`/sites/${f.emu.siteId}/lists/UCB Case Documents/drive`)
      .get()) as {
      driveType: string;
    };
    expect(drive.driveType).toBe("documentLibrary");
  });
});

describe("storing", () => {
  it("keeps a letter under a name from its title and key, and reads it back", async () => {
    const docs = f.documentsFor(PRIYA);
    const content = bytes(2000);
    const { document, alreadyStored } = await docs.store(letter(content));
    expect(alreadyStored).toBe(false);
    expect(document).toMatchObject({ ref: CASE, folder: "letters", size: 2000 });
    expect(document.name).toMatch(
      /^2026-11-02 Restrictions on your contact with the council \([0-9a-f]{10}\)\.pdf$/,
    );
    expect(document.webUrl).toContain("/UCB%20Case%20Documents/UCB-2026-7KQ2MX/letters/");
    expect(same(await f.documentsFor(JORDAN).content(document), content)).toBe(true);
    expect(await filesOf(CASE)).toEqual([`letters/${document.name}`]);
  });

  it("stores the same key once, however often it is asked", async () => {
    const docs = f.documentsFor(PRIYA);
    await docs.store(letter(bytes(100)));
    const again = await docs.store(letter(bytes(100)));
    expect(again.alreadyStored).toBe(true);
    expect(await filesOf(CASE)).toHaveLength(1);
  });

  it("refuses other bytes under a letter's key, and takes any copy of a message", async () => {
    const docs = f.documentsFor(PRIYA);
    await docs.store(letter(bytes(100)));
    await expect(docs.store(letter(bytes(100, 9)))).rejects.toMatchObject({
      code: "conflict",
      list: "caseDocuments",
    });
    const message = letter(bytes(50), {
      folder: "correspondence",
      extension: "eml",
      existing: "any",
      key: "message <a@b>",
    });
    await docs.store(message);
    const copy = await docs.store({ ...message, content: bytes(60, 3) });
    expect(copy.alreadyStored).toBe(true);
    expect(await filesOf(CASE)).toHaveLength(2);
  });

  it.each([
    ["a 504 after the service stored it", { status: 504, afterCommit: true }],
    ["a dropped connection after the service stored it", { network: true, afterCommit: true }],
    ["a 429 with Retry-After", { status: 429, retryAfter: 0.1 }],
    ["a 503", { status: 503, retryAfter: 0.1 }],
  ] as const)("stores a letter exactly once through %s", async (_what, fault) => {
    f.emu.faults.set([{ match: { method: "PUT" }, fault, times: 1 }]);
    const { document } = await f.documentsFor(PRIYA).store(letter(bytes(3000)));
    expect(await filesOf(CASE)).toEqual([`letters/${document.name}`]);
    const puts = f.emu.requests.filter((r) => r.method === "PUT");
    expect(puts.length).toBeGreaterThanOrEqual(2);
  });

  it("stores a 5 MiB file by upload session exactly once when fragments and the last answer are lost", async () => {
    const content = bytes(5 * MIB + 123, 5);
    f.emu.faults.set([
      {
        match: { method: "PUT", pathContains: "/_transfer/upload/" },
        fault: { status: 504, afterCommit: true },
        times: 1,
      },
    ]);
    const docs = f.documentsFor(PRIYA);
    const first = await docs.store(letter(content, { key: "a big one" }));
    expect(first.document.size).toBe(content.length);
    expect(same(await f.documentsFor(JORDAN).content(first.document), content)).toBe(true);

    f.emu.reset();
    // Both fragments' answers are lost after they landed; the last one's after the file was made.
    f.emu.faults.set([
      {
        match: { method: "PUT", pathContains: "/_transfer/upload/" },
        fault: { network: true, afterCommit: true },
        times: 2,
      },
    ]);
    const second = await docs.store(letter(content, { key: "a big one" }));
    expect(second.document.size).toBe(content.length);
    expect(await filesOf(CASE)).toEqual([`letters/${second.document.name}`]);
    const fragments = f.emu.requests.filter((r) => r.path.startsWith("/_transfer/upload/"));
    expect(fragments.filter((r) => r.method === "PUT").map((r) => r.status)).toEqual([0, 0]);
    expect(same(await f.documentsFor(JORDAN).content(second.document), content)).toBe(true);
  });

  it("refuses frontline staff, naming the case documents", async () => {
    const refused = await f
      .documentsFor(ALEX)
      .store(letter(bytes(10)))
      .catch((e: unknown) => e);
    expect(isStoreError(refused) && [refused.code, refused.list]).toEqual([
      "forbidden",
      "caseDocuments",
    ]);
  });
});

describe("deleting a case's documents (section 6)", () => {
  it("deletes the case's folder with what it holds, counts the files, and leaves other cases", async () => {
    const docs = f.documentsFor(PRIYA);
    await docs.store(letter(bytes(10)));
    await docs.store(
      letter(bytes(20), { folder: "correspondence", extension: "eml", key: "m1", existing: "any" }),
    );
    await docs.store(letter(bytes(30), { ref: OTHER }));
    const helpdesk = f.documentsFor(JORDAN);
    expect(await helpdesk.deleteAll(CASE)).toBe(2);
    expect(await filesOf(CASE)).toEqual([]);
    expect(await filesOf(OTHER)).toHaveLength(1);
    expect(await helpdesk.deleteAll(CASE)).toBe(0);
  });
});
