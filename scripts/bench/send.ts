/**
 * The send bench: the event runtime's size (launchevent.js, from dist/bundle-stats.json), how
 * long Outlook's runtime takes to start, and the time from Send to the handler's decision (and
 * for recipients changing) in headless Chromium through the harness, which fires OnMessageSend
 * into the real handler, against the emulator holding 10,000 cases; with the Graph requests each
 * send costs (the emulator's log).
 */
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Page } from "playwright-core";
import type { Emulator } from "../../emulator/server";
import { launchChromium } from "../../harness/chromium";
import type { MessageData } from "../../harness/client/protocol";
import { builtPaneCopy } from "../../harness/pane-build";
import { startHarness } from "../../harness/server";
import { startInProcessEmulator } from "../emulator-in-process";
import { writePerformanceSection } from "./index";
import { customerAddress, loadCases, unknownAddress } from "./lookup-data";
import { type Stats, stats } from "./pane-driver";

const CASES = 10_000;
const CONTACTS_PER_CASE = 10;
const START_RUNS = 10;
const SEND_RUNS = 30;
// Alex Morgan is the deputy of every bench case: letters-only cases (n % 4 === 0) stop an email,
// a weekly allowance (n % 4 === 1) lets one go within the terms.
const USER = "alex.morgan@council.example";

const INBOX: MessageData[] = [
  {
    id: "AAMkAGJlbmNoc2VuZA",
    from: { name: "Someone", address: "someone@example.net" },
    to: [{ name: "Alex Morgan", address: USER }],
    cc: [],
    subject: "Bench",
    body: "Bench.",
    received: new Date().toISOString(),
    internetMessageId: "<bench-send@example.org>",
  },
];

type Outcome = { sent: boolean; decisionMs: number; alert: unknown };

const api = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(
    ({ name, values }) => {
      const harness = window.harness as unknown as Record<string, (...a: unknown[]) => unknown>;
      const method = harness[name];
      if (!method) throw new Error(`window.harness has no ${name}`);
      return method(...values);
    },
    { name: fn, values: args },
  ) as Promise<T>;

/** A fresh draft to `to`, the compose pane settled, so only the send's requests are counted. */
async function draftTo(page: Page, to: string): Promise<void> {
  await api(page, "compose", { to: [to], subject: "Bench" });
  await page.waitForTimeout(300);
}

async function timeSend(
  page: Page,
  emu: Emulator,
  to: string,
): Promise<{ ms: number; requests: number; prompted: boolean }> {
  await draftTo(page, to);
  emu.requests.clear();
  const outcome = await api<Outcome>(page, "send", { choice: "dontSend" });
  await page.waitForTimeout(50);
  const requests = emu.requests.filter((r) => r.batchEntryId === undefined).length;
  return { ms: outcome.decisionMs, requests, prompted: outcome.alert !== null };
}

async function timeRecipientsChanged(page: Page, to: string): Promise<number> {
  return page.evaluate(async (address) => {
    const t0 = performance.now();
    await window.harness?.setRecipients({ cc: [address] });
    return performance.now() - t0;
  }, to);
}

type Row = { label: string; stats: Stats; requests?: string };

function report(
  rows: readonly Row[],
  size: { raw: number; gzip: number },
  seconds: number,
): string {
  const fmt = (n: number) => Math.round(n).toString();
  const cpu = cpus();
  const lines = rows.map(
    (r) =>
      `| ${r.label} | ${r.stats.runs} | ${fmt(r.stats.median)} | ${fmt(r.stats.p95)} | ${r.requests ?? "–"} |`,
  );
  return `## The check at sending: size and time to a decision (headless Chromium)

Reproduce: \`npm run bench -- send\` (took ${Math.ceil(seconds)} s; it builds if dist/ is stale, and
rewrites this section).

Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model.trim() ?? "an unknown CPU"}
(${cpu.length} cores, shared with other work, so the p95 is noisy), Node ${process.version},
Debian's Chromium headless. The harness presses Send and fires OnMessageSend into the real handler
(\`launchevent.html\` with the built \`launchevent.js\`, the Office.js stand-in supplying
\`Office.actions\` and the event), signed in as frontline staff, against the emulator in the same
process with ${CASES.toLocaleString("en-GB")} restricted cases and ${(CASES * CONTACTS_PER_CASE).toLocaleString("en-GB")} logged contacts.

**launchevent.js:** ${(size.gzip / 1024).toFixed(1)} KiB gzip (${(size.raw / 1024).toFixed(1)} KiB raw), one file with no chunks (the
\`launchevent\` entry of \`dist/bundle-stats.json\`): the domain's rules, the pane's compose check,
the Graph store and client, and MSAL for NAA, which is most of it; no React, no Fluent UI.

| measure | runs | median ms | p95 ms | Graph requests each |
| --- | --- | --- | --- | --- |
${lines.join("\n")}

- *Runtime start*: the event runtime's page loaded afresh (Outlook starts it for each event:
  its lifetime is short) to its handlers being associated: office.js, config.js and
  launchevent.js, from the HTTP cache after the first run.
- *First send in a new runtime*: Send to \`event.completed\`, in a runtime that has not signed in
  or read anything yet (a token, then the check). *Later sends*: the same runtime again.
- *Recipients changed*: a restricted customer added to Cc, to the handler marking the draft.
- Graph requests are counted in the emulator's log from Send to 50 ms after the decision.

Outlook shows "taking longer than expected" after 5 seconds (learn.microsoft.com, Smart Alerts);
the handler gives itself 4 seconds (\`SEND_CHECK_DEADLINE_MS\`) and then lets the sender send with
a prompt that says the recipients could not be checked. Against SharePoint Online each Graph
round trip adds the network and SharePoint's own query time, and in Outlook the sign-in is NAA's
silent token (the broker's cache) instead of the emulator's.`;
}

