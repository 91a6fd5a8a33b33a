/**
 * Driving the real pane in the harness for the benches: messages, the pane's verdicts as the
 * probe saw them (pane-probe.ts), loading the pane and selecting a message, timed on the
 * browser's clock, with the Graph round trips each cost (the emulator's log).
 */
import type { Page } from "playwright-core";
import type { Emulator } from "../../emulator/server";
import type { MessageData } from "../../harness/client/protocol";
import { PRIYA } from "../demo/people";
import type { VerdictSeen } from "./pane-probe";

export type Stats = { median: number; p95: number; runs: number };

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { median: at(50), p95: at(95), runs: sorted.length };
}

export const message = (n: number, from: string, id: string): MessageData => ({
  id: `AAMkAGJlbmNo${id}`,
  from: { name: `Customer ${n}`, address: from },
  to: [{ name: PRIYA.name, address: PRIYA.email }],
  cc: [],
  subject: `Bench message ${id}`,
  body: "Bench.",
  received: new Date().toISOString(),
  internetMessageId: `<bench-${id}@example.org>`,
});

/** The verdicts the probe noted in the pane frame (none while the frame is navigating). */
export async function verdicts(page: Page): Promise<VerdictSeen[]> {
  const frame = page.frame({ name: "taskpane" });
  if (!frame) return [];
  return frame
    .evaluate(() => (window as unknown as { __verdicts?: VerdictSeen[] }).__verdicts ?? [])
    .catch(() => []);
}

/** The pane document's time origin, or 0 while there is none (or it is navigating). */
export async function paneOrigin(page: Page): Promise<number> {
  const frame = page.frame({ name: "taskpane" });
  if (!frame?.url().includes("/taskpane.html")) return 0;
  return frame.evaluate(() => performance.timeOrigin).catch(() => 0);
}

/** Waits for a verdict that appeared after `since` (shared clock); returns it. */
export async function verdictAfter(
  page: Page,
  since: number,
  timeoutMs = 30_000,
): Promise<VerdictSeen> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await verdicts(page)).find((v) => v.at >= since);
    if (found) return found;
    if (Date.now() > deadline) throw new Error("No verdict in time");
    await page.waitForTimeout(10);
  }
}

export const clock = (page: Page) =>
  page.evaluate(() => performance.timeOrigin + performance.now());

/** Opens (or reloads) the pane; returns the time from its frame's navigation to its verdict. */
export async function loadPane(page: Page, url: string, reload: boolean): Promise<number> {
  const before = reload ? await paneOrigin(page) : 0;
  if (reload) {
    await page.evaluate(() => void window.harness?.reloadPane());
  } else {
    await page.goto(url);
  }
  let origin = 0;
  for (let i = 0; origin <= before; i++) {
    if (i > 6000) throw new Error("The pane did not load");
    await page.waitForTimeout(5);
    origin = await paneOrigin(page);
  }
  const seen = await verdictAfter(page, origin);
  return seen.at - origin;
}

/** Opens a new message (or selects one already in the list) and times its verdict. */
export async function openAndTime(
  page: Page,
  emu: Emulator,
  m: MessageData,
  alreadyListed = false,
): Promise<{ ms: number; kind: string; requests: number }> {
  await page.waitForTimeout(50); // let the previous message's trailing work finish
  emu.requests.clear();
  const t0 = await clock(page);
  await page.evaluate(
    ({ msg, select }) => {
      if (select) window.harness?.selectMessage(msg.id);
      else window.harness?.openMessage({ ...msg });
    },
    { msg: m, select: alreadyListed },
  );
  const seen = await verdictAfter(page, t0);
  await page.waitForTimeout(150); // requests made just after the verdict count too
  const requests = emu.requests.filter((r) => r.batchEntryId === undefined).length;
  return { ms: seen.at - t0, kind: seen.kind, requests };
}
