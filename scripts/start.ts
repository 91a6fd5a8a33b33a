/**
 * `npm start`: the product on one machine. Builds the pane, starts the Graph emulator (SQLite in
 * .data/emulator.sqlite), provisions the lists and loads the demo cases on first start, and
 * serves the Outlook harness and the pane on https://localhost:3000 (the manifest's origin).
 * Ctrl+C stops everything. Flags: --port 3000, --emulator-port 4443, --data <file|:memory:>,
 * --no-build (serve dist/ as it is), --as-built (serve the pane unchanged, for `npm run sideload`).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startEmulator, type Emulator } from "../emulator/server";
import { ensureTlsMaterial } from "../emulator/tls";
import { DEMO_USERS } from "../harness/demo-messages";
import { startHarness, type Harness } from "../harness/server";
import { rerunTrustingLocalhost } from "./demo/emulator-session";
import { prepareEmulatorSite } from "./demo/seed";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3000" },
    "emulator-port": { type: "string", default: "4443" },
    data: { type: "string", default: join(projectRoot, ".data", "emulator.sqlite") },
    "no-build": { type: "boolean", default: false },
    "as-built": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

const say = (line = ""): boolean => process.stdout.write(`${line}\n`);

function portOf(name: string, raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--${name} must be a port number, not '${raw}'`);
  }
  return port;
}

function build(): void {
  say("Building the task pane (webpack, production)…");
  const result = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: projectRoot,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("The build failed; see the messages above.");
}

function explainListenError(e: unknown, what: string, port: number): Error {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "EADDRINUSE"
    ? new Error(
        `Port ${port} is in use, so the ${what} cannot start. Stop whatever uses it (another npm start?) or pass a different port.`,
      )
    : e instanceof Error
      ? e
      : new Error(String(e));
}

async function main(): Promise<void> {
  if (values.help) {
    say(
      "Usage: npm start -- [--port 3000] [--emulator-port 4443] [--data .data/emulator.sqlite | :memory:] [--no-build] [--as-built]",
    );
    return;
  }
  const port = portOf("port", values.port);
  const emulatorPort = portOf("emulator-port", values["emulator-port"]);
  // The seeding below calls the emulator over HTTPS from Node, which must trust its certificate.
  await rerunTrustingLocalhost();
  if (!values["no-build"]) build();

  if (values.data !== ":memory:") mkdirSync(dirname(resolve(values.data)), { recursive: true });
  let emu: Emulator;
  try {
    emu = await startEmulator({ port: emulatorPort, dataFile: values.data });
  } catch (e) {
    throw explainListenError(e, "Graph emulator", emulatorPort);
  }
  let harness: Harness | undefined;
  const stop = async (): Promise<void> => {
    await harness?.stop();
    await emu.stop();
  };
  const shutdown = (): void => {
    say("\nStopping…");
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  try {
    await prepareEmulatorSite({
      emulatorUrl: emu.url,
      tokensFor: (upn) => ({ getAccessToken: () => Promise.resolve(emu.tokenFor(upn)) }),
      log: (line) => say(line),
    });
    try {
      harness = await startHarness({
        emulatorUrl: emu.url,
        port,
        paneAsBuilt: values["as-built"],
      });
    } catch (e) {
      throw explainListenError(e, "harness", port);
    }
  } catch (e) {
    await emu.stop();
    throw e;
  }

  const tls = await ensureTlsMaterial();
  say();
  say(`Outlook harness: ${harness.url}/`);
  say(`Graph emulator:  ${emu.url} (data in ${values.data})`);
  say(`Certificate:     ${tls.caPath} (${tls.source})`);
  if (tls.source === "generated") {
    say("  Your browser will warn about it once: accept it for localhost, or run");
    say("  `npx office-addin-dev-certs install` once so the system trusts localhost.");
  }
  say();
  say("Demo users (switch in the harness, or add ?user=<upn> to its URL):");
  for (const user of DEMO_USERS) say(`  ${user.upn.padEnd(32)} ${user.displayName}, ${user.role}`);
  say();
  if (values["as-built"]) {
    say("The pane is served as built (office.js from Microsoft's CDN) for `npm run sideload`.");
  }
  say("Press Ctrl+C to stop.");
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
