/**
 * npm run retention -- reports the cases due for destruction (section 6: the restrictions plus
 * six years), with the documents each holds, and with --destroy deletes their documents (UCB
 * Case Documents) and their items from all six lists, leaving a destruction record per case
 * that holds no personal data. A dry run changes nothing; running again is safe.
 *
 *   npm run retention -- --as-of 2033-01-01 [--destroy]                      (the local emulator)
 *   npm run retention -- --as-of 2033-01-01 [--destroy] --emulator https://localhost:4443 [--as <upn>]
 *   npm run retention -- --as-of 2033-01-01 [--destroy] --site <site url> --tenant <id> --client-id <id>
 *
 * Also exports the connection handling scripts/sar.ts shares.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { CaseDocuments, CaseStore, ListName, TokenProvider } from "../src/app/ports";
import {
  destroyCases,
  destructionEvent,
  type DestroyedCase,
  type DestructionCandidate,
  retentionReport,
} from "../src/app/retention";
import { normaliseAddress } from "../src/domain/address";
import { parseLocalDate } from "../src/domain/localDate";
import type { Actor, LocalDate, Role } from "../src/domain/types";
import { formatLongDate } from "../src/domain/wording";
import { localDateOf } from "../src/domain/zonedTime";
import { PORTSMOUTH_POLICY } from "../src/domain/config";
import {
  createGraphCaseDocuments,
  createGraphCaseStore,
  createGraphClient,
  parseSiteUrl,
} from "../src/graph";
import {
  DEFAULT_EMULATOR_URL,
  EMULATOR_SITE_URL,
  emulatorTokens,
  rerunTrustingLocalhost,
} from "./demo/emulator-session";
import { deviceCodeTokens } from "./provision";

/** The emulator's city helpdesk manager, who keeps the files (section 6). */
export const EMULATOR_HELPDESK = "jordan.lee@council.example";
const GRAPH = "https://graph.microsoft.com";

/** The connection options every case script takes, as parseArgs reads them. */
export const CONNECTION_OPTIONS = {
  emulator: { type: "string" },
  site: { type: "string" },
  graph: { type: "string" },
  tenant: { type: "string" },
  "client-id": { type: "string" },
  as: { type: "string" },
  help: { type: "boolean" },
} as const;

export type ConnectionArgs = {
  readonly emulator?: string | undefined;
  readonly site?: string | undefined;
  readonly graph?: string | undefined;
  readonly tenant?: string | undefined;
  readonly "client-id"?: string | undefined;
  readonly as?: string | undefined;
};

export type Connection = {
  readonly store: CaseStore;
  /** UCB Case Documents on the same site. */
  readonly documents: CaseDocuments;
  /** Who runs the script, from the token: recorded on the events it writes. */
  readonly actor: Actor;
  readonly description: string;
};

/** `--emulator` may come without a value; no tenant arguments also means the emulator. */
export function withEmulatorDefault(argv: readonly string[]): string[] {
  const args = argv.flatMap((a, i, all) =>
    a === "--emulator" && (all[i + 1] === undefined || all[i + 1]?.startsWith("--"))
      ? [a, DEFAULT_EMULATOR_URL]
      : [a],
  );
  const tenant = args.includes("--tenant") || args.includes("--emulator");
  return tenant ? args : [...args, "--emulator", DEFAULT_EMULATOR_URL];
}

/** The signed-in person, read from the access token's claims (upn or preferred_username, name). */
export async function actorFromToken(tokens: TokenProvider, role: Role): Promise<Actor> {
  const token = await tokens.getAccessToken();
  const payload = token.split(".")[1] ?? "";
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<
    string,
    unknown
  >;
  const upn = claims["upn"] ?? claims["preferred_username"];
  const email = typeof upn === "string" ? normaliseAddress(upn) : undefined;
  if (!email?.ok) throw new Error("The access token does not name the signed-in user.");
  const name = typeof claims["name"] === "string" ? claims["name"] : email.value;
  return { name, email: email.value, role };
}

/**
 * A CaseStore over Graph for a script: the emulator (trusting its localhost certificate, signed
 * in as a demo user) or a tenant (device-code sign-in), as scripts/provision.ts connects.
 */
