/**
 * `npm run emulator`: the Graph emulator on its own, for `npm start`, the harness and manual
 * exploration. Flags: --port (default 4443), --data (default .data/emulator.sqlite, or :memory:).
 */
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startEmulator } from "./server";
import { ensureTlsMaterial } from "./tls";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4443" },
    data: { type: "string", default: join(projectRoot, ".data", "emulator.sqlite") },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  process.stdout.write(
    "Usage: npm run emulator -- [--port 4443] [--data .data/emulator.sqlite | :memory:]\n",
  );
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not '${values.port}'`);
  process.exit(2);
}

const emu = await startEmulator({ port, dataFile: values.data });
const tls = await ensureTlsMaterial();
const say = (line = ""): boolean => process.stdout.write(`${line}\n`);
say(`Graph emulator listening on ${emu.url}`);
say(`  Graph base URL : ${emu.graphUrl}`);
say(
  `  SharePoint site: ${emu.siteUrl}  (GET ${emu.graphUrl}/sites/council.sharepoint.com:/sites/ucb)`,
);
say(`  Site id        : ${emu.siteId}`);
say(
  `  SharePoint REST: ${emu.sharePointSiteUrl}/_api  (token with "resource": "${emu.sharePointResource}")`,
);
say(`  Data           : ${values.data}`);
say(
  `  Certificate    : ${tls.caPath} (${tls.source}); Node clients need NODE_EXTRA_CA_CERTS=${tls.caPath}`,
);
say();
say("Get a token for a demo user (GET /_emulator/users lists them):");
say(`  curl -s --cacert ${tls.caPath} -X POST ${emu.url}/_emulator/token \\`);
say(`    -H 'Content-Type: application/json' -d '{"upn":"alex.morgan@council.example"}'`);
say("Then call Graph with 'Authorization: Bearer <access_token>'. Ctrl+C stops the emulator.");

const shutdown = (): void => {
  emu.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
