/**
 * npm run provision -- creates the five UCB lists, their columns and indexes through Microsoft
 * Graph, idempotently, then prints what Graph cannot do with the steps an administrator takes.
 *
 *   Against the local emulator (signs in as its site admin, it.admin@council.example):
 *     npm run provision -- --emulator [https://localhost:4443] [--site https://council.sharepoint.com/sites/ucb]
 *   Against a tenant (device code sign-in; needs Sites.Manage.All, or Sites.Selected with manage):
 *     npm run provision -- --site https://contoso.sharepoint.com/sites/ucb --tenant <tenant id> --client-id <app id>
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { PublicClientApplication } from "@azure/msal-node";
import type { ListName, TokenProvider } from "../src/app/ports";
import {
  adminSteps,
  createGraphClient,
  parseSiteUrl,
  provisionCaseDocuments,
  provisionLists,
  type SiteAddress,
} from "../src/graph";
import {
  DEFAULT_EMULATOR_URL,
  EMULATOR_SITE_URL,
  emulatorTokens,
  rerunTrustingLocalhost,
} from "./demo/emulator-session";

export const EMULATOR_ADMIN = "it.admin@council.example";
const GRAPH = "https://graph.microsoft.com";
const SCOPES = ["https://graph.microsoft.com/Sites.Manage.All"];

const USAGE = `Usage:
  npm run provision -- --emulator [url] [--site <site url>]
  npm run provision -- --site <site url> --tenant <tenant id> --client-id <client id> [--graph <url>]`;

/** Provisions the lists and reports; returns true when anything changed. For scripts and npm start. */
export async function provision(options: {
  readonly graphUrl: string;
  readonly site: SiteAddress;
  readonly tokenProvider: TokenProvider;
  readonly customHosts?: readonly string[];
  /** Display names of lists the configuration renames (config `lists`). */
  readonly listTitles?: Readonly<Partial<Record<ListName, string>>>;
  readonly log?: (line: string) => void;
}): Promise<boolean> {
  const client = createGraphClient({
    baseUrl: options.graphUrl,
    tokenProvider: options.tokenProvider,
    customHosts: options.customHosts ?? [],
  });
  const log = options.log ?? console.log;
  const lists = await provisionLists(client, options.site, {
    ...(options.listTitles ? { listTitles: options.listTitles } : {}),
    log: (line) => log(`  ${line}`),
  });
  const library = await provisionCaseDocuments(client, options.site, {
    log: (line) => log(`  ${line}`),
  });
  const report = {
    changes: [...lists.changes, ...library.changes],
    warnings: [...lists.warnings, ...library.warnings],
  };
  if (report.changes.length === 0)
    log(
      "Nothing to change: the five lists, their columns and the case documents library already match the schema.",
    );
  else log(`Done: ${report.changes.length} change(s).`);
  for (const warning of report.warnings) log(`WARNING: ${warning}`);
  return report.changes.length > 0;
}

export function deviceCodeTokens(tenant: string, clientId: string): TokenProvider {
  const app = new PublicClientApplication({
    auth: { clientId, authority: `https://login.microsoftonline.com/${tenant}` },
  });
  return {
    async getAccessToken() {
      const [account] = await app.getTokenCache().getAllAccounts();
      if (account) {
        const silent = await app.acquireTokenSilent({ account, scopes: SCOPES }).catch(() => null);
        if (silent) return silent.accessToken;
      }
      const result = await app.acquireTokenByDeviceCode({
        scopes: SCOPES,
        deviceCodeCallback: (response) => console.log(response.message),
      });
      if (!result) throw new Error("Sign-in did not return a token");
      return result.accessToken;
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      emulator: { type: "string" },
      site: { type: "string" },
      graph: { type: "string" },
      tenant: { type: "string" },
      "client-id": { type: "string" },
      help: { type: "boolean" },
    },
    // --emulator may come without a value.
    args: process.argv
      .slice(2)
      .flatMap((a, i, all) =>
        a === "--emulator" && (all[i + 1] === undefined || all[i + 1]?.startsWith("--"))
          ? [a, DEFAULT_EMULATOR_URL]
          : [a],
      ),
  });
  if (values.help) return console.log(USAGE);
  const emulator = values.emulator;
  const siteUrl = values.site ?? (emulator ? EMULATOR_SITE_URL : undefined);
  const site = siteUrl ? parseSiteUrl(siteUrl) : null;
  if (!site || !siteUrl)
    throw new Error(`--site must be a site URL such as ${EMULATOR_SITE_URL}\n${USAGE}`);

  if (emulator) {
    await rerunTrustingLocalhost();
    console.log(`Provisioning ${siteUrl} on the emulator at ${emulator} as ${EMULATOR_ADMIN}:`);
    await provision({
      graphUrl: emulator,
      site,
      tokenProvider: emulatorTokens(emulator, EMULATOR_ADMIN),
      customHosts: [new URL(emulator).hostname],
    });
  } else {
    const tenant = values.tenant;
    const clientId = values["client-id"];
    if (!tenant || !clientId) throw new Error(`A tenant needs --tenant and --client-id.\n${USAGE}`);
    console.log(`Provisioning ${siteUrl} through ${values.graph ?? GRAPH}:`);
    await provision({
      graphUrl: values.graph ?? GRAPH,
      site,
      tokenProvider: deviceCodeTokens(tenant, clientId),
    });
  }
  console.log();
  console.log(adminSteps(siteUrl));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