export async function connect(args: ConnectionArgs, role: Role): Promise<Connection> {
  const siteUrl = args.site ?? (args.emulator ? EMULATOR_SITE_URL : undefined);
  const site = siteUrl ? parseSiteUrl(siteUrl) : null;
  if (!site || !siteUrl) throw new Error(`--site must be a site URL such as ${EMULATOR_SITE_URL}`);
  let graphUrl: string;
  let tokens: TokenProvider;
  let customHosts: string[] = [];
  if (args.emulator) {
    await rerunTrustingLocalhost();
    graphUrl = args.emulator;
    tokens = emulatorTokens(graphUrl, args.as ?? EMULATOR_HELPDESK);
    customHosts = [new URL(graphUrl).hostname];
  } else {
    const tenant = args.tenant;
    const clientId = args["client-id"];
    if (!tenant || !clientId) throw new Error("A tenant needs --tenant and --client-id.");
    graphUrl = args.graph ?? GRAPH;
    tokens = deviceCodeTokens(tenant, clientId);
  }
  const client = createGraphClient({ baseUrl: graphUrl, tokenProvider: tokens, customHosts });
  const actor = await actorFromToken(tokens, role);
  return {
    store: createGraphCaseStore({ client, site }),
    documents: createGraphCaseDocuments({ client, site }),
    actor,
    description: `${siteUrl} through ${graphUrl} as ${actor.name} <${actor.email}>`,
  };
}

// ---------------------------------------------------------------------------------------------

export type RetentionRun = {
  readonly due: readonly DestructionCandidate[];
  readonly stillOpen: readonly DestructionCandidate[];
  readonly destroyed: readonly DestroyedCase[];
};

const LIST_ORDER: readonly (readonly [ListName, string])[] = [
  ["register", "register"],
  ["addresses", "addresses"],
  ["nameIndex", "name index"],
  ["contacts", "contacts"],
  ["caseFiles", "case files"],
  ["caseEvents", "case events"],
];

function line(c: DestructionCandidate): string {
  const files =
    c.documents === undefined
      ? ""
      : `  ${c.documents === 1 ? "1 document" : `${c.documents} documents`}`;
  return `  ${c.ref}  ${c.stage.padEnd(10)}  kept until ${formatLongDate(c.retainUntil)}${files}`;
}

/** The report, and with `destroy` the destruction; `log` receives each line. */
export async function runRetention(options: {
  readonly store: CaseStore;
  readonly documents: CaseDocuments;
  readonly asOf: LocalDate;
  readonly destroy: boolean;
  readonly actor: Actor;
  readonly now?: () => Date;
  readonly log?: (line: string) => void;
}): Promise<RetentionRun> {
  const log = options.log ?? console.log;
  const { due, stillOpen } = await retentionReport(options.store, options.asOf, options.documents);
  log(
    `Cases due for destruction on ${formatLongDate(options.asOf)} (their last day of retention has passed): ${due.length}`,
  );
  for (const c of due) log(line(c));
  if (stillOpen.length > 0) {
    log(
      `Not destroyed, because the case is not ended or closed (check its dates): ${stillOpen.length}`,
    );
    for (const c of stillOpen) log(line(c));
  }
  if (!options.destroy) {
    if (due.length > 0)
      log("Dry run: nothing was deleted. Run again with --destroy to delete them.");
    return { due, stillOpen, destroyed: [] };
  }
  const now = options.now ?? (() => new Date());
  const destroyed = await destroyCases(options.store, due, options.actor, now, options.documents);
  for (const d of destroyed) {
    const counts = LIST_ORDER.map(([list, label]) => `${label} ${d.deleted[list]}`).join(", ");
    log(`Destroyed ${d.ref}: ${counts}, documents ${d.documents}.`);
    if (!d.recorded) {
      // The case is gone; the record must not be lost with it.
      log(`WARNING: the destruction record for ${d.ref} could not be saved. Add it by hand:`);
      log(JSON.stringify(destructionEvent(d, options.actor, now())));
    }
  }
  return { due, stillOpen, destroyed };
}

const USAGE = `Usage:
  npm run retention -- --as-of <YYYY-MM-DD> [--destroy] [--emulator [url]] [--as <upn>] [--site <site url>]
  npm run retention -- --as-of <YYYY-MM-DD> [--destroy] --site <site url> --tenant <tenant id> --client-id <client id> [--graph <url>]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { ...CONNECTION_OPTIONS, "as-of": { type: "string" }, destroy: { type: "boolean" } },
    args: withEmulatorDefault(process.argv.slice(2)),
  });
  if (values.help) return console.log(USAGE);
  const asOf = values["as-of"]
    ? parseLocalDate(values["as-of"])
    : { ok: true as const, value: localDateOf(new Date(), PORTSMOUTH_POLICY.timeZone) };
  if (!asOf.ok) throw new Error(`--as-of must be a date such as 2033-01-01.\n${USAGE}`);
  const connection = await connect(values, "cityHelpdeskManager");
  console.log(`Retention (section 6) on ${connection.description}`);
  const run = await runRetention({
    store: connection.store,
    documents: connection.documents,
    asOf: asOf.value,
    destroy: values.destroy === true,
    actor: connection.actor,
  });
  if (run.destroyed.some((d) => !d.recorded)) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
