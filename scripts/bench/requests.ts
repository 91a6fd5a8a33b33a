/**
 * Graph requests per 1,000 opened messages (issue 16), 80 % of them from senders who are not on
 * the register, at 100 and at 10,000 cases: the pane's real message check (src/app/pane) over
 * the real Graph store against the in-process emulator, with and without the address index,
 * counted in the emulator's log ($batch entries are not separate round trips). Messages arrive
 * one every PACE_SECONDS of simulated time, which is what the index's staleness bound is read
 * against; every message is new (its own Internet message id), as in an inbox.
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { REGISTER_STALENESS_MS } from "../../src/app/deadline";
import type { AppDeps } from "../../src/app/deps";
import { createMessageChecker } from "../../src/app/pane/messageCheck";
import type { Mailbox, MailItem, SignedInUser } from "../../src/app/ports";
import { PORTSMOUTH_POLICY } from "../../src/domain/config";
import type { EmailAddress } from "../../src/domain/types";
import { startInProcessEmulator } from "../emulator-in-process";
import { writePerformanceSection } from "./index";
import { customerAddress, loadCases, unknownAddress } from "./lookup-data";

const SIZES = [100, 10_000] as const;
const MESSAGES = 1_000;
const UNKNOWN_SHARE = 0.8;
const PACE_SECONDS = 30;
const USER = "alex.morgan@council.example";
const FRONTLINE: SignedInUser = {
  name: "Alex Morgan",
  email: USER as EmailAddress,
  roles: ["frontline"],
};

/** A small deterministic generator, so each run opens the same messages. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const NO_MAILBOX: Mailbox = {
  currentItem: () => Promise.resolve(null),
  onItemChanged: () => Promise.resolve(() => undefined),
  onRecipientsChanged: () => Promise.resolve(() => undefined),
  isCurrentItem: () => false,
  showNotification: () => Promise.resolve(),
  clearNotification: () => Promise.resolve(),
  openReply: () => Promise.resolve(),
  openNewMessage: () => Promise.resolve(),
  openForward: () => Promise.resolve(),
  currentMessageFile: () => Promise.reject(new Error("The bench opens no message file.")),
  theme: () => "light",
};

/** The message check keeps no documents and prints no letters. */
const NOT_USED = () => Promise.reject(new Error("Not used by the message check."));

type Counts = {
  total: number;
  lookups: number;
  enumeration: number;
  refreshes: number;
  batches: number;
  other: number;
  verdicts: Map<string, number>;
};

type Row = { cases: number; indexed: boolean; counts: Counts };

/** `loading`: the index was still loading (its enumeration's pages carry tokens too). */
function classify(path: string, loading: boolean, counts: Counts): void {
  counts.total += 1;
  if (path.includes("/items/delta")) {
    if (loading) counts.enumeration += 1;
    else counts.refreshes += 1;
  } else if (path.startsWith("/v1.0/$batch")) counts.batches += 1;
  // Frontline staff look senders up on their copy (need to know); managers on UCB Addresses.
  else if (/UCB (Restricted )?Addresses\/items\?/.test(decodeURIComponent(path)))
    counts.lookups += 1;
  else counts.other += 1;
}

