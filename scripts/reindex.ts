/**
 * npm run reindex -- once, after upgrading from a release without the name index: indexes every
 * case on the register again, so the pane's "Find a customer" finds them by any word of the name
 * and the service managers' step-one cases reach "My work". Idempotent; safe to run again.
 *
 *   npm run reindex                                                           (the local emulator)
 *   npm run reindex -- --emulator https://localhost:4443 [--as <upn>]
 *   npm run reindex -- --site <site url> --tenant <id> --client-id <id>
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { reindexCases } from "../src/app/reindex";
import { CONNECTION_OPTIONS, connect, withEmulatorDefault } from "./retention";

const USAGE = `Usage: npm run reindex -- [--emulator [url] [--as <upn>] | --site <url> --tenant <id> --client-id <id>]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: CONNECTION_OPTIONS,
    args: withEmulatorDefault(process.argv.slice(2)),
  });
  if (values.help) return console.log(USAGE);
  const connection = await connect(values, "cityHelpdeskManager");
  console.log(`Indexing every case on ${connection.description}`);
  const report = await reindexCases(connection.store);
  console.log(`Indexed ${report.indexed} case(s).`);
  if (report.failed.length > 0) {
    console.error(`Not indexed (run again): ${report.failed.join(", ")}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
