/**
 * npm run doctor -- the preflight an administrator runs before telling staff: each check with
 * PASS, FAIL (and the fix) or CHECK (to do by hand), then a summary; exit status 1 on a failure.
 * It changes nothing.
 *
 *   Against the local emulator (the site admin, and alex.morgan as the frontline test user):
 *     npm run doctor -- --emulator [https://localhost:4443] [--dist dist]
 *   Against a tenant (two device code sign-ins: a site owner, then the test frontline account):
 *     npm run doctor -- --tenant <tenant id> --client-id <provisioning client id> \
 *       --frontline <test frontline account> [--site <site url>] [--origin <origin>] [--dist dist]
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { Client } from "@microsoft/microsoft-graph-client";
import type { SPFI } from "@pnp/sp";
import { PublicClientApplication } from "@azure/msal-node";
import type { TokenProvider } from "../src/app/ports";
import { createGraphClient, listTitles, parseSiteUrl, type SiteAddress } from "../src/graph";
import { isRecord } from "../src/graph/shape";
import { createSharePointClient } from "../src/graph/views/sharepoint-client";
import {
  checkConfiguration,
  checkFrontlineRefused,
  checkLists,
  checkSiteSettings,
  checkTokens,
  checkViews,
  type Finding,
  missingLists,
  report,
} from "./doctor/checks";
import { DEFAULT_EMULATOR_URL, rerunTrustingLocalhost } from "./demo/emulator-session";
import { releaseVersion } from "./make-manifest";
import { EMULATOR_ADMIN } from "./provision";

export const EMULATOR_FRONTLINE = "alex.morgan@council.example";

/** Someone signed in: their Graph and SharePoint clients, token and ID token roles. */
export type SignedIn = {
  readonly upn: string;
  readonly graph: Client;
  readonly accessToken: () => Promise<string>;
  readonly roles?: readonly string[];
};

export type DoctorOptions = {
  readonly target: "tenant" | "emulator";
  /** The built files: config.js and manifest.xml. */
  readonly dist: string;
  /** Where package.json is (the release). */
  readonly root: string;
  readonly expect: { readonly site?: string; readonly tenant?: string; readonly origin?: string };
  readonly admin: SignedIn;
  /** SharePoint REST for the site, as the administrator. */
  readonly sharePoint: SPFI;
  readonly frontline?: SignedIn;
};

