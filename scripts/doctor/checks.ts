/**
 * The preflight checks of `npm run doctor`, each a finding an administrator can act on: what was
 * checked, pass or fail, and for a failure the fix, in the guide's words (docs/admin-setup.md).
 * Read-only: the doctor changes nothing; provisioning, grant-site and the build do.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import type { SPFI } from "@pnp/sp";
import "@pnp/sp/regional-settings/index.js";
import "@pnp/sp/security/index.js";
import "@pnp/sp/views/index.js";
import { isStoreError, type ListName } from "../../src/app/ports";
import { tenantOf } from "../../src/auth/config";
import { parseAppConfig, type AppConfig } from "../../src/config/appConfig";
import { LIST_NAMES, SCHEMA } from "../../src/graph";
import { LEVELS, LIST_PERMISSIONS } from "../../src/graph/admin-steps";
import { CASE_DOCUMENTS_LIBRARY } from "../../src/graph/case-documents";
import { normaliseError } from "../../src/graph/errors";
import { isRecord } from "../../src/graph/shape";
import { viewsOfList } from "../../src/graph/views/spec";
import { DEV_ORIGIN, manifestVersion, versionOf } from "../make-manifest";

export type Finding = {
  readonly status: "pass" | "fail" | "unchecked";
  /** What was checked, e.g. "UCB Case Events: the list". */
  readonly item: string;
  /** What was found. */
  readonly detail: string;
  /** For a failure (or an unchecked item): what to do. */
  readonly fix?: string;
};

