/**
 * npm run sar -- everything held about a person (subject access, UK GDPR Art. 15), found by
 * name, email address or case reference across their cases: a readable document and JSON for
 * release, a note for staff (not for release: the other people to decide on), and every letter
 * and copy of correspondence kept (UCB Case Documents) as its own file, written to a folder.
 * The request is opened on each case with its date and deadline, and the export recorded;
 * `--close` records that the response has gone.
 *
 *   npm run sar -- --name "Jo Bloggs" [--received 2026-11-20] [--out <dir>]    (the local emulator)
 *   npm run sar -- --address jo@example.org | --case <ref> [--case <ref>…]
 *   npm run sar -- --name "Jo Bloggs" --close
 *   npm run sar -- … --site <site url> --tenant <id> --client-id <id>
 */
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { CaseDocuments, CaseStore } from "../src/app/ports";
import { exportSubjectAccess, type SubjectAccessRequest } from "../src/app/subjectAccess";
import {
  closeSubjectAccess,
  findSubjectCases,
  type SubjectQuery,
} from "../src/app/subjectAccessRequests";
import { parseCaseRef } from "../src/domain/caseRef";
import { PORTSMOUTH_POLICY } from "../src/domain/config";
import { parseLocalDate } from "../src/domain/localDate";
import type { Actor, CaseRef } from "../src/domain/types";
import { localDateOf } from "../src/domain/zonedTime";
import { CONNECTION_OPTIONS, connect, withEmulatorDefault } from "./retention";

export type SarFiles = {
  readonly text: string;
  readonly json: string;
  /** The note for staff, kept apart from what is released. */
  readonly staffNotes: string;
  /** The case's documents, each as a file under `<base>-documents/<folder>/`. */
  readonly documents: readonly string[];
};

/**
 * Builds the export for the cases and writes `<out>/<base>-subject-access-<date>.txt` and
 * `.json` (for release) and `…-for-staff.txt` (not for release).
 */
export async function runSar(options: {
  readonly store: CaseStore;
  readonly documents: CaseDocuments;
  readonly refs: readonly CaseRef[];
  readonly request?: SubjectAccessRequest;
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
    options.refs,
    options.request,
  );
  if (!result.ok) throw new Error(result.error.message);
  const dir = resolve(options.out);
  await mkdir(dir, { recursive: true });
  const files = {
    text: join(dir, `${result.value.fileBaseName}.txt`),
    json: join(dir, `${result.value.fileBaseName}.json`),
    staffNotes: join(dir, `${result.value.fileBaseName}-for-staff.txt`),
  };
  await writeFile(files.text, result.value.text, "utf8");
  await writeFile(files.staffNotes, result.value.staffNotes, "utf8");
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
  npm run sar -- (--name "<name>" | --address <email> | --case <reference> [--case <reference>…])
                 [--received <YYYY-MM-DD>] [--out <dir>] [--close]
                 [--emulator [url]] [--as <upn>] [--site <site url>]
                 [--tenant <tenant id> --client-id <client id> [--graph <url>]]`;

/** The person asked about, from exactly one of --name, --address and --case. */
export function subjectQuery(values: {
  readonly name?: string | undefined;
  readonly address?: string | undefined;
  readonly case?: readonly string[] | undefined;
}): SubjectQuery {
  const given = [values.name, values.address, values.case].filter((v) => v !== undefined);
  if (given.length !== 1) throw new Error(`Give one of --name, --address or --case.\n${USAGE}`);
  if (values.name !== undefined) {
    if (!values.name.trim()) throw new Error("--name must not be empty.");
    return { by: "name", name: values.name.trim() };
  }
  if (values.address !== undefined) return { by: "address", address: values.address.trim() };
  const refs = (values.case ?? []).map((raw) => {
    const ref = parseCaseRef(raw);
    if (!ref.ok)
      throw new Error(`--case must be a case reference such as UCB-2026-7KQ2MX.\n${USAGE}`);
    return ref.value;
  });
  return { by: "case", refs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...CONNECTION_OPTIONS,
      case: { type: "string", multiple: true },
      name: { type: "string" },
      address: { type: "string" },
      received: { type: "string" },
      close: { type: "boolean" },
      out: { type: "string" },
    },
    args: withEmulatorDefault(process.argv.slice(2)),
  });
  if (values.help) return console.log(USAGE);
  const query = subjectQuery(values);
  const received = values.received === undefined ? undefined : parseLocalDate(values.received);
  if (received && !received.ok) throw new Error("--received must be a date written YYYY-MM-DD.");
  const connection = await connect(values, "cityHelpdeskManager");
  const found = await findSubjectCases(connection.store, query);
  const refs = found.included.map((r) => r.ref);
  console.log(`Subject access ${found.foundBy} on ${connection.description}`);
  for (const r of found.notIncluded)
    console.log(`  not included (name only partly matches): ${r.ref} ${r.customerName}`);
  if (refs.length === 0) throw new Error("No case is held about this person.");
  if (values.close) {
    const closed = await closeSubjectAccess(connection.store, refs, connection.actor, new Date());
    console.log(
      closed.length ? `Closed the request on ${closed.join(", ")}.` : "No request was open.",
    );
    return;
  }
  const files = await runSar({
    store: connection.store,
    documents: connection.documents,
    refs,
    request: {
      receivedOn: received?.ok
        ? received.value
        : localDateOf(new Date(), PORTSMOUTH_POLICY.timeZone),
      foundBy: found.foundBy,
      notIncluded: found.notIncluded,
    },
    out: values.out ?? ".",
    actor: connection.actor,
  });
  console.log(`Cases: ${refs.join(", ")}`);
  console.log(`For release:\n  ${[files.text, files.json, ...files.documents].join("\n  ")}`);
  console.log(`For staff only (not for release):\n  ${files.staffNotes}`);
  console.log("Decide on each item in the staff note before release.");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