function readIf(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** Every check, in the order an administrator fixes things. */
export async function runDoctor(options: DoctorOptions): Promise<Finding[]> {
  const configuration = checkConfiguration({
    configJs: readIf(join(options.dist, "config.js")),
    manifestXml: readIf(join(options.dist, "manifest.xml")),
    release: releaseVersion(options.root),
    target: options.target,
    expect: options.expect,
  });
  const findings = [...configuration.findings];
  const config = configuration.config;
  const siteUrl =
    options.expect.site ??
    (config ? `https://${config.site.hostname}${config.site.path}` : undefined);
  const site: SiteAddress | null = siteUrl ? parseSiteUrl(siteUrl) : null;
  if (!site) {
    findings.push({
      status: "fail",
      item: "the site",
      detail: "no site to check: config.js names none and --site was not given",
      fix: "give --site <site url>",
    });
    return findings;
  }
  const titles = listTitles(config?.lists);
  let siteId: string | undefined;
  try {
    const found: unknown = await options.admin.graph
      .api(`/sites/${site.hostname}:${site.path}`)
      .select("id")
      .get();
    siteId = isRecord(found) && typeof found["id"] === "string" ? found["id"] : undefined;
  } catch (e) {
    findings.push({
      status: "fail",
      item: "the site",
      detail: `${siteUrl} could not be reached as ${options.admin.upn} (${e instanceof Error ? e.message : String(e)})`,
      fix: "check the site URL, and sign in as a site owner (UCB Owners; step 5.2)",
    });
    return findings;
  }
  if (!siteId) return findings;
  findings.push({ status: "pass", item: "the site", detail: `${siteUrl} (${siteId})` });
  const lists = await checkLists(options.admin.graph, siteId, titles);
  findings.push(...lists);
  findings.push(...(await checkViews(options.sharePoint, titles, missingLists(lists))));
  findings.push(...(await checkSiteSettings(options.sharePoint)));
  findings.push(
    ...checkTokens({
      adminUpn: options.admin.upn,
      adminToken: await options.admin.accessToken(),
      ...(options.frontline
        ? { frontline: { upn: options.frontline.upn, roles: options.frontline.roles } }
        : {}),
      ...(config?.roles.source === "groups" ? { frontlineRole: "Frontline" } : {}),
    }),
  );
  if (options.frontline) {
    findings.push(
      ...(await checkFrontlineRefused(
        options.frontline.graph,
        siteId,
        options.frontline.upn,
        titles,
      )),
    );
  } else {
    findings.push({
      status: "unchecked",
      item: "frontline staff refused case files",
      detail: "no test frontline account given",
      fix: "run again with --frontline <a test account with the Frontline role>",
    });
  }
  return findings;
}

/** Tokens and roles for an emulator demo user (POST /_emulator/token). */
export function emulatorSignIn(
  emulator: string,
  upn: string,
  resource?: string,
): { tokens: TokenProvider; roles: () => Promise<readonly string[]> } {
  let answer: Promise<{ access_token: string; id_token_claims?: { roles?: string[] } }> | undefined;
  const fetchOnce = () =>
    (answer ??= fetch(new URL("/_emulator/token", emulator), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(resource ? { upn, resource } : { upn }),
    }).then(async (r) => {
      if (!r.ok) throw new Error(`The emulator refused a token for ${upn}: HTTP ${r.status}`);
      return (await r.json()) as { access_token: string; id_token_claims?: { roles?: string[] } };
    }));
  return {
    tokens: { getAccessToken: async () => (await fetchOnce()).access_token },
    roles: async () => (await fetchOnce()).id_token_claims?.roles ?? [],
  };
}

