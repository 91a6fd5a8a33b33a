import { frontlineEntry } from "../../../src/domain/needToKnow";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { NewContact } from "../../../src/app/ports";
import type { FaultRule } from "../../../emulator/faults/rules";
import { address, CONTACT, REF, RESTRICTED_ENTRY } from "../../../src/graph/testing/samples";
import {
  ADMIN,
  ALEX,
  PRIYA,
  startStoreEmulator,
  storeSampleCase,
  type StoreFixture,
} from "./fixture";

const POST_CONTACT = { method: "POST", pathContains: "UCB Contacts" };
const at = (iso: string) => new Date(iso);

describe("contacts against the emulator", () => {
  let f: StoreFixture;
  let n = 0;
  /** A fresh message each time, so tests do not see each other's contacts. */
  const message = (over: Partial<NewContact> = {}): NewContact => ({
    ...CONTACT,
    messageId: `<m${++n}@mail.example.org>`,
    clientId: `c${n}`,
    ...over,
  });
  const logged = async (messageId: string) => {
    const contacts = await f.storeFor(ADMIN).listContacts(REF, at("2000-01-01T00:00:00Z"));
    return contacts.filter((c) => c.messageId === messageId);
  };

  beforeAll(async () => {
    f = await startStoreEmulator();
    await storeSampleCase(f);
  });
  beforeEach(() => {
    f.emu.faults.clear();
    f.emu.requests.clear();
  });
  afterAll(() => f.stop());

  it("lists a case's contacts since a date (and before another), oldest first", async () => {
    const alex = f.storeFor(ALEX);
    const times = [
      "2026-05-01T09:00:00Z",
      "2026-05-03T09:00:00Z",
      "2026-05-02T15:30:00Z",
      "2026-05-05T08:00:00Z",
    ];
    for (const t of times) await alex.logContact(message({ at: at(t) }));
    const since = await alex.listContacts(
      REF,
      at("2026-05-02T00:00:00Z"),
      at("2026-05-05T00:00:00Z"),
    );
    expect(since.map((c) => c.at.toISOString())).toEqual([
      "2026-05-02T15:30:00.000Z",
      "2026-05-03T09:00:00.000Z",
    ]);
  });

  it("gets the entry and the contacts since a date in one $batch round trip", async () => {
    const alex = f.storeFor(ALEX);
    await alex.logContact(message({ at: at("2026-06-10T10:00:00Z") }));
    f.emu.requests.clear();
    const result = await alex.getCaseForEvaluation(REF, at("2026-06-01T00:00:00Z"));
    // Frontline staff read their copy: the terms that bind, nothing of review, appeal or notice.
    expect(result?.entry.value).toEqual(frontlineEntry(RESTRICTED_ENTRY));
    expect(result?.contacts.map((c) => c.at.toISOString())).toEqual(["2026-06-10T10:00:00.000Z"]);
    const roundTrips = f.emu.requests.filter((r) => r.batchEntryId === undefined);
    expect(roundTrips).toHaveLength(1);
    expect(roundTrips[0]?.path).toBe("/v1.0/$batch");
  });

  it("sends a throttled batch entry again after its Retry-After", async () => {
    f.emu.faults.set([
      {
        match: { method: "GET", pathContains: "UCB Contacts" },
        fault: { status: 429, retryAfter: 0.5 },
        times: 1,
      },
    ]);
    const started = Date.now();
    const result = await f.storeFor(ALEX).getCaseForEvaluation(REF, at("2026-06-01T00:00:00Z"));
    expect(result).not.toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(f.emu.requests.filter((r) => r.batchEntryId === undefined)).toHaveLength(2);
  });

  describe("logging is stored exactly once", () => {
    // [fault, POSTs the store should send: a second only when the first was not stored]
    const faults: [string, FaultRule["fault"], number][] = [
      ["a 504 after the commit", { status: 504, afterCommit: true }, 1],
      ["a 503 before it", { status: 503, retryAfter: 0.2 }, 2],
      ["a 429 with a fractional Retry-After", { status: 429, retryAfter: 0.3 }, 2],
      ["a dropped connection", { network: true }, 2],
      ["a dropped connection after the commit", { network: true, afterCommit: true }, 1],
    ];

    it.each(faults)("through %s", async (_name, fault, posts) => {
      const contact = message();
      f.emu.faults.set([{ match: POST_CONTACT, fault, times: 1 }]);
      const result = await f.storeFor(ALEX).logContact(contact);
      expect(result.alreadyLogged).toBe(false);
      expect(await logged(contact.messageId ?? "")).toHaveLength(1);
      const sent = f.emu.requests.filter(
        (r) => r.method === "POST" && decodeURIComponent(r.path).includes("UCB Contacts"),
      );
      expect(sent).toHaveLength(posts);
    });

    it("when the same member of staff clicks twice", async () => {
      const contact = message();
      const alex = f.storeFor(ALEX);
      expect((await alex.logContact(contact)).alreadyLogged).toBe(false);
      expect((await alex.logContact({ ...contact, clientId: "another-click" })).alreadyLogged).toBe(
        true,
      );
      expect(await logged(contact.messageId ?? "")).toHaveLength(1);
    });

    it("when two members of staff log the same message at the same moment", async () => {
      const contact = message();
      const results = await Promise.all([
        f.storeFor(ALEX).logContact({ ...contact, staff: address("alex.morgan@council.example") }),
        f.storeFor(PRIYA).logContact({ ...contact, staff: address("priya.shah@council.example") }),
      ]);
      expect(results.map((r) => r.alreadyLogged).sort()).toEqual([false, true]);
      expect(results[0]?.contact.id).toBe(results[1]?.contact.id);
      expect(await logged(contact.messageId ?? "")).toHaveLength(1);
    });

    it("or fails as throttled, storing nothing, when the service will not take it", async () => {
      const contact = message();
      f.emu.faults.set([{ match: POST_CONTACT, fault: { status: 503, retryAfter: 0.1 } }]);
      await expect(f.storeFor(ALEX, { attempts: 3 }).logContact(contact)).rejects.toMatchObject({
        code: "throttled",
        list: "contacts",
      });
      f.emu.faults.clear();
      expect(await logged(contact.messageId ?? "")).toHaveLength(0);
      // The pane kept the contact; logging it again now stores it once.
      expect((await f.storeFor(ALEX).logContact(contact)).alreadyLogged).toBe(false);
      expect(await logged(contact.messageId ?? "")).toHaveLength(1);
    });
  });
});