async function measure(cases: number, indexed: boolean): Promise<Counts> {
  const graph = await startInProcessEmulator();
  try {
    loadCases(graph.emu, 0, cases, 10, new Date());
    let simulated = Date.now();
    const indexedStore = indexed
      ? graph.indexedStoreFor(USER, { maxAgeMs: REGISTER_STALENESS_MS, now: () => simulated })
      : undefined;
    const store = indexedStore ?? graph.storeFor(USER);
    const deps: AppDeps = {
      store,
      mailbox: NO_MAILBOX,
      documents: { store: NOT_USED, list: NOT_USED, content: NOT_USED, deleteAll: NOT_USED },
      printer: { print: NOT_USED },
      session: { currentUser: () => Promise.resolve(FRONTLINE) },
      clock: { now: () => new Date(simulated) },
      ids: { newId: () => crypto.randomUUID() },
      config: PORTSMOUTH_POLICY,
    };
    const checker = createMessageChecker(deps);
    const next = random(cases);
    graph.emu.requests.clear();
    const counts: Counts = {
      total: 0,
      lookups: 0,
      enumeration: 0,
      refreshes: 0,
      batches: 0,
      other: 0,
      verdicts: new Map(),
    };
    let counted = 0;
    for (let i = 0; i < MESSAGES; i++) {
      const loading = indexedStore?.addressIndex?.loaded === false;
      const from =
        next() < UNKNOWN_SHARE
          ? unknownAddress(Math.floor(next() * 1_000_000))
          : customerAddress(Math.floor(next() * cases));
      const item: MailItem = {
        mode: "read",
        itemId: `bench-${i}`,
        internetMessageId: `<bench-${cases}-${i}@example.org>`,
        subject: "Bench",
        from,
        to: [USER as EmailAddress],
        cc: [],
        receivedAt: new Date(simulated),
      };
      const check = await checker.check(item, FRONTLINE);
      counts.verdicts.set(check.verdict.kind, (counts.verdicts.get(check.verdict.kind) ?? 0) + 1);
      // Background loads and refreshes are counted too; they finish before the next message.
      await indexedStore?.addressIndex?.settled();
      simulated += PACE_SECONDS * 1000;
      for (const r of graph.emu.requests.slice(counted)) {
        if (r.batchEntryId === undefined) classify(r.path, loading, counts);
      }
      counted = graph.emu.requests.length;
    }
    return counts;
  } finally {
    await graph.stop();
  }
}

export async function runRequestsBench(): Promise<void> {
  const begun = performance.now();
  const rows: Row[] = [];
  for (const cases of SIZES) {
    for (const indexed of [false, true]) {
      const counts = await measure(cases, indexed);
      rows.push({ cases, indexed, counts });
      console.log(
        `${cases} cases, ${indexed ? "with" : "without"} the index: ${counts.total} requests`,
        { ...counts, verdicts: Object.fromEntries(counts.verdicts) },
      );
    }
  }
  await writePerformanceSection("requests", report(rows, (performance.now() - begun) / 1000));
  console.log("docs/performance.md updated.");
}

function report(rows: readonly Row[], seconds: number): string {
  const cpu = cpus();
  const table = rows.map(
    ({ cases, indexed, counts: c }) =>
      `| ${cases.toLocaleString("en-GB")} | ${indexed ? "in memory, by delta" : "none (as before)"} | **${c.total}** | ${c.lookups} | ${c.enumeration} | ${c.refreshes} | ${c.batches} | ${c.other} |`,
  );
  const checked = rows[0]?.counts.verdicts;
  const kinds = checked ? [...checked].map(([kind, n]) => `${n} ${kind}`).join(", ") : "";
  return `## Graph requests per 1,000 opened messages

Reproduce: \`npm run bench -- requests\` (took ${Math.ceil(seconds)} s; rewrites this section).

Measured ${new Date().toISOString().slice(0, 10)} on ${cpu[0]?.model.trim() ?? "an unknown CPU"}
(${cpu.length} cores), Node ${process.version}. The pane's own message check (src/app/pane) over
the Graph store against the in-process emulator, signed in as frontline staff: ${MESSAGES.toLocaleString("en-GB")}
messages, each new, ${UNKNOWN_SHARE * 100} % from senders who are not on the register and the rest
from restricted customers picked at random (a fixed seed; ${kinds} at 100 cases), one every
${PACE_SECONDS} seconds of simulated time (a busy inbox: about a working day). Requests counted in
the emulator's log, a \`$batch\` as one.

| cases | address index | requests | sender lookups | index enumeration | index refreshes (delta) | \`$batch\` (a restricted sender's case) | other |
| --- | --- | --- | --- | --- | --- | --- | --- |
${table.join("\n")}

- Without the index (the previous release), every message costs a lookup on UCB Addresses and a
  restricted sender's a \`$batch\` besides: 1,200 per 1,000 messages whatever the register's size.
- With it, a sender who is not on the register costs nothing once the index has loaded; the first
  message is looked up as before while the index loads (one delta request per 5,000 addresses),
  and the index reads the register's changes (one delta request, usually empty) when a message
  arrives and it is three quarters of its ${REGISTER_STALENESS_MS / 1000}-second staleness bound old.
  So the refreshes depend on the pace (at most one per ${(REGISTER_STALENESS_MS * 0.75) / 1000} s of
  activity, none while nobody opens messages), not on the register's size.`;
}
