import { describe, expect, it } from "vitest";
import { withoutNulls } from "./fields";
import { caseFileFields } from "./mappers/case-file-fields";
import { registerFields } from "./mappers/register-fields";
import {
  collection,
  created,
  graphError,
  listItem,
  ok,
  type RecordedRequest,
} from "./testing/fake-graph";
import { fakeStore } from "./testing/fake-store";
import { address, CASE_FILE, JORDAN, REF, RESTRICTED_ENTRY } from "./testing/samples";

const registerItem = (version: number, entry = RESTRICTED_ENTRY) =>
  listItem(7, { ...withoutNulls(registerFields(entry)), Created: "2026-11-28T09:00:00Z" }, version);
const listOf = (r: RecordedRequest) => /\/lists\/([^/]+)/.exec(r.path)?.[1];
/** The copy's state read in one $batch (in-force-copy.ts): its item, the addresses, its addresses. */
const copyHeld = (item: unknown[], addresses: unknown[], copied: unknown[]) =>
  ok({
    responses: [
      { id: "item", status: 200, body: collection(item) },
      { id: "addresses", status: 200, body: collection(addresses) },
      { id: "copied", status: 200, body: collection(copied) },
    ],
  });
const ADDRESS_ITEMS = [
  listItem(10, { Title: "zoe.obrien@example.org", CaseRef: REF, Kind: "Customer" }),
  listItem(11, { Title: "sam.patel@advocacy.example", CaseRef: REF, Kind: "Representative" }),
];
const step = (r: RecordedRequest) => `${r.method} ${listOf(r) ?? r.path}`;

describe("creating a case", () => {
  const newCase = {
    entry: RESTRICTED_ENTRY,
    file: CASE_FILE,
    addresses: [
      { address: address("zoe.obrien@example.org"), kind: "customer" as const },
      { address: address("sam.patel@advocacy.example"), kind: "representative" as const },
    ],
  };

  it("writes the case file, the register entry, the name's words, the addresses, then the event", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      created(listItem(3, withoutNulls(caseFileFields(CASE_FILE)))),
      created(registerItem(1)),
      created(listItem(20, {})),
      created(listItem(21, {})),
      created(listItem(10, {})),
      created(listItem(11, {})),
      copyHeld([], ADDRESS_ITEMS, []),
      created(listItem(50, {})),
      created(listItem(51, {})),
      created(listItem(52, {})),
      created(listItem(40, {})),
    );
    const result = await store.createCase(newCase, JORDAN);
    expect(result.value).toEqual(RESTRICTED_ENTRY);
    // A restricted case is copied for frontline staff before its event: item, then addresses.
    expect(fake.requests.map(step)).toEqual([
      "POST UCB Case Files",
      "POST UCB Register",
      "POST UCB Name Index",
      "POST UCB Name Index",
      "POST UCB Addresses",
      "POST UCB Addresses",
      "POST /$batch",
      "POST UCB Restrictions In Force",
      "POST UCB Restricted Addresses",
      "POST UCB Restricted Addresses",
      "POST UCB Case Events",
    ]);
    const copy = fake.requests[7]?.body as { fields: Record<string, unknown> };
    expect(copy.fields["Title"]).toBe(REF);
    expect(copy.fields["Terms"]).toBeDefined();
    // Need to know: nothing of review, appeal, notice reasons or retention on the copy.
    for (const column of ["Stage", "ReviewGrounds", "NotNotifiedReason", "RetainUntil"]) {
      expect(copy.fields).not.toHaveProperty(column);
    }
    // "Zoë O'Brien" is found by "zoe" and by "obrien" (or "o'brien", folded the same way).
    expect(fake.requests.slice(2, 4).map((r) => r.body)).toEqual([
      { fields: { Title: "zoe", CaseRef: REF, CaseWordKey: `${REF} zoe` } },
      { fields: { Title: "obrien", CaseRef: REF, CaseWordKey: `${REF} obrien` } },
    ]);
    expect(fake.requests[4]?.body).toEqual({
      fields: {
        Title: "zoe.obrien@example.org",
        CaseRef: REF,
        Kind: "Customer",
        CaseAddressKey: `${REF} zoe.obrien@example.org`,
      },
    });
    expect(fake.requests[10]?.body).toMatchObject({
      fields: {
        Title: "caseOpened",
        CaseRef: REF,
        At: "2026-11-28T09:00:00Z",
        ActorEmail: JORDAN.email,
      },
    });
  });

  it("resumes a creation that stopped part-way, adding only what is missing", async () => {
    const { fake, store } = fakeStore();
    const exists = graphError(409, "nameAlreadyExists");
    fake.respond(
      exists,
      ok(collection([listItem(3, withoutNulls(caseFileFields(CASE_FILE)))])),
      exists,
      ok(collection([registerItem(4)])),
      exists,
      ok(collection([listItem(20, {})])),
      created(listItem(21, {})),
      exists,
      ok(collection([listItem(10, {})])),
      created(listItem(11, {})),
      // The copy was made before the stop: only its missing address is added.
      copyHeld([listItem(50, {})], ADDRESS_ITEMS, [
        listItem(51, { CaseAddressKey: `${REF} zoe.obrien@example.org` }),
      ]),
      ok(listItem(50, {})),
      exists,
      ok(collection([listItem(51, {})])),
      created(listItem(52, {})),
      created(listItem(40, {})),
    );
    const result = await store.createCase(newCase, JORDAN);
    expect(result.etag).toContain(",4");
    expect(fake.requests.filter((r) => r.method !== "GET").map(step)).toEqual([
      "POST UCB Case Files",
      "POST UCB Register",
      "POST UCB Name Index",
      "POST UCB Name Index",
      "POST UCB Addresses",
      "POST UCB Addresses",
      "POST /$batch",
      "PATCH UCB Restrictions In Force",
      "POST UCB Restricted Addresses",
      "POST UCB Restricted Addresses",
      "POST UCB Case Events",
    ]);
  });
});

