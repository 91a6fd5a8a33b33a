/**
 * Writes the production manifest from manifest.xml:
 *
 *   npm run manifest:prod -- --origin https://addin.council.gov.uk [--out release/manifest.xml] [--id <guid>]
 *
 * Every https://localhost:3000 URL becomes the given origin and <Version> becomes the release's
 * (package.json's version, 0.1.0 → 0.1.0.0: Microsoft 365 accepts an updated manifest only with a
 * higher version); everything else is kept byte for byte, so the production manifest is the one
 * the tests check, with another host. The default output is outside dist/, which every build
 * empties; a tenant build (webpack.config.js) writes dist/manifest.xml itself. `--id` gives a
 * second deployment (a test tenant, say) its own add-in id, so both can be installed side by side.
 * Beside the manifest it writes .well-known/microsoft-officeaddins-allowed.json for that origin:
 * classic Outlook on Windows lets the send check (launchevent.js) use the origin only with it.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const DEV_ORIGIN = "https://localhost:3000";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The dev origin where its host part ends: not https://localhost:30001 or …:3000.example, but a
// full stop ending a sentence is fine.
const DEV_ORIGIN_IN_TEXT = /https:\/\/localhost:3000(?![0-9A-Za-z-]|\.[0-9A-Za-z])/g;

/** A problem with the command or its input, worded for the administrator running it. */
export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

/** "https://host[:port]" from what the administrator typed; refuses anything else, saying why. */
export function parseOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ManifestError(
      `"${raw}" is not a URL. Give the add-in's origin, for example https://addin.council.gov.uk`,
    );
  }
  if (url.protocol !== "https:") {
    throw new ManifestError(
      `"${raw}" does not use https. Outlook loads add-ins only over HTTPS: give an https:// origin.`,
    );
  }
  if (url.username || url.password) {
    throw new ManifestError(`"${raw}" contains a user name or password; give the origin only.`);
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    throw new ManifestError(
      `"${raw}" has a path, query or fragment. Give the origin only (https://host or https://host:port): ` +
        "the add-in is served from the root of its own origin, and the sign-in redirect " +
        "(brk-multihub://host) is registered for an origin, never a path.",
    );
  }
  return url.origin;
}

export function parseAddinId(raw: string): string {
  if (!GUID.test(raw.trim())) {
    throw new ManifestError(
      `"${raw}" is not a GUID. An add-in id looks like 8c2f4a1e-5b7d-4e0a-9f13-2d6c8b9e0a41.`,
    );
  }
  return raw.trim().toLowerCase();
}

/**
 * The manifest's <Version> for a release version: "0.1.0" → "0.1.0.0". The manifest's schema
 * allows one to four dot-separated numbers of up to five digits, and no pre-release suffix.
 */
export function manifestVersion(releaseVersion: string): string {
  const parts = releaseVersion.trim().split(".");
  if (parts.length < 1 || parts.length > 4 || !parts.every((p) => /^\d{1,5}$/.test(p))) {
    throw new ManifestError(
      `The release version "${releaseVersion}" (package.json "version") cannot be a manifest ` +
        "<Version>: use up to four numbers separated by dots, such as 1.2.0, with no suffix.",
    );
  }
  return [...parts.map((p) => String(Number(p))), "0", "0", "0"].slice(0, 4).join(".");
}

/** The release version: package.json's "version" in `dir`. */
export function releaseVersion(dir: string): string {
  const pkg = JSON.parse(readFileSync(resolve(dir, "package.json"), "utf8")) as {
    version?: unknown;
  };
  if (typeof pkg.version !== "string") throw new ManifestError("package.json has no version.");
  return pkg.version;
}

