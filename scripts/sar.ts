/**
 * npm run sar -- everything held about one customer's case (subject access, UK GDPR Art. 15):
 * a readable document and JSON, and every letter and copy of correspondence kept with the case
 * (UCB Case Documents) as its own file, written to a folder; the export is recorded.
 *
 *   npm run sar -- --case UCB-2026-0001 [--out <dir>]                          (the local emulator)
 *   npm run sar -- --case <ref> [--out <dir>] --site <site url> --tenant <id> --client-id <id>
 */
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { CaseDocuments, CaseStore } from "../src/app/ports";
import { exportSubjectAccess } from "../src/app/subjectAccess";
import { parseCaseRef } from "../src/domain/caseRef";
import { PORTSMOUTH_POLICY } from "../src/domain/config";
import type { Actor, CaseRef } from "../src/domain/types";
import { CONNECTION_OPTIONS, connect, withEmulatorDefault } from "./retention";

export type SarFiles = {
  readonly text: string;
  readonly json: string;
  /** The case's documents, each as a file under `<base>-documents/<folder>/`. */
  readonly documents: readonly string[];
};

/** Builds the export for `ref` and writes `<out>/<ref>-subject-access-<date>.txt` and `.json`. */
export async function runSar(options: {
  readonly store: CaseStore;
  readonly documents: CaseDocuments;
  readonly ref: CaseRef;
  readonly out: string;
  readonly actor: Actor;
  readonly now?: () => Date;
}): Promise<SarFiles> {
  const result = await exportSubjectAccess(
    {
      store: options.store,
      documents: options.documents,
      clock: { now: options.now ?? (() => new Date()) },
      config: PORTSMOUTH_POLICY,
    },
    options.actor,
    options.ref,
  );
  if (!result.ok) throw new Error(result.error.message);
  const dir = resolve(options.out);
  await mkdir(dir, { recursive: true });
  const files = {
    text: join(dir, `${result.value.fileBaseName}.txt`),
    json: join(dir, `${result.value.fileBaseName}.json`),
  };
  await writeFile(files.text, result.value.text, "utf8");
  await writeFile(files.json, `${JSON.stringify(result.value.json, null, 2)}\n`, "utf8");
  const written: string[] = [];
  for (const document of result.value.documents) {
    const folder = join(dir, `${result.value.fileBaseName}-documents`, document.folder);
    await mkdir(folder, { recursive: true });
    const file = join(folder, basename(document.name));
    await writeFile(file, await options.documents.content(document));
    written.push(file);
  }
  return { ...files, documents: written };
}

const USAGE = `Usage:
  npm run sar -- --case <reference> [--out <dir>] [--emulator [url]] [--as <upn>] [--site <site url>]
  npm run sar -- --case <reference> [--out <dir>] --site <site url> --tenant <tenant id> --client-id <client id> [--graph <url>]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { ...CONNECTION_OPTIONS, case: { type: "string" }, out: { type: "string" } },
    args: withEmulatorDefault(process.argv.slice(2)),
  });
  if (values.help) return console.log(USAGE);
  const ref = parseCaseRef(values.case ?? "");
  if (!ref.ok)
    throw new Error(`--case must be a case reference such as UCB-2026-7KQ2MX.\n${USAGE}`);
  const connection = await connect(values, "cityHelpdeskManager");
  console.log(`Subject access for ${ref.value} on ${connection.description}`);
  const files = await runSar({
    store: connection.store,
    documents: connection.documents,
    ref: ref.value,
    out: values.out ?? ".",
    actor: connection.actor,
  });
  console.log(`Written:\n  ${[files.text, files.json, ...files.documents].join("\n  ")}`);
  console.log("Check them for information about other people before release.");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