const pass = (item: string, detail: string): Finding => ({ status: "pass", item, detail });
const fail = (item: string, detail: string, fix: string): Finding => ({
  status: "fail",
  item,
  detail,
  fix,
});
const unchecked = (item: string, detail: string, fix: string): Finding => ({
  status: "unchecked",
  item,
  detail,
  fix,
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIST_MISSING = "it is missing";

/** The lists checkLists found missing, by title. */
export const missingLists = (findings: readonly Finding[]): Set<string> =>
  new Set(
    findings
      .filter((f) => f.status === "fail" && f.detail === LIST_MISSING)
      .map((f) => f.item.replace(/: the list$/, "")),
  );

const PROVISION = "run npm run provision (docs/admin-setup.md step 6), then npm run doctor again";

/** config.js's settings, from its text (`window.ucbConfig = {…};`). */
export function readConfigJs(text: string): AppConfig | string {
  const json = /window\.ucbConfig\s*=\s*([\s\S]*?);?\s*$/.exec(text.trim())?.[1];
  if (json === undefined) return "it does not set window.ucbConfig";
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return `its settings are not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  const parsed = parseAppConfig(raw);
  return parsed.ok ? parsed.value : `${parsed.error.field}: ${parsed.error.message}`;
}

export type ConfigurationInput = {
  /** dist/config.js's text, or undefined when there is none. */
  readonly configJs: string | undefined;
  /** dist/manifest.xml's text, or undefined when there is none. */
  readonly manifestXml: string | undefined;
  /** package.json's version. */
  readonly release: string;
  /** "tenant" expects a tenant build (NAA); "emulator" the local one. */
  readonly target: "tenant" | "emulator";
  /** What the administrator says the deployment is, to compare with. */
  readonly expect: { readonly site?: string; readonly tenant?: string; readonly origin?: string };
};

/** Client id, authority, site, origin and manifest version: consistent with each other. */
export function checkConfiguration(input: ConfigurationInput): {
  readonly findings: Finding[];
  readonly config?: AppConfig;
} {
  const findings: Finding[] = [];
  const rebuild = "rebuild with the tenant's settings (docs/admin-setup.md step 9)";
  if (input.configJs === undefined) {
    return {
      findings: [
        fail("config.js", "there is no config.js in the build", `${rebuild}, then upload dist/`),
      ],
    };
  }
  const config = readConfigJs(input.configJs);
  if (typeof config === "string") {
    findings.push(fail("config.js", config, `correct it on the server or ${rebuild}`));
    return { findings };
  }
  findings.push(pass("config.js", "its settings are valid"));
  const auth = config.auth;
  if (input.target === "tenant") {
    if (auth.mode !== "naa") {
      findings.push(
        fail(
          "config.js: sign-in",
          "it signs in to the local emulator, not to Microsoft Entra ID",
          `${rebuild} with UCB_CLIENT_ID, UCB_TENANT_ID and UCB_SITE_HOSTNAME set`,
        ),
      );
    } else {
      findings.push(
        GUID.test(auth.clientId)
          ? pass("config.js: client id", auth.clientId)
          : fail(
              "config.js: client id",
              `"${auth.clientId}" is not an Application (client) ID`,
              "set auth.clientId to the add-in registration's Application (client) ID (step 2.5)",
            ),
      );
      const tenant = tenantOf(auth.authority);
      if (tenant === "organizations") {
        findings.push(
          fail(
            "config.js: authority",
            `${auth.authority} names no tenant: every sign-in fails with AADSTS50194 (the registration is single tenant)`,
            "set auth.authority to https://login.microsoftonline.com/<tenant id> (UCB_TENANT_ID at build time)",
          ),
        );
      } else if (
        input.expect.tenant &&
        tenant.toLowerCase() !== input.expect.tenant.toLowerCase()
      ) {
        findings.push(
          fail(
            "config.js: authority",
            `${auth.authority} names tenant ${tenant}, not ${input.expect.tenant}`,
            "set auth.authority to your own tenant (UCB_TENANT_ID at build time)",
          ),
        );
      } else {
        findings.push(pass("config.js: authority", auth.authority));
      }
    }
  }
  const site = `https://${config.site.hostname}${config.site.path}`;
  findings.push(
    input.expect.site && input.expect.site.replace(/\/+$/, "") !== site
      ? fail(
          "config.js: site",
          `it names ${site}, not ${input.expect.site}`,
          "set site.hostname and site.path in config.js (UCB_SITE_HOSTNAME, UCB_SITE_PATH)",
        )
      : pass("config.js: site", site),
  );
  findings.push(...checkManifest(input, config));
  return { findings, config };
}

function checkManifest(input: ConfigurationInput, config: AppConfig): Finding[] {
  if (input.manifestXml === undefined) {
    return [
      fail(
        "manifest.xml",
        "there is no manifest.xml in the build",
        "build with UCB_ADDIN_ORIGIN set (step 9): the build writes it",
      ),
    ];
  }
  const findings: Finding[] = [];
  const release = manifestVersion(input.release);
  const version = versionOf(input.manifestXml);
  findings.push(
    version === release
      ? pass("manifest.xml: version", `${version}, the release's (${input.release})`)
      : fail(
          "manifest.xml: version",
          `it says ${version ?? "nothing"}, but this release is ${input.release} (${release})`,
          "rebuild (npm run build) so the manifest carries the release's version, then upload it: Microsoft 365 accepts an updated manifest only with a higher <Version>",
        ),
  );
  const taskpane = /<SourceLocation DefaultValue="([^"]+)"/.exec(input.manifestXml)?.[1];
  let origin: string | undefined;
  try {
    origin = taskpane === undefined ? undefined : new URL(taskpane).origin;
  } catch {
    origin = undefined;
  }
  if (input.target === "tenant" && (origin === undefined || origin === DEV_ORIGIN)) {
    findings.push(
      fail(
        "manifest.xml: origin",
        `it is the development manifest (${origin ?? "no task pane URL"})`,
        "build with UCB_ADDIN_ORIGIN=<origin> (step 9) and upload that manifest",
      ),
    );
    return findings;
  }
  const redirect = config.auth.mode === "naa" ? config.auth.redirectUri : undefined;
  const expected = input.expect.origin ?? (redirect ? new URL(redirect).origin : undefined);
  findings.push(
    expected !== undefined && origin !== expected
      ? fail(
          "manifest.xml: origin",
          `it loads the add-in from ${origin ?? "nowhere"}, not ${expected}`,
          `build with UCB_ADDIN_ORIGIN=${expected} and upload that manifest`,
        )
      : pass("manifest.xml: origin", origin ?? "none"),
  );
  return findings;
}