export async function runSendBench(): Promise<void> {
  const started = performance.now();
  const pane = builtPaneCopy();
  const statsFile = JSON.parse(readFileSync(join(pane.dir, "bundle-stats.json"), "utf8")) as {
    entrypoints: { launchevent?: { initialJs: { raw: number; gzip: number } } };
  };
  const size = statsFile.entrypoints.launchevent?.initialJs;
  if (!size) throw new Error("dist/bundle-stats.json has no launchevent entry");
  console.log(`launchevent.js: ${(size.gzip / 1024).toFixed(1)} KiB gzip`);

  const graph = await startInProcessEmulator();
  const { emu } = graph;
  loadCases(emu, 0, CASES, CONTACTS_PER_CASE, new Date());
  console.log(`loaded ${CASES} cases; measuring…`);

  const harness = await startHarness({
    emulatorUrl: emu.url,
    port: 0,
    distDir: pane.dir,
    inbox: () => INBOX,
  });
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${harness.url}/?user=${encodeURIComponent(USER)}`);
    await page.waitForFunction(() => window.harness !== undefined);
    await api(page, "whenPaneReady");
    await api(page, "whenRuntimeReady");

    const letters = (i: number) => customerAddress(4 * (25 + ((i * 613) % 2400)));
    const weekly = (i: number) => customerAddress(4 * (25 + ((i * 613) % 2400)) + 1);
    const startMs: number[] = [];
    const firstSend: number[] = [];
    for (let i = 0; i < START_RUNS; i++) {
      startMs.push(await api<number>(page, "reloadRuntime"));
      firstSend.push((await timeSend(page, emu, unknownAddress(1_000 + i))).ms);
    }
    rows.push({ label: "runtime start (page to handlers associated)", stats: stats(startMs) });
    rows.push({ label: "first send in a new runtime, unknown recipient", stats: stats(firstSend) });

    const classes = [
      {
        label: "later sends: unknown recipient (sent, no prompt)",
        to: (i: number) => unknownAddress(i),
      },
      { label: "later sends: restricted, within the terms (sent, no prompt)", to: weekly },
      { label: "later sends: restricted, letters only (prompt)", to: letters },
    ];
    for (const c of classes) {
      const ms: number[] = [];
      const requests = new Set<number>();
      const prompted = new Set<boolean>();
      for (let i = 0; i < SEND_RUNS; i++) {
        const run = await timeSend(page, emu, c.to(i));
        ms.push(run.ms);
        requests.add(run.requests);
        prompted.add(run.prompted);
      }
      console.log(`${c.label}: prompted ${[...prompted].join("/")}`);
      rows.push({ label: c.label, stats: stats(ms), requests: [...requests].sort().join(" or ") });
    }

    const changed: number[] = [];
    for (let i = 0; i < SEND_RUNS; i++) {
      await draftTo(page, unknownAddress(5_000 + i));
      changed.push(await timeRecipientsChanged(page, letters(i + 100)));
    }
    rows.push({
      label: "recipients changed → draft marked (restricted added to Cc)",
      stats: stats(changed),
    });
    await context.close();

    for (const r of rows) {
      console.log(
        `${r.label}: median ${r.stats.median.toFixed(0)} ms, p95 ${r.stats.p95.toFixed(0)} ms${r.requests ? `, ${r.requests} request(s)` : ""}`,
      );
    }
    await writePerformanceSection("send", report(rows, size, (performance.now() - started) / 1000));
    console.log("docs/performance.md updated.");
  } finally {
    await browser.close();
    await harness.stop();
    await graph.stop();
    pane.remove();
  }
}
