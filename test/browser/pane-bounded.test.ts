/**
 * Never stuck, in real Chromium against the emulator's faults: a sustained 429 with
 * Retry-After 20, dropped connections and a SharePoint that never answers each give a definite
 * state within 10 seconds, never a frozen "Checking…"; the busy state says when the pane will
 * try again, counts down, and gives the verdict by itself once SharePoint answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restrictedCase, seed } from "./support/cases";
import { expectText } from "./support/expect";
import {
  ALEX,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";

const BUSY = "bea.busy@example.org";
const DROPPED = "dan.dropped@example.org";
const SILENT = "sid.silent@example.org";
const BOUND_MS = 10_000;

const CASES = [
  restrictedCase({
    code: "B2SY01",
    name: "Bea Busy",
    address: BUSY,
    terms: { volumes: [{ max: 3, per: "week" }] },
    summary: "At most three contacts a week.",
  }),
  restrictedCase({
    code: "DR0PD1",
    name: "Dan Dropped",
    address: DROPPED,
    terms: { volumes: [{ max: 3, per: "week" }] },
    summary: "At most three contacts a week.",
  }),
  restrictedCase({
    code: "S1ZENT",
    name: "Sid Silent",
    address: SILENT,
    terms: { volumes: [{ max: 3, per: "week" }] },
    summary: "At most three contacts a week.",
  }),
];

/** "14:32:10" in UK time. */
const ukTime = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(at);

describe("bounded waits in the task pane", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, CASES);
    h = await openHarness(stack, { user: ALEX });
  });
  afterAll(async () => {
    stack?.emu.faults.clear();
    await h?.close();
    await stack?.stop();
  });

  /** Opens a message and returns the first verdict and how long it took to appear. */
  async function open(from: string, subject: string) {
    const started = Date.now();
    await h.call("openMessage", { from, to: [PRIYA], subject });
    const kind = await h.waitForVerdict();
    return { kind, ms: Date.now() - started };
  }

  it("under a sustained 429 with Retry-After 20, says when it will retry, counts down, then gives the verdict", async () => {
    stack.emu.faults.set([{ fault: { status: 429, retryAfter: 20 } }]);
    const before = new Date();
    const { kind, ms } = await open(BUSY, "Busy");
    expect(kind).toBe("couldNotCheck");
    expect(ms).toBeLessThan(BOUND_MS);
    const title = (await h.verdict().locator("h2").textContent()) ?? "";
    const at = /^SharePoint is busy; retrying at (\d\d:\d\d:\d\d)$/.exec(title)?.[1];
    expect(at, title).toBeDefined();
    // About 20 seconds after the message was opened, in UK time.
    const earliest = ukTime(new Date(before.getTime() + 19_000));
    const latest = ukTime(new Date(Date.now() + 21_000));
    expect(at && at >= earliest && at <= latest, `${at} in ${earliest}–${latest}`).toBe(true);
    await expectText(h.verdict(), /Checking again in (1\d|20) seconds\./);
    await h.screenshot("bounded-busy-countdown");
    const first = await h.verdict().locator("[data-countdown]").textContent();
    await h.page.waitForTimeout(2_100);
    const later = await h.verdict().locator("[data-countdown]").textContent();
    expect(later).not.toBe(first);

    stack.emu.faults.clear();
    // No one clicks anything: the pane checks again at the time it gave.
    expect(await h.waitForVerdict("withinTerms")).toBe("withinTerms");
    await expectText(h.verdict(), "Restricted customer");
  }, 60_000);

  it("when every connection drops, says it could not check and when it will try again, then recovers", async () => {
    stack.emu.faults.set([{ fault: { network: true } }]);
    const { kind, ms } = await open(DROPPED, "Dropped");
    expect(kind).toBe("couldNotCheck");
    expect(ms).toBeLessThan(BOUND_MS);
    await expectText(h.verdict(), "Outlook could not reach SharePoint");
    await expectText(h.verdict(), /Could not check this sender; retrying at \d\d:\d\d:\d\d/);
    stack.emu.faults.clear();
    expect(await h.waitForVerdict("withinTerms")).toBe("withinTerms");
  }, 60_000);

  it("when SharePoint never answers, stops waiting within the bound", async () => {
    stack.emu.faults.set([{ fault: { latencyMs: 20_000 } }]);
    try {
      const { kind, ms } = await open(SILENT, "Silent");
      expect(kind).toBe("couldNotCheck");
      expect(ms).toBeLessThan(BOUND_MS + 1_000);
      await expectText(h.verdict(), "SharePoint did not answer in time");
      await h.screenshot("bounded-no-answer");
    } finally {
      stack.emu.faults.clear();
    }
  }, 60_000);
});