async function quietly<T>(
  what: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; why: string }> {
  try {
    return { ok: true, value: await what() };
  } catch (e) {
    const error = normaliseError(e);
    // PnPjs appends the whole response body after " ::> "; the status before it is enough.
    const message = error.message.split(" ::> ")[0] ?? error.message;
    return { ok: false, why: isStoreError(error) ? `${error.code}: ${message}` : message };
  }
}

type ListFound = { readonly id: string; readonly template?: string };

/** The lists, their columns, the case documents library, as provisioning makes them. */
export async function checkLists(
  client: Client,
  siteId: string,
  titles: Readonly<Record<ListName, string>>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const page = await quietly(() =>
    client.api(`/sites/${siteId}/lists`).select("id,displayName,list").top(200).get(),
  );
  if (!page.ok) {
    return [
      fail(
        "the site's lists",
        `they could not be read (${page.why})`,
        "sign in as a site owner (UCB Owners)",
      ),
    ];
  }
  const found = new Map<string, ListFound>();
  const value: unknown[] =
    isRecord(page.value) && Array.isArray(page.value["value"])
      ? (page.value["value"] as unknown[])
      : [];
  for (const l of value.filter(isRecord)) {
    const template =
      isRecord(l["list"]) && typeof l["list"]["template"] === "string"
        ? l["list"]["template"]
        : undefined;
    if (typeof l["displayName"] === "string" && typeof l["id"] === "string") {
      found.set(l["displayName"], { id: l["id"], ...(template ? { template } : {}) });
    }
  }
  for (const key of LIST_NAMES) {
    const title = titles[key];
    const list = found.get(title);
    if (!list) {
      findings.push(fail(`${title}: the list`, LIST_MISSING, PROVISION));
      continue;
    }
    const columns = await quietly(() =>
      client.api(`/sites/${siteId}/lists/${list.id}/columns`).select("name").get(),
    );
    if (!columns.ok) {
      findings.push(
        fail(
          `${title}: columns`,
          `they could not be read (${columns.why})`,
          "sign in as a site owner (UCB Owners)",
        ),
      );
      continue;
    }
    const names = new Set(
      (isRecord(columns.value) && Array.isArray(columns.value["value"])
        ? (columns.value["value"] as unknown[])
        : []
      )
        .filter(isRecord)
        .map((c) => c["name"])
        .filter((n): n is string => typeof n === "string"),
    );
    const missing = SCHEMA[key].columns.map((c) => c.name).filter((n) => !names.has(n));
    findings.push(
      missing.length === 0
        ? pass(`${title}: the list`, `present, with its ${SCHEMA[key].columns.length} columns`)
        : fail(
            `${title}: columns`,
            `${missing.length === 1 ? "column" : "columns"} ${missing.join(", ")} missing`,
            PROVISION,
          ),
    );
  }
  const library = found.get(CASE_DOCUMENTS_LIBRARY.title);
  findings.push(
    !library
      ? fail(`${CASE_DOCUMENTS_LIBRARY.title}: the library`, "it is missing", PROVISION)
      : library.template !== undefined && library.template !== "documentLibrary"
        ? fail(
            `${CASE_DOCUMENTS_LIBRARY.title}: the library`,
            `a list of that name exists but is a ${library.template}, not a document library`,
            `rename or remove it in SharePoint, then ${PROVISION}`,
          )
        : pass(`${CASE_DOCUMENTS_LIBRARY.title}: the library`, "present"),
  );
  return findings;
}