describe("updating with eTags", () => {
  it("PATCHes the item's fields with If-Match and returns the new eTag", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([registerItem(1)])));
    const read = await store.getRegisterEntry(REF);
    const changed = { ...RESTRICTED_ENTRY, serviceArea: "Housing and repairs" };
    fake.respond(
      ok({ ...(registerItem(2, changed)["fields"] as object) }),
      copyHeld([listItem(50, {})], [], []),
      ok(listItem(50, {})),
    );
    const updated = await store.updateRegisterEntry(changed, read?.etag ?? "");
    // The frontline copy follows: its item is written with the new service area.
    expect(fake.requests.slice(2).map(step)).toEqual([
      "POST /$batch",
      "PATCH UCB Restrictions In Force",
    ]);
    expect(fake.requests[3]?.body).toMatchObject({ ServiceArea: "Housing and repairs" });
    const patch = fake.requests[1];
    expect(patch?.method).toBe("PATCH");
    expect(patch?.path).toBe(
      "/sites/council.sharepoint.com:/sites/ucb:/lists/UCB Register/items/7/fields",
    );
    expect(patch?.headers["If-Match"]).toBe(read?.etag);
    expect(patch?.body).toMatchObject({ ServiceArea: "Housing and repairs", ClosedOn: null });
    expect(updated.value.serviceArea).toBe("Housing and repairs");
    expect(updated.etag).toContain(",2");
  });

  it("looks the item id up by reference when it has not been read in this session", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      ok(collection([registerItem(1)])),
      ok(registerItem(2)["fields"]),
      copyHeld([listItem(50, {})], [], []),
      ok(listItem(50, {})),
    );
    await store.updateRegisterEntry(RESTRICTED_ENTRY, '"x,1"');
    expect(fake.requests.map((r) => r.method)).toEqual(["GET", "PATCH", "POST", "PATCH"]);
  });

  it("turns a stale eTag (412) into a conflict the pane can explain", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([registerItem(1)])), graphError(412, "resourceModified"));
    await expect(store.updateRegisterEntry(RESTRICTED_ENTRY, '"x,1"')).rejects.toMatchObject({
      code: "conflict",
      list: "register",
    });
  });

  it("after a lost answer, recognises its own applied PATCH instead of reporting a conflict", async () => {
    const { fake, store } = fakeStore();
    const etag = registerItem(1)["eTag"] as string;
    fake.respond(
      ok(collection([registerItem(1)])),
      graphError(504, "gatewayTimeout"),
      ok(registerItem(2)),
      copyHeld([listItem(50, {})], [], []),
      ok(listItem(50, {})),
    );
    const updated = await store.updateRegisterEntry(RESTRICTED_ENTRY, etag);
    expect(updated.etag).toContain(",2");
    expect(fake.requests.map((r) => r.method)).toEqual(["GET", "PATCH", "GET", "POST", "PATCH"]);
  });

  it("after a lost answer, PATCHes again when nothing was applied", async () => {
    const { fake, store, sleeps } = fakeStore();
    const etag = registerItem(1)["eTag"] as string;
    fake.respond(
      ok(collection([registerItem(1)])),
      graphError(503, "serviceNotAvailable", { "Retry-After": "3" }),
      ok(registerItem(1)),
      ok(registerItem(2)["fields"]),
      copyHeld([listItem(50, {})], [], []),
      ok(listItem(50, {})),
    );
    await store.updateRegisterEntry(RESTRICTED_ENTRY, etag);
    expect(fake.requests.map((r) => r.method)).toEqual([
      "GET",
      "PATCH",
      "GET",
      "PATCH",
      "POST",
      "PATCH",
    ]);
    expect(sleeps).toEqual([3000]);
  });

  it("after a lost answer, reports a conflict when someone else's change is there", async () => {
    const { fake, store } = fakeStore();
    const etag = registerItem(1)["eTag"] as string;
    const theirs = { ...RESTRICTED_ENTRY, customerName: "Zoe O'Brien-Smith" };
    fake.respond(
      ok(collection([registerItem(1)])),
      graphError(504, "gatewayTimeout"),
      ok(registerItem(2, theirs)),
    );
    await expect(store.updateRegisterEntry(RESTRICTED_ENTRY, etag)).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("says notFound when the case has no register item", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([])));
    await expect(store.updateCaseFile(CASE_FILE, '"x,1"')).rejects.toMatchObject({
      code: "notFound",
      list: "caseFiles",
    });
  });
});