/** The manifest with <Version> set to `version` (a manifest version, from manifestVersion). */
export function withVersion(manifestXml: string, version: string): string {
  const versions = manifestXml.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (versions.length !== 1) {
    throw new ManifestError(
      `manifest.xml should have one <Version> element; it has ${versions.length}.`,
    );
  }
  return manifestXml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

/** The <Version> a manifest declares, or undefined. */
export function versionOf(manifestXml: string): string | undefined {
  return /<Version>([^<]*)<\/Version>/.exec(manifestXml)?.[1]?.trim();
}

export type ProductionOptions = {
  readonly origin: string;
  readonly id?: string;
  /** The release version (package.json's); the manifest's own <Version> is kept without it. */
  readonly release?: string;
};

export function makeProductionManifest(manifestXml: string, options: ProductionOptions): string {
  const origin = parseOrigin(options.origin);
  let xml = manifestXml.replace(DEV_ORIGIN_IN_TEXT, origin);
  if (options.release !== undefined) xml = withVersion(xml, manifestVersion(options.release));
  if (options.id !== undefined) {
    const id = parseAddinId(options.id);
    const ids = xml.match(/<Id>[^<]*<\/Id>/g) ?? [];
    if (ids.length !== 1) {
      throw new ManifestError(`manifest.xml should have one <Id> element; it has ${ids.length}.`);
    }
    xml = xml.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  }
  // A localhost URL left over (another port, http) would break the add-in in production.
  const leftover = /(https?:\/\/localhost[^"<\s]*)/.exec(xml);
  if (leftover && origin !== DEV_ORIGIN) {
    throw new ManifestError(
      `manifest.xml still points at ${leftover[1]} after rewriting ${DEV_ORIGIN}; fix manifest.xml.`,
    );
  }
  return xml;
}

/** Where classic Outlook on Windows looks for the event runtime's permission to use its origin. */
export const WELL_KNOWN_PATH = ".well-known/microsoft-officeaddins-allowed.json";

/**
 * The well-known file that lets launchevent.js (the send check, in classic Outlook on Windows's
 * JavaScript-only runtime) sign in and fetch config.js from the add-in's own origin.
 */
export function wellKnownAllowed(origin: string): string {
  return `${JSON.stringify({ allowed: [`${parseOrigin(origin)}/launchevent.js`] }, null, 2)}\n`;
}

export type Arguments = {
  readonly origin: string;
  readonly out: string;
  readonly id?: string;
  readonly input: string;
};

const USAGE =
  "Usage: npm run manifest:prod -- --origin https://addin.council.gov.uk " +
  "[--out release/manifest.xml] [--id <guid>] [--in manifest.xml]";

export function parseArguments(argv: readonly string[]): Arguments {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (!["--origin", "--out", "--id", "--in"].includes(flag ?? "")) {
      throw new ManifestError(`Unknown argument "${arg}".\n${USAGE}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) {
      throw new ManifestError(`${flag} needs a value.\n${USAGE}`);
    }
    values.set(flag ?? "", value);
  }
  const origin = values.get("--origin");
  if (origin === undefined) throw new ManifestError(`--origin is required.\n${USAGE}`);
  const id = values.get("--id");
  return {
    origin,
    out: values.get("--out") ?? "release/manifest.xml",
    input: values.get("--in") ?? "manifest.xml",
    ...(id === undefined ? {} : { id }),
  };
}

export function run(argv: readonly string[], cwd: string): string {
  const args = parseArguments(argv);
  const release = releaseVersion(cwd);
  const xml = makeProductionManifest(readFileSync(resolve(cwd, args.input), "utf8"), {
    ...args,
    release,
  });
  const out = resolve(cwd, args.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  // Served from the origin's root with the add-in (dist/ is the web root by default).
  const wellKnown = resolve(dirname(out), WELL_KNOWN_PATH);
  mkdirSync(dirname(wellKnown), { recursive: true });
  writeFileSync(wellKnown, wellKnownAllowed(args.origin));
  return (
    `Wrote ${out} for ${parseOrigin(args.origin)}, version ${manifestVersion(release)}` +
    `${args.id ? `, id ${args.id}` : ""}, ` +
    `and ${wellKnown} (serve it at ${parseOrigin(args.origin)}/${WELL_KNOWN_PATH}).`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(run(process.argv.slice(2), process.cwd()));
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