/** The helpdesk manager's views (SharePoint REST), by title, on each list. */
export async function checkViews(
  sp: SPFI,
  titles: Readonly<Record<ListName, string>>,
  /** Lists already found missing (checkLists): named once, there. */
  gone: ReadonlySet<string> = new Set(),
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const key of LIST_NAMES) {
    const specs = viewsOfList(key);
    if (specs.length === 0) continue;
    const title = titles[key];
    if (gone.has(title)) continue;
    const views = await quietly(() => sp.web.lists.getByTitle(title).views.select("Title")());
    if (!views.ok) {
      findings.push(fail(`${title}: views`, `they could not be read (${views.why})`, PROVISION));
      continue;
    }
    const have = new Set(
      (Array.isArray(views.value) ? (views.value as unknown[]) : [])
        .filter(isRecord)
        .map((v) => v["Title"]),
    );
    const missing = specs.map((s) => s.title).filter((t) => !have.has(t));
    findings.push(
      missing.length === 0
        ? pass(`${title}: views`, specs.map((s) => `"${s.title}"`).join(", "))
        : fail(
            `${title}: views`,
            `${missing.map((t) => `"${t}"`).join(", ")} missing`,
            `${PROVISION} (it makes the views; --overwrite-views puts back ones changed by hand)`,
          ),
    );
  }
  return findings;
}

/** The two custom permission levels, and the site's time zone, through SharePoint REST. */
export async function checkSiteSettings(sp: SPFI): Promise<Finding[]> {
  const findings: Finding[] = [];
  const custom = [LEVELS.add, LEVELS.edit];
  const levels = await quietly(() => sp.web.roleDefinitions.select("Name")());
  if (!levels.ok) {
    findings.push(
      unchecked(
        "permission levels",
        `they could not be read (${levels.why})`,
        `check by hand that "${custom.join('" and "')}" exist (step 7.2)`,
      ),
    );
  } else {
    const names = new Set(
      (Array.isArray(levels.value) ? (levels.value as unknown[]) : [])
        .filter(isRecord)
        .map((l) => l["Name"]),
    );
    const missing = custom.filter((n) => !names.has(n));
    findings.push(
      missing.length === 0
        ? pass("permission levels", custom.map((n) => `"${n}"`).join(" and "))
        : fail(
            "permission levels",
            `${missing.map((n) => `"${n}"`).join(" and ")} missing`,
            "create them in Site permissions > Advanced permissions settings > Permission Levels (step 7.2)",
          ),
    );
  }
  const zone = await quietly(() => sp.web.regionalSettings.timeZone());
  if (!zone.ok) {
    findings.push(
      unchecked(
        "time zone",
        `it could not be read (${zone.why})`,
        "check by hand: Site settings > Regional settings > Time zone is (UTC+00:00) Dublin, Edinburgh, Lisbon, London (step 5.3)",
      ),
    );
  } else {
    const description =
      isRecord(zone.value) && typeof zone.value["Description"] === "string"
        ? zone.value["Description"]
        : "";
    findings.push(
      /London/.test(description)
        ? pass("time zone", description)
        : fail(
            "time zone",
            `the site's time zone is ${description || "not set"}`,
            "set Site settings > Regional settings > Time zone to (UTC+00:00) Dublin, Edinburgh, Lisbon, London (step 5.3): date-only columns and the views' Today follow it",
          ),
    );
  }
  return findings;
}

/** The delegated scopes (`scp`) of an access token, read without checking its signature. */
export function scopesOf(accessToken: string): string[] {
  const payload = accessToken.split(".")[1];
  if (payload === undefined) return [];
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown;
    const scp = isRecord(claims) ? claims["scp"] : undefined;
    return typeof scp === "string" ? scp.split(" ").filter((s) => s !== "") : [];
  } catch {
    return [];
  }
}

const MANAGE = ["Sites.Manage.All", "Sites.FullControl.All"];

/**
 * What each role's work needs from a token, checked on the ones the doctor holds: the
 * administrator's (provisioning: Manage Lists through Sites.Manage.All, or Sites.Selected with
 * a manage grant) and the test frontline user's ID token role.
 */
