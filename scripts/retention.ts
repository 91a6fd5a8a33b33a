/**
 * npm run retention -- reports every case's retention state (section 6), and with --destroy
 * destroys the cases whose last day has passed today: their documents, their items' earlier
 * versions, their items in all six lists and their recycle-bin copies, leaving a destruction
 * record per case that holds no personal data. --as-of previews another date; with --destroy
 * it may only be today or earlier. --hold and --release keep a case whatever its dates.
 *
 *   npm run retention -- [--as-of 2033-01-01] [--destroy]                    (the local emulator)
 *   npm run retention -- --hold UCB-2026-7KQ2MX --reason "Claim issued"
 *   npm run retention -- --release UCB-2026-7KQ2MX --reason "Claim settled"
 *   npm run retention -- --purge-copies UCB-2026-7KQ2MX                       (a site owner)
 *   npm run retention -- … --site <site url> --tenant <id> --client-id <id>   (a tenant)
 *
 * Also exports the connection handling scripts/sar.ts shares.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type {
  CaseCopies,
  CaseDocuments,
  CaseStore,
  ListName,
  TokenProvider,
} from "../src/app/ports";
import {
  type DestructionRun,
  describeRetention,
  destroyDue,
  destructionRefusal,
  placeHold,
  releaseHold,
  type RetentionDeps,
  retentionReport,
  todayOf,
} from "../src/app/retention";
import { normaliseAddress } from "../src/domain/address";
import { parseCaseRef } from "../src/domain/caseRef";
import { parseLocalDate } from "../src/domain/localDate";
import type { Actor, CaseRef, LocalDate, Role } from "../src/domain/types";
import { formatLongDate } from "../src/domain/wording";
import { PORTSMOUTH_POLICY, type PolicyConfig } from "../src/domain/config";
import { SharePointCaseCopies } from "../src/graph/case-copies";
import { ListApi } from "../src/graph/list-api";
import { createSharePointClient } from "../src/graph/views/sharepoint-client";
import {
  createGraphCaseDocuments,
  createGraphCaseStore,
  createGraphClient,
  listTitles,
  parseSiteUrl,
} from "../src/graph";
import {
  DEFAULT_EMULATOR_URL,
  EMULATOR_SITE_URL,
  emulatorTokens,
  rerunTrustingLocalhost,
} from "./demo/emulator-session";
import { deviceCodeSignIn } from "./provision";

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
  /** Versions and recycle-bin copies, through the site's SharePoint REST. */
  readonly copies: CaseCopies;
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
  let sharePoint: { siteUrl: string; tokenProvider: TokenProvider };
  if (args.emulator) {
    await rerunTrustingLocalhost();
    graphUrl = args.emulator;
    const upn = args.as ?? EMULATOR_HELPDESK;
    tokens = emulatorTokens(graphUrl, upn);
    customHosts = [new URL(graphUrl).hostname];
    sharePoint = {
      siteUrl: `${graphUrl.replace(/\/+$/, "")}${site.path}`,
      tokenProvider: emulatorTokens(graphUrl, upn, `https://${site.hostname}`),
    };
  } else {
    const tenant = args.tenant;
    const clientId = args["client-id"];
    if (!tenant || !clientId) throw new Error("A tenant needs --tenant and --client-id.");
    graphUrl = args.graph ?? GRAPH;
    const signIn = deviceCodeSignIn(tenant, clientId);
    tokens = signIn.graph;
    sharePoint = { siteUrl, tokenProvider: signIn.sharePoint(site.hostname) };
  }
  const client = createGraphClient({ baseUrl: graphUrl, tokenProvider: tokens, customHosts });
  const actor = await actorFromToken(tokens, role);
  return {
    store: createGraphCaseStore({ client, site }),
    documents: createGraphCaseDocuments({ client, site }),
    copies: new SharePointCaseCopies({
      api: new ListApi(client, site),
      sp: createSharePointClient(sharePoint),
      titles: listTitles(),
      timeZone: PORTSMOUTH_POLICY.timeZone,
    }),
    actor,
    description: `${siteUrl} through ${graphUrl} as ${actor.name} <${actor.email}>`,
  };
}

// ---------------------------------------------------------------------------------------------

const LIST_ORDER: readonly (readonly [ListName, string])[] = [
  ["register", "register"],
  ["addresses", "addresses"],
  ["nameIndex", "name index"],
  ["contacts", "contacts"],
  ["caseFiles", "case files"],
  ["caseEvents", "case events"],
];

export type RetentionRunOptions = {
  readonly deps: RetentionDeps;
  /** The date to judge by; default today. With `destroy`, today or earlier only. */
  readonly asOf?: LocalDate;
  readonly destroy: boolean;
  readonly actor: Actor;
  readonly now?: () => Date;
  readonly log?: (line: string) => void;
};

export type RetentionRun =
  | { readonly ok: true; readonly run?: DestructionRun }
  | { readonly ok: false; readonly error: string };

