import { describe, expect, it, vi } from "vitest";
import { address } from "../../domain/testFixtures";
import { noonOn, restricted } from "../../domain/testScenario";
import type { Verdict } from "../../domain/types";
import { StoreError } from "../ports";
import { createContactOutbox, type OutboxOptions, type OutboxStorage } from "./outbox";
import { FRONTLINE_USER, message, REF, type TestDeps, testDeps } from "./testSupport";

const NOW = noonOn("2026-11-11");
const OUTSIDE: Verdict = {
  kind: "outsideTerms",
  reasons: [{ code: "overVolume", message: "This is email 2 this week." }],
  advice: [],
};

function memoryStorage(): OutboxStorage & { value: string | null } {
  return {
    value: null,
    get() {
      return this.value;
    },
    set(value) {
      this.value = value;
    },
  };
}

/** Timers the test runs by moving the clock on. */
function manualTimers(deps: TestDeps) {
  let timers: { at: number; fn: () => void }[] = [];
  let now = NOW.getTime();
  const options: OutboxOptions = {
    setTimer: (fn, ms) => {
      const timer = { at: now + ms, fn };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      timers = timers.filter((t) => t !== handle);
    },
  };
  return {
    options,
    pending: () => timers.length,
    nextDelay: () => Math.min(...timers.map((t) => t.at)) - now,
    async advance(ms: number) {
      now += ms;
      deps.setNow(new Date(now));
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
      await vi.waitFor(() => undefined);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

function setUp() {
  const deps = testDeps(NOW, [restricted()]);
  const storage = memoryStorage();
  const timers = manualTimers(deps);
  const outbox = createContactOutbox(deps, storage, timers.options);
  return { deps, storage, timers, outbox };
}

const item = message(NOW, { cc: [address("housing@portsmouthcc.gov.uk")] });
const input = { item, ref: REF, summary: "  Asks again about the repair ", verdict: OUTSIDE };

describe("logging the message in view", () => {
  it("stores the contact pre-filled from the message, with the verdict's reasons", async () => {
    const { deps, outbox } = setUp();
    expect(await outbox.logMessage(input, FRONTLINE_USER)).toEqual({ kind: "saved" });
    expect(deps.store.contacts).toHaveLength(1);
    expect(deps.store.contacts[0]).toMatchObject({
      ref: REF,
      channel: "email",
      direction: "inbound",
      from: item.from,
      to: [...item.to, ...item.cc],
      staff: FRONTLINE_USER.email,
      subject: "Asks again about the repair",
      messageId: item.internetMessageId,
      verdict: "outsideTerms",
      reasons: ["overVolume"],
      at: NOW,
    });
  });

  it("records the shared mailbox the message arrived in beside who logged it, even after a reload", async () => {
    const { deps, storage, timers, outbox } = setUp();
    const shared = address("housing@portsmouthcc.gov.uk");
    deps.store.fail("logContact", "offline");
    const kept = await outbox.logMessage(
      { ...input, item: { ...item, mailbox: shared } },
      FRONTLINE_USER,
    );
    expect(kept.kind).toBe("pending");
    outbox.stop();
    createContactOutbox(deps, storage, timers.options);
    await timers.advance(0);
    expect(deps.store.contacts[0]).toMatchObject({ mailbox: shared, staff: FRONTLINE_USER.email });
  });

  it("stores one contact after a double click, and says 'already logged' the next time", async () => {
    const { deps, outbox } = setUp();
    const [first, second] = await Promise.all([
      outbox.logMessage(input, FRONTLINE_USER),
      outbox.logMessage(input, FRONTLINE_USER),
    ]);
    expect(first).toEqual({ kind: "saved" });
    expect(second).toEqual({ kind: "saved" });
    expect(deps.store.contacts).toHaveLength(1);
    const other = createContactOutbox(deps, memoryStorage());
    expect(await other.logMessage(input, FRONTLINE_USER)).toEqual({ kind: "alreadyLogged" });
    expect(deps.store.contacts).toHaveLength(1);
  });

  it("tells the message's case to be read again once it is stored", async () => {
    const deps = testDeps(NOW, [restricted()]);
    const onLogged = vi.fn();
    const outbox = createContactOutbox(deps, memoryStorage(), { onLogged });
    await outbox.logMessage(input, FRONTLINE_USER);
    expect(onLogged).toHaveBeenCalledWith(REF);
  });
});

describe("nothing lost, nothing duplicated", () => {
  it.each(["offline", "throttled", "unavailable", "unauthorised"] as const)(
    "keeps the contact when SharePoint is %s and sends it again by itself",
    async (code) => {
      const { deps, storage, timers, outbox } = setUp();
      deps.store.fail("logContact", code, 2);
      const status = await outbox.logMessage(input, FRONTLINE_USER);
      expect(status.kind).toBe("pending");
      expect(status.kind === "pending" && status.message).toMatch(/kept on this computer/);
      expect(storage.value).toContain(item.internetMessageId);
      await timers.advance(2_000);
      expect(outbox.statusOfMessage(REF, item.internetMessageId as string)?.kind).toBe("pending");
      await timers.advance(4_000);
      expect(outbox.statusOfMessage(REF, item.internetMessageId as string)).toEqual({
        kind: "saved",
      });
      expect(deps.store.contacts).toHaveLength(1);
      expect(JSON.parse(storage.value ?? "{}")).toMatchObject({ entries: [] });
      expect(timers.pending()).toBe(0);
    },
  );

  it("waits as long as SharePoint asks before trying again", async () => {
    const { deps, timers, outbox } = setUp();
    const real = deps.store.logContact.bind(deps.store);
    let calls = 0;
    deps.store.logContact = (contact) => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new StoreError("throttled", "429", "contacts", undefined, 30))
        : real(contact);
    };
    await outbox.logMessage(input, FRONTLINE_USER);
    expect(timers.nextDelay()).toBe(30_000);
    await timers.advance(29_000);
    expect(calls).toBe(1);
    await timers.advance(1_000);
    expect(calls).toBe(2);
    expect(deps.store.contacts).toHaveLength(1);
  });

  it("sends a waiting contact when the pane is opened again, once", async () => {
    const { deps, storage, outbox } = setUp();
    deps.store.fail("logContact", "offline");
    await outbox.logMessage(input, FRONTLINE_USER);
    outbox.stop();
    // The pane reloads: a new outbox over the same storage sends what was waiting.
    const reloaded = createContactOutbox(deps, storage);
    expect(reloaded.entries()).toHaveLength(1);
    await vi.waitFor(() =>
      expect(reloaded.statusOfMessage(REF, item.internetMessageId as string)).toEqual({
        kind: "saved",
      }),
    );
    expect(deps.store.contacts).toHaveLength(1);
    reloaded.stop();
  });

  it("stores one item when SharePoint saved the contact but the answer was lost", async () => {
    const { deps, timers, outbox } = setUp();
    const real = deps.store.logContact.bind(deps.store);
    let first = true;
    deps.store.logContact = async (contact) => {
      const result = await real(contact);
      if (first) {
        first = false;
        throw new StoreError("unavailable", "504 after commit");
      }
      return result;
    };
    expect((await outbox.logMessage(input, FRONTLINE_USER)).kind).toBe("pending");
    await timers.advance(2_000);
    // The store finds it already there; it was this outbox's own first try, so it is "saved".
    expect(outbox.statusOfMessage(REF, item.internetMessageId as string)).toEqual({
      kind: "saved",
    });
    expect(deps.store.contacts).toHaveLength(1);
  });

  it("keeps a refused contact in words, without retrying, until the user retries or discards it", async () => {
    const { deps, storage, timers, outbox } = setUp();
    deps.store.fail("logContact", "forbidden");
    const status = await outbox.logMessage(input, FRONTLINE_USER);
    expect(status.kind).toBe("failed");
    expect(status.kind === "failed" && status.message).toMatch(
      /^Not saved: you don't have access.*try again or discard it\.$/,
    );
    await timers.advance(600_000);
    expect(deps.store.contacts).toHaveLength(0);
    expect(storage.value).toContain(item.internetMessageId);

    const reloaded = createContactOutbox(deps, storage);
    const [held] = reloaded.entries();
    expect(held?.status.kind).toBe("failed");
    expect(await reloaded.retry(held?.id ?? "")).toEqual({ kind: "saved" });
    expect(deps.store.contacts).toHaveLength(1);
  });

  it("drops a refused contact only when the user discards it", async () => {
    const { deps, storage, outbox } = setUp();
    deps.store.fail("logContact", "invalidData");
    await outbox.logMessage(input, FRONTLINE_USER);
    const [held] = outbox.entries();
    outbox.discard(held?.id ?? "");
    expect(outbox.entries()).toEqual([]);
    expect(JSON.parse(storage.value ?? "{}")).toMatchObject({ entries: [] });
    expect(deps.store.contacts).toHaveLength(0);
  });

  it("keeps storage it cannot read rather than overwriting it", async () => {
    const { deps } = setUp();
    const storage = memoryStorage();
    storage.value = "{not json";
    const outbox = createContactOutbox(deps, storage);
    deps.store.fail("logContact", "offline");
    await outbox.logMessage(input, FRONTLINE_USER);
    expect(storage.value).toContain("{not json");
    outbox.stop();
  });

  it("tells subscribers each time a status changes", async () => {
    const { outbox } = setUp();
    const listener = vi.fn();
    outbox.subscribe(listener);
    await outbox.logMessage(input, FRONTLINE_USER);
    expect(listener.mock.calls.length).toBeGreaterThanOrEqual(2);
  });
});

describe("logging a telephone call, letter or visit", () => {
  const call = {
    ref: REF,
    channel: "phone" as const,
    direction: "inbound" as const,
    at: noonOn("2026-11-10"),
    summary: "Rang about the repair",
  };

  it("stores it with a fresh key, once after a double click", async () => {
    const { deps, outbox } = setUp();
    await Promise.all([
      outbox.logOther(call, FRONTLINE_USER),
      outbox.logOther(call, FRONTLINE_USER),
    ]);
    expect(deps.store.contacts).toHaveLength(1);
    expect(deps.store.contacts[0]).toMatchObject({
      channel: "phone",
      subject: "Rang about the repair",
      clientId: "00000000-0000-4000-8000-000000000001",
    });
  });

  it.each([
    [{ summary: "   " }, "summary", "Say in a few words what the contact was about."],
    [{ summary: "x".repeat(256) }, "summary", "Keep the summary to 255 characters (this is 256)."],
    [
      { at: noonOn("2026-11-12") },
      "at",
      "The date and time of the contact cannot be in the future.",
    ],
    [{ at: new Date("nonsense") }, "at", "Give the date and time of the contact."],
  ])("refuses %o and saves nothing", async (change, field, words) => {
    const { deps, storage, outbox } = setUp();
    const outcome = await outbox.logOther({ ...call, ...change }, FRONTLINE_USER);
    expect(outcome).toMatchObject({ kind: "invalid", fieldErrors: { [field]: words } });
    expect(deps.store.calls).toEqual([]);
    expect(storage.value).toBeNull();
  });
});
