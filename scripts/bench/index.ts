/**
 * npm run bench [-- <name> ...]: runs the named benchmarks (all when none is named). Each bench
 * prints its figures and writes its own section of docs/performance.md. Add a bench by adding
 * an entry here.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";
import { rerunTrustingLocalhost } from "../demo/emulator-session";

type Bench = { readonly describe: string; readonly run: () => Promise<void> };

const BENCHES: Readonly<Record<string, Bench>> = {
  lookup: {
    describe: "sender lookup and case evaluation against 10,000 cases and 100,000 contacts",
    run: async () => (await import("./lookup")).runLookupBench(),
  },
  pane: {
    describe:
      "task pane size, time to verdict and Graph requests in headless Chromium, 10,000 cases",
    run: async () => (await import("./pane")).runPaneBench(),
  },
  send: {
    describe:
      "the send check's size, runtime start and time from Send to a decision in headless Chromium, 10,000 cases",
    run: async () => (await import("./send")).runSendBench(),
  },
  js: {
    describe: "the JavaScript loaded before the first verdict, NAA and emulator modes",
    run: async () => (await import("./first-verdict")).runJsBench(),
  },
  latency: {
    describe: "pane load and ItemChanged → verdict with 100 ms on every Graph round trip",
    run: async () => (await import("./first-verdict")).runLatencyBench(),
  },
  requests: {
    describe: "Graph requests per 1,000 opened messages, 80 % from senders not on the register",
    run: async () => (await import("./requests")).runRequestsBench(),
  },
};

const PERFORMANCE_DOC = fileURLToPath(new URL("../../docs/performance.md", import.meta.url));

const INTRO = `# Performance

Measured figures for the quality bars of DESIGN §6, each with the command that reproduces it.
Benchmarks write their own sections (between the \`bench:\` markers); run them again on the
same kind of machine before comparing.
`;

/**
 * Replaces (or appends) the section of docs/performance.md between
 * `<!-- bench:{name} -->` and `<!-- /bench:{name} -->`, leaving everything else as it is.
 */
export async function writePerformanceSection(name: string, markdown: string): Promise<void> {
  const [open, close] = [`<!-- bench:${name} -->`, `<!-- /bench:${name} -->`];
  const current = existsSync(PERFORMANCE_DOC) ? readFileSync(PERFORMANCE_DOC, "utf8") : INTRO;
  const section = `${open}\n${markdown.trim()}\n${close}`;
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + close.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  // Formatted as `npm run lint` expects (Prettier aligns the tables).
  const options = (await resolveConfig(PERFORMANCE_DOC)) ?? {};
  writeFileSync(PERFORMANCE_DOC, await format(next, { ...options, parser: "markdown" }));
}

async function main(): Promise<void> {
  // Bench names, less options and their values (`--dist <dir>`).
  const args = process.argv.slice(2);
  const names = args.filter((a, i) => !a.startsWith("-") && args[i - 1] !== "--dist");
  const unknown = names.filter((n) => !(n in BENCHES));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown bench ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}`,
    );
  }
  await rerunTrustingLocalhost();
  for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
    const bench = BENCHES[name];
    if (!bench) continue;
    console.log(`\n== ${name}: ${bench.describe}`);
    await bench.run();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  });
}