export function checkTokens(options: {
  readonly adminUpn: string;
  readonly adminToken: string;
  readonly frontline?: { readonly upn: string; readonly roles: readonly string[] | undefined };
  readonly frontlineRole?: string;
}): Finding[] {
  const findings: Finding[] = [];
  const scp = scopesOf(options.adminToken);
  const manages = scp.some((s) => MANAGE.includes(s)) || scp.includes("Sites.Selected");
  findings.push(
    manages
      ? pass(
          `${options.adminUpn}'s token`,
          `carries ${scp.join(" ")}: enough to provision and check`,
        )
      : fail(
          `${options.adminUpn}'s token`,
          `carries ${scp.join(" ") || "no delegated scopes"}; provisioning needs Sites.Manage.All (or Sites.Selected with a manage grant)`,
          "add the delegated permission to the provisioning registration and grant admin consent (step 6.1)",
        ),
  );
  if (options.frontline) {
    const wanted = options.frontlineRole ?? "Frontline";
    const roles = options.frontline.roles;
    findings.push(
      roles === undefined
        ? unchecked(
            `${options.frontline.upn}'s role`,
            "the sign-in gave no ID token roles to read",
            `check by hand that they hold the app role ${wanted} (step 4.3)`,
          )
        : roles.includes(wanted)
          ? pass(`${options.frontline.upn}'s role`, `app role ${wanted}`)
          : fail(
              `${options.frontline.upn}'s role`,
              `their ID token holds ${roles.join(", ") || "no app role"}, not ${wanted}`,
              `assign them the app role ${wanted} in Enterprise applications > Users and groups (step 4.3)`,
            ),
    );
  }
  return findings;
}

/** The lists frontline staff must not see (LIST_PERMISSIONS: no UCB Staff entry). */
export const HIDDEN_FROM_FRONTLINE: readonly ListName[] = LIST_NAMES.filter(
  (key) => LIST_PERMISSIONS[key]["UCB Staff"] === undefined,
);

/** A frontline user must be refused the case files and events (and the case documents). */
export async function checkFrontlineRefused(
  client: Client,
  siteId: string,
  upn: string,
  titles: Readonly<Record<ListName, string>>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const targets = [
    ...HIDDEN_FROM_FRONTLINE.map((key) => titles[key]),
    CASE_DOCUMENTS_LIBRARY.title,
  ];
  for (const title of targets) {
    const read = await quietly(() =>
      client
        .api(`/sites/${siteId}/lists/${encodeURIComponent(title)}/items`)
        .top(1)
        .get(),
    );
    const refused = !read.ok && /^(forbidden|notFound):/.test(read.why);
    findings.push(
      refused
        ? pass(`${title}: closed to frontline staff`, `${upn} is refused`)
        : read.ok
          ? fail(
              `${title}: closed to frontline staff`,
              `${upn} (frontline staff) can read it`,
              `in ${title}'s List settings > Permissions for this list: stop inheriting permissions and remove UCB Staff and everyone else not in the guide's table (step 7.3)`,
            )
          : unchecked(
              `${title}: closed to frontline staff`,
              `the check failed (${read.why})`,
              "run npm run doctor again",
            ),
    );
  }
  return findings;
}

/** The findings as the command prints them, and whether any failed. */
export function report(findings: readonly Finding[]): { text: string; failed: number } {
  const label = { pass: "PASS ", fail: "FAIL ", unchecked: "CHECK" } as const;
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${label[f.status]} ${f.item}: ${f.detail}`);
    if (f.fix) lines.push(`      Fix: ${f.fix}`);
  }
  const failed = findings.filter((f) => f.status === "fail").length;
  const toCheck = findings.filter((f) => f.status === "unchecked").length;
  lines.push(
    "",
    failed === 0
      ? toCheck > 0
        ? `All ${findings.length - toCheck} checks passed; ${toCheck} to check by hand (CHECK). ` +
          "Staff can be told once the CHECK items are done."
        : `All ${findings.length} checks passed. Staff can be told.`
      : `${failed} ${failed === 1 ? "problem" : "problems"} found. Fix ${failed === 1 ? "it" : "them"}, then run npm run doctor again before telling staff.`,
  );
  return { text: lines.join("\n"), failed };
}
