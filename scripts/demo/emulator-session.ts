/**
 * Talking to a running Graph emulator from a script: trust its localhost certificate, and get
 * tokens for its demo users (docs/emulator.md, POST /_emulator/token).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { TokenProvider } from "../../src/app/ports";
import { ensureTlsMaterial } from "../../emulator/tls";

export const EMULATOR_SITE_URL = "https://council.sharepoint.com/sites/ucb";
export const DEFAULT_EMULATOR_URL = "https://localhost:4443";

/**
 * Node reads NODE_EXTRA_CA_CERTS only at start, so the script runs itself again with it pointing
 * at a bundle of the emulator's certificate and whatever the variable named before (a machine
 * may already use it for a corporate CA), and exits with the child's status.
 */
export async function rerunTrustingLocalhost(): Promise<void> {
  if (process.env[RERUN_MARKER] === "1") return;
  const tls = await ensureTlsMaterial();
  const previous = process.env["NODE_EXTRA_CA_CERTS"];
  const bundle = join(dirname(tls.caPath), "node-extra-ca.pem");
  const extra = previous && existsSync(previous) ? readFileSync(previous, "utf8") : "";
  writeFileSync(bundle, `${extra.trimEnd()}\n${readFileSync(tls.caPath, "utf8")}`);
  const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, NODE_EXTRA_CA_CERTS: bundle, [RERUN_MARKER]: "1" },
  });
  process.exit(child.status ?? 1);
}

const RERUN_MARKER = "UCB_TRUSTS_LOCALHOST";

/**
 * Tokens for one demo user, fetched again when Graph refuses the last one. `resource` asks for a
 * token for SharePoint REST ("https://council.sharepoint.com") instead of Graph.
 */
export function emulatorTokens(
  emulatorUrl: string,
  upn: string,
  resource?: string,
  /** The token's delegated scopes, in place of the demo user's defaults (docs/emulator.md). */
  scopes?: readonly string[],
): TokenProvider {
  let token: Promise<string> | undefined;
  const fetchToken = async () => {
    const response = await fetch(new URL("/_emulator/token", emulatorUrl), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        upn,
        ...(resource === undefined ? {} : { resource }),
        ...(scopes === undefined ? {} : { scopes }),
      }),
    });
    if (!response.ok)
      throw new Error(`The emulator refused a token for ${upn}: HTTP ${response.status}`);
    const body = (await response.json()) as { access_token?: unknown };
    if (typeof body.access_token !== "string")
      throw new Error("The emulator's token answer has no access_token");
    return body.access_token;
  };
  return {
    getAccessToken: (options) => {
      if (!token || options?.forceRefresh) token = fetchToken();
      return token;
    },
  };
}
