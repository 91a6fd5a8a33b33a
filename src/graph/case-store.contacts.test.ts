import { describe, expect, it } from "vitest";
import { messageKey } from "./keys";
import { contactFields } from "./mappers/contact-fields";
import {
  collection,
  created,
  graphError,
  listItem,
  NETWORK_DOWN,
  ok,
  type RecordedRequest,
} from "./testing/fake-graph";
import { fakeStore } from "./testing/fake-store";
import { address, CONTACT, REF } from "./testing/samples";

const KEY = await messageKey(REF, "<abc123@mail.example.org>");
const STORED = listItem(31, contactFields(CONTACT, KEY));
const storedBy = (staff: string) =>
  listItem(31, contactFields({ ...CONTACT, staff: address(staff) }, KEY));
const summary = (r: RecordedRequest) => `${r.method} ${r.query.get("$filter") ?? ""}`.trim();
const LOOKUP = `GET fields/ClientId eq '${KEY}'`;

describe("logging a contact", () => {
  it("keys an email by case and message, so any copy of it computes the same key", async () => {
    expect(KEY).toMatch(/^msg-[0-9a-f]{64}$/);
    expect(await messageKey(REF, " abc123@mail.example.org ")).toBe(KEY);
    expect(await messageKey("UCB-2026-ZZ99ZZ" as typeof REF, "<abc123@mail.example.org>")).not.toBe(
      KEY,
    );
  });

  it("stores a new contact with one POST, SDK retries off", async () => {
    const { fake, store } = fakeStore();
    fake.respond(created(STORED));
    const result = await store.logContact(CONTACT);
    expect(result.alreadyLogged).toBe(false);
    expect(result.contact).toMatchObject({ id: "31", clientId: KEY, ref: REF });
    expect(fake.requests.map(summary)).toEqual(["POST"]);
    expect(fake.requests[0]?.body).toMatchObject({ fields: { ClientId: KEY, CaseRef: REF } });
  });

  it("uses the caller's clientId for a contact without a message (a call)", async () => {
    const { fake, store } = fakeStore();
    const call = { ...CONTACT, channel: "phone" as const, messageId: undefined };
    fake.respond(created(listItem(32, contactFields(call, "call-1"))));
    await store.logContact(call);
    expect(fake.requests[0]?.body).toMatchObject({ fields: { ClientId: "call-1" } });
  });

  it("answers alreadyLogged when the unique ClientId refuses a second item", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      graphError(409, "nameAlreadyExists"),
      ok(collection([storedBy("priya.shah@council.example")])),
    );
    const result = await store.logContact(CONTACT);
    expect(result.alreadyLogged).toBe(true);
    expect(result.contact.staff).toBe("priya.shah@council.example");
    expect(fake.requests.map(summary)).toEqual(["POST", LOOKUP]);
  });

  it("after a 504 that hid a commit, finds its own item and does not POST again", async () => {
    const { fake, store, sleeps } = fakeStore();
    fake.respond(graphError(504, "gatewayTimeout"), ok(collection([STORED])));
    const result = await store.logContact(CONTACT);
    expect(result.alreadyLogged).toBe(false);
    expect(fake.requests.map(summary)).toEqual(["POST", LOOKUP]);
    expect(sleeps).toEqual([1000]);
  });

  it("after a 503, waits the Retry-After, looks up, then POSTs again", async () => {
    const { fake, store, sleeps } = fakeStore();
    fake.respond(
      graphError(503, "serviceNotAvailable", { "Retry-After": "2" }),
      ok(collection([])),
      created(STORED),
    );
    const result = await store.logContact(CONTACT);
    expect(result.alreadyLogged).toBe(false);
    expect(fake.requests.map(summary)).toEqual(["POST", LOOKUP, "POST"]);
    expect(sleeps).toEqual([2000]);
  });

  it("after a dropped connection, backs off and tries again", async () => {
    const { fake, store, sleeps } = fakeStore();
    fake.respond(NETWORK_DOWN, ok(collection([])), created(STORED));
    await store.logContact(CONTACT);
    expect(fake.requests.map(summary)).toEqual(["POST", LOOKUP, "POST"]);
    expect(sleeps).toEqual([1000]);
  });

  it("says alreadyLogged when, after a lost answer, the item found is someone else's", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      NETWORK_DOWN,
      ok(collection([])),
      graphError(409, "nameAlreadyExists"),
      ok(collection([storedBy("jordan.lee@council.example")])),
    );
    expect((await store.logContact(CONTACT)).alreadyLogged).toBe(true);
  });

  it("gives up as throttled after its tries, having stored nothing twice", async () => {
    const { fake, store, sleeps } = fakeStore();
    const busy = graphError(503, "serviceNotAvailable", { "Retry-After": "1" });
    for (let i = 0; i < 4; i++) fake.respond(busy, ok(collection([])));
    await expect(store.logContact(CONTACT)).rejects.toMatchObject({
      code: "throttled",
      list: "contacts",
    });
    expect(fake.requests.filter((r) => r.method === "POST")).toHaveLength(4);
    expect(sleeps).toEqual([1000, 1000, 1000]);
  });

  it("refuses at once what retrying cannot fix", async () => {
    const { fake, store } = fakeStore();
    fake.respond(graphError(403, "accessDenied"));
    await expect(store.logContact(CONTACT)).rejects.toMatchObject({
      code: "forbidden",
      list: "contacts",
    });
    expect(fake.requests).toHaveLength(1);

    fake.respond(graphError(400, "invalidRequest"), ok(collection([])));
    await expect(store.logContact(CONTACT)).rejects.toMatchObject({ code: "unavailable" });
    expect(fake.requests.map(summary).slice(1)).toEqual(["POST", LOOKUP]);
  });

  it("finds a logged message by the same key", async () => {
    const { fake, store } = fakeStore();
    fake.respond(ok(collection([STORED])), ok(collection([])));
    expect(await store.findContactByMessageId(REF, "<abc123@mail.example.org>")).toMatchObject({
      id: "31",
    });
    expect(await store.findContactByMessageId(REF, "<other@mail.example.org>")).toBeNull();
    expect(fake.requests[0]?.query.get("$filter")).toBe(`fields/ClientId eq '${KEY}'`);
  });
});