/** Device code sign-in; the account's ID token roles come with the first token. */
function deviceCodeSignIn(tenant: string, clientId: string, who: string) {
  const app = new PublicClientApplication({
    auth: { clientId, authority: `https://login.microsoftonline.com/${tenant}` },
  });
  let roles: readonly string[] | undefined;
  let upn = who;
  const tokensFor = (scopes: string[]): TokenProvider => ({
    async getAccessToken() {
      const account = (await app.getTokenCache().getAllAccounts())[0];
      if (account) {
        const silent = await app.acquireTokenSilent({ account, scopes }).catch(() => null);
        if (silent) return silent.accessToken;
      }
      console.log(`Sign in as ${who}:`);
      const result = await app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (response) => console.log(response.message),
      });
      if (!result) throw new Error("Sign-in did not return a token");
      const claimed = result.idTokenClaims as { roles?: unknown };
      roles = Array.isArray(claimed.roles)
        ? claimed.roles.filter((r) => typeof r === "string")
        : [];
      upn = result.account?.username ?? who;
      return result.accessToken;
    },
  });
  return {
    graph: tokensFor(["https://graph.microsoft.com/.default"]),
    sharePoint: (host: string) => tokensFor([`https://${host}/.default`]),
    roles: () => roles,
    upn: () => upn,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      emulator: { type: "string" },
      tenant: { type: "string" },
      "client-id": { type: "string" },
      site: { type: "string" },
      origin: { type: "string" },
      frontline: { type: "string" },
      dist: { type: "string" },
      help: { type: "boolean" },
    },
    args: process.argv
      .slice(2)
      .flatMap((a, i, all) =>
        a === "--emulator" && (all[i + 1] === undefined || all[i + 1]?.startsWith("--"))
          ? [a, DEFAULT_EMULATOR_URL]
          : [a],
      ),
  });
  const usage =
    "Usage: npm run doctor -- --emulator [url] | --tenant <tenant id> --client-id <provisioning client id> --frontline <test account> [--site <url>] [--origin <origin>] [--dist dist]";
  if (values.help) return console.log(usage);
  const dist = resolve(values.dist ?? "dist");
  const expect = {
    ...(values.site ? { site: values.site } : {}),
    ...(values.tenant ? { tenant: values.tenant } : {}),
    ...(values.origin ? { origin: values.origin } : {}),
  };
  let findings: Finding[];
  if (values.emulator) {
    await rerunTrustingLocalhost();
    const emulator = values.emulator.replace(/\/+$/, "");
    const site = parseSiteUrl(values.site ?? "https://council.sharepoint.com/sites/ucb");
    if (!site) throw new Error(usage);
    const hosts = [new URL(emulator).hostname];
    const admin = emulatorSignIn(emulator, EMULATOR_ADMIN);
    const front = emulatorSignIn(emulator, values.frontline ?? EMULATOR_FRONTLINE);
    console.log(`Checking the emulator at ${emulator}, and ${dist}:`);
    findings = await runDoctor({
      target: "emulator",
      dist,
      root: process.cwd(),
      expect,
      admin: {
        upn: EMULATOR_ADMIN,
        graph: createGraphClient({
          baseUrl: emulator,
          customHosts: hosts,
          tokenProvider: admin.tokens,
        }),
        accessToken: () => admin.tokens.getAccessToken(),
      },
      sharePoint: createSharePointClient({
        siteUrl: `${emulator}${site.path}`,
        tokenProvider: emulatorSignIn(emulator, EMULATOR_ADMIN, `https://${site.hostname}`).tokens,
      }),
      frontline: {
        upn: values.frontline ?? EMULATOR_FRONTLINE,
        graph: createGraphClient({
          baseUrl: emulator,
          customHosts: hosts,
          tokenProvider: front.tokens,
        }),
        accessToken: () => front.tokens.getAccessToken(),
        roles: await front.roles(),
      },
    });
  } else {
    const tenant = values.tenant;
    const clientId = values["client-id"];
    if (!tenant || !clientId) throw new Error(`A tenant needs --tenant and --client-id.\n${usage}`);
    const configJs = readIf(join(dist, "config.js"));
    const siteUrl =
      values.site ??
      (configJs
        ? /"hostname":\s*"([^"]+)"[\s\S]*?"path":\s*"([^"]+)"/.exec(configJs)?.slice(1).join("")
        : undefined);
    const site = siteUrl ? parseSiteUrl(`https://${siteUrl.replace(/^https:\/\//, "")}`) : null;
    if (!site) throw new Error(`Give --site <site url>.\n${usage}`);
    const admin = deviceCodeSignIn(tenant, clientId, "a site owner (UCB Owners)");
    const graph = createGraphClient({
      baseUrl: "https://graph.microsoft.com",
      tokenProvider: admin.graph,
    });
    let frontline: SignedIn | undefined;
    if (values.frontline) {
      const front = deviceCodeSignIn(
        tenant,
        clientId,
        `the test frontline account ${values.frontline}`,
      );
      const frontGraph = createGraphClient({
        baseUrl: "https://graph.microsoft.com",
        tokenProvider: front.graph,
      });
      await front.graph.getAccessToken();
      const roles = front.roles();
      frontline = {
        upn: front.upn(),
        graph: frontGraph,
        accessToken: () => front.graph.getAccessToken(),
        ...(roles ? { roles } : {}),
      };
    }
    console.log(`Checking ${site.hostname}${site.path} and ${dist}:`);
    findings = await runDoctor({
      target: "tenant",
      dist,
      root: process.cwd(),
      expect: { ...expect, site: `https://${site.hostname}${site.path}` },
      admin: { upn: admin.upn(), graph, accessToken: () => admin.graph.getAccessToken() },
      sharePoint: createSharePointClient({
        siteUrl: `https://${site.hostname}${site.path}`,
        tokenProvider: admin.sharePoint(site.hostname),
      }),
      ...(frontline ? { frontline } : {}),
    });
  }
  const { text, failed } = report(findings);
  console.log(text);
  if (failed > 0) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
