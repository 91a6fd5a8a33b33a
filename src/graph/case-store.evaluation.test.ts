import { describe, expect, it } from "vitest";
import { withoutNulls } from "./fields";
import { messageKey } from "./keys";
import { contactFields } from "./mappers/contact-fields";
import { registerFields } from "./mappers/register-fields";
import {
  collection,
  graphError,
  listItem,
  NETWORK_DOWN,
  ok,
  type Canned,
} from "./testing/fake-graph";
import { fakeStore } from "./testing/fake-store";
import { CONTACT, REF, RESTRICTED_ENTRY } from "./testing/samples";

const ENTRY = listItem(7, withoutNulls(registerFields(RESTRICTED_ENTRY)));
const CONTACT_ITEM = listItem(
  31,
  contactFields(CONTACT, await messageKey(REF, CONTACT.messageId ?? "")),
);
const SINCE = new Date("2026-06-15T00:00:00.250Z");

type Entry = { id: string; status: number; headers?: Record<string, string>; body?: unknown };
const batch = (...responses: Entry[]): Canned => ok({ responses });
const page = (items: unknown[], nextLink?: string) => collection(items, nextLink);

describe("a case for evaluation", () => {
  it("is one $batch of the register entry and the contacts since a date", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      batch(
        { id: "contacts", status: 200, body: page([CONTACT_ITEM]) },
        { id: "entry", status: 200, body: page([ENTRY]) },
      ),
    );
    const result = await store.getCaseForEvaluation(REF, SINCE);
    expect(result?.entry.value).toEqual(RESTRICTED_ENTRY);
    expect(result?.contacts.map((c) => c.id)).toEqual(["31"]);
    expect(fake.requests).toHaveLength(1);
    const [envelope] = fake.requests;
    expect(envelope?.path).toBe("/$batch");
    const requests = (envelope?.body as { requests: { id: string; method: string; url: string }[] })
      .requests;
    expect(requests.map((r) => [r.id, r.method])).toEqual([
      ["entry", "GET"],
      ["contacts", "GET"],
    ]);
    const contactsUrl = new URL(requests[1]?.url ?? "", "https://x");
    expect(decodeURIComponent(contactsUrl.pathname)).toBe(
      "/sites/council.sharepoint.com:/sites/ucb:/lists/UCB Contacts/items",
    );
    expect(contactsUrl.searchParams.get("$filter")).toBe(
      `fields/CaseRef eq '${REF}' and fields/ContactAt ge '2026-06-15T00:00:00Z'`,
    );
    expect(contactsUrl.searchParams.get("$orderby")).toBe("fields/ContactAt");
  });

  it("sends a throttled entry again, alone, after its Retry-After", async () => {
    const { fake, store, sleeps } = fakeStore();
    fake.respond(
      batch(
        { id: "entry", status: 200, body: page([ENTRY]) },
        {
          id: "contacts",
          status: 429,
          headers: { "Retry-After": "1.5" },
          body: { error: { code: "TooManyRequests", message: "slow down" } },
        },
      ),
      batch({ id: "contacts", status: 200, body: page([CONTACT_ITEM]) }),
    );
    const result = await store.getCaseForEvaluation(REF, SINCE);
    expect(result?.contacts).toHaveLength(1);
    expect(sleeps).toEqual([1500]);
    const second = fake.requests[1]?.body as { requests: { id: string }[] };
    expect(second.requests.map((r) => r.id)).toEqual(["contacts"]);
  });

  it("gives up as throttled when the service keeps refusing", async () => {
    const { fake, store } = fakeStore();
    const busy = { id: "entry", status: 503, headers: { "Retry-After": "1" }, body: {} };
    fake.respond(
      batch(busy, { id: "contacts", status: 200, body: page([]) }),
      batch(busy),
      batch(busy),
      batch(busy),
    );
    await expect(store.getCaseForEvaluation(REF, SINCE)).rejects.toMatchObject({
      code: "throttled",
      list: "register",
      retryAfterSeconds: 1,
    });
  });

  it("reports a refused entry with its list", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      batch(
        { id: "entry", status: 200, body: page([ENTRY]) },
        { id: "contacts", status: 403, body: { error: { code: "accessDenied", message: "no" } } },
      ),
    );
    await expect(store.getCaseForEvaluation(REF, SINCE)).rejects.toMatchObject({
      code: "forbidden",
      list: "contacts",
    });
  });

  it("is null for an unknown case, and follows a next page of contacts", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      batch(
        { id: "entry", status: 200, body: page([]) },
        { id: "contacts", status: 200, body: page([]) },
      ),
    );
    expect(await store.getCaseForEvaluation(REF, SINCE)).toBeNull();

    const next =
      "https://graph.test/v1.0/sites/x/lists/y/items?$skiptoken=UGFnZWQ9VFJVRSZwX0lEPTMx";
    fake.respond(
      batch(
        { id: "entry", status: 200, body: page([ENTRY]) },
        { id: "contacts", status: 200, body: page([CONTACT_ITEM], next) },
      ),
      ok(page([listItem(32, { ...(CONTACT_ITEM["fields"] as object), ClientId: "other" })])),
    );
    const result = await store.getCaseForEvaluation(REF, SINCE);
    expect(result?.contacts.map((c) => c.id)).toEqual(["31", "32"]);
    expect(fake.requests.at(-1)?.url).toBe(next);
  });

  it("reports a batch entry whose Terms are malformed as invalid data naming the case", async () => {
    const { fake, store } = fakeStore();
    const broken = listItem(7, {
      ...(ENTRY["fields"] as object),
      Terms: '{"allowedChannels":["pigeon"]}',
    });
    fake.respond(
      batch(
        { id: "entry", status: 200, body: page([broken]) },
        { id: "contacts", status: 200, body: page([]) },
      ),
    );
    await expect(store.getCaseForEvaluation(REF, SINCE)).rejects.toMatchObject({
      code: "invalidData",
      message: expect.stringContaining(`case ${REF}: Terms is not valid`) as string,
    });
  });

  it("sends the batch again when its connection dropped: it only reads", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      NETWORK_DOWN,
      batch(
        { id: "entry", status: 200, body: page([ENTRY]) },
        { id: "contacts", status: 200, body: page([]) },
      ),
    );
    expect(await store.getCaseForEvaluation(REF, SINCE)).not.toBeNull();
    expect(fake.requests.map((r) => r.path)).toEqual(["/$batch", "/$batch"]);
  });

  it("answers a throttled envelope through the SDK's own retries", async () => {
    const { fake, store } = fakeStore();
    fake.respond(
      graphError(429, "TooManyRequests", { "Retry-After": "0" }),
      batch(
        { id: "entry", status: 200, body: page([ENTRY]) },
        { id: "contacts", status: 200, body: page([]) },
      ),
    );
    expect(await store.getCaseForEvaluation(REF, SINCE)).not.toBeNull();
    expect(fake.requests).toHaveLength(2);
  });
});