/** The report of every case, and with `destroy` the destruction; `log` receives each line. */
export async function runRetention(options: RetentionRunOptions): Promise<RetentionRun> {
  const log = options.log ?? console.log;
  const now = options.now ?? (() => new Date());
  const today = todayOf(now(), options.deps.config);
  const asOf = options.asOf ?? today;
  if (options.destroy) {
    // Refused before anything is read or changed.
    const run = await destroyDue(options.deps, options.actor, now, asOf);
    if (!run.ok) return run;
    reportRun(run.value, log);
    return { ok: true, run: run.value };
  }
  const report = await retentionReport(options.deps, asOf, { countDocuments: true });
  const preview =
    asOf === today ? "" : ` (a preview: destruction acts on today, ${formatLongDate(today)})`;
  log(`Retention of every case on ${formatLongDate(asOf)}${preview}: ${report.cases.length} cases`);
  for (const c of report.cases) {
    const files =
      c.documents === undefined
        ? ""
        : `, ${c.documents === 1 ? "1 document" : `${c.documents} documents`}`;
    log(`  ${c.ref}  ${c.stage.padEnd(10)}  ${describeRetention(c.state)}${files}`);
  }
  const due = report.cases.filter((c) => c.state.kind === "due").length;
  log(
    `Due for destruction: ${due}. Dry run: nothing was deleted.${due > 0 && asOf === today ? " Run again with --destroy to destroy them." : ""}`,
  );
  return { ok: true };
}

function reportRun(run: DestructionRun, log: (line: string) => void): void {
  log(
    `Destruction on ${formatLongDate(run.today)}${run.asOf === run.today ? "" : ` of the cases due on ${formatLongDate(run.asOf)}`}: ${run.destroyed.length} cases`,
  );
  for (const d of run.destroyed) {
    const counts = LIST_ORDER.map(([list, label]) => `${label} ${d.deleted[list]}`).join(", ");
    log(`Destroyed ${d.ref}: ${counts}, documents ${d.documents}.`);
    if (d.copies) {
      log(
        `  ${d.copies.versionsDeleted} earlier versions deleted; ${d.copies.recycleBinPurged} recycle-bin copies purged.`,
      );
      for (const r of d.copies.remaining) {
        log(
          `  REMAINS: ${r.items} copies in the second-stage recycle bin until ${formatLongDate(r.goneBy)} at the latest. ${r.howToPurge}`,
        );
      }
    }
    if (!d.recorded) {
      // The case is gone; the record must not be lost with it.
      log(`WARNING: the destruction record for ${d.ref} could not be saved. Add it by hand:`);
      log(JSON.stringify(d.record));
    }
  }
  for (const s of run.spared) log(`Not destroyed ${s.ref}: ${describeRetention(s.state)}.`);
}

const USAGE = `Usage:
  npm run retention -- [--as-of <YYYY-MM-DD>] [--destroy] [connection]
  npm run retention -- --hold <ref> --reason <why> [connection]
  npm run retention -- --release <ref> --reason <why> [connection]
  npm run retention -- --purge-copies <ref> [connection]      (signed in as a site owner)
connection: [--emulator [url]] [--as <upn>] [--site <site url>]
         or --site <site url> --tenant <tenant id> --client-id <client id> [--graph <url>]
--destroy acts only on cases whose last day has passed today; --as-of may preview any date,
but with --destroy it may not be after today.`;

function refArg(value: string, flag: string): CaseRef {
  const ref = parseCaseRef(value);
  if (!ref.ok) throw new Error(`${flag} must be a case reference such as UCB-2026-7KQ2MX.`);
  return ref.value;
}

async function main(config: PolicyConfig = PORTSMOUTH_POLICY): Promise<void> {
  const { values } = parseArgs({
    options: {
      ...CONNECTION_OPTIONS,
      "as-of": { type: "string" },
      destroy: { type: "boolean" },
      hold: { type: "string" },
      release: { type: "string" },
      reason: { type: "string" },
      "purge-copies": { type: "string" },
    },
    args: withEmulatorDefault(process.argv.slice(2)),
  });
  if (values.help) return console.log(USAGE);
  const today = todayOf(new Date(), config);
  const asOf = values["as-of"]
    ? parseLocalDate(values["as-of"])
    : { ok: true as const, value: today };
  if (!asOf.ok) throw new Error(`--as-of must be a date such as 2033-01-01.\n${USAGE}`);
  if (values.destroy === true) {
    // Before signing in: a future date changes nothing, and says so.
    const refused = destructionRefusal(asOf.value, today);
    if (refused) throw new Error(refused);
  }
  const connection = await connect(values, "cityHelpdeskManager");
  const deps: RetentionDeps = {
    store: connection.store,
    documents: connection.documents,
    copies: connection.copies,
    config,
  };
  console.log(`Retention (section 6) on ${connection.description}`);
  const reason = values.reason ?? "";
  if (values.hold !== undefined || values.release !== undefined) {
    const placing = values.hold !== undefined;
    const ref = refArg(values.hold ?? values.release ?? "", placing ? "--hold" : "--release");
    const act = placing ? placeHold : releaseHold;
    const done = await act(deps, ref, reason, connection.actor, new Date());
    if (!done.ok) throw new Error(done.error);
    return console.log(`${ref}: ${done.value.summary}`);
  }
  if (values["purge-copies"] !== undefined) {
    const ref = refArg(values["purge-copies"], "--purge-copies");
    const purged = await connection.copies.afterDeletion({ ref, items: [], versionsDeleted: 0 });
    console.log(`${ref}: ${purged.recycleBinPurged} recycle-bin copies purged.`);
    for (const r of purged.remaining) console.log(`REMAINS: ${r.items} copies. ${r.howToPurge}`);
    if (purged.remaining.length > 0) process.exitCode = 1;
    return;
  }
  const run = await runRetention({
    deps,
    asOf: asOf.value,
    destroy: values.destroy === true,
    actor: connection.actor,
  });
  if (!run.ok) throw new Error(run.error);
  if (run.run?.destroyed.some((d) => !d.recorded)) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
