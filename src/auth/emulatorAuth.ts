/**
 * Sign-in against the local Graph emulator (docs/emulator.md): POST /_emulator/token for a
 * demo user. The same TokenProvider and Session as in Outlook, so the pane, the harness's user
 * switcher and the tests run the real code path. Tokens are kept in memory only.
 */
import { AuthError, type SignedInUser } from "../app/ports";
import type { RoleSettings } from "./config";
import type { Claims } from "./roles";
import type { AuthService } from "./service";
import { userFromClaims } from "./user";

export type EmulatorAuthOptions = {
  /** e.g. https://localhost:4443/_emulator/token */
  readonly tokenUrl: string;
  /** The demo user to sign in as first, e.g. alex.morgan@council.example. */
  readonly upn: string;
  readonly roles: RoleSettings;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  /** Renew a token this many seconds before it expires (default 60). */
  readonly renewBeforeSeconds?: number;
  /** Ask the emulator for tokens this short-lived (tests of expiry); its default otherwise. */
  readonly expiresInSeconds?: number;
};

export type EmulatorAuth = AuthService & {
  /** Who is signed in now. */
  readonly upn: () => string;
  /** Switches to another demo user: later calls use their token; in-flight ones are dropped. */
  signInAs(upn: string): Promise<SignedInUser>;
};

type Grant = { readonly accessToken: string; readonly expiresAt: number; readonly claims: Claims };

function parseGrant(body: unknown, now: number): Grant | null {
  if (typeof body !== "object" || body === null) return null;
  const b = body as Record<string, unknown>;
  const token = b["access_token"];
  const expiresIn = b["expires_in"];
  const claims = b["id_token_claims"];
  if (typeof token !== "string" || token === "") return null;
  if (typeof expiresIn !== "number" || !Number.isFinite(expiresIn)) return null;
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) return null;
  return { accessToken: token, expiresAt: now + expiresIn * 1000, claims: claims as Claims };
}

export function createEmulatorAuth(options: EmulatorAuthOptions): EmulatorAuth {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const now = options.now ?? Date.now;
  const renewBeforeMs = (options.renewBeforeSeconds ?? 60) * 1000;
  let upn = options.upn.trim().toLowerCase();
  let current: Grant | undefined;
  // One request at a time per user; concurrent callers share it.
  let inflight: { readonly generation: number; readonly promise: Promise<Grant> } | undefined;
  // Bumped by signInAs, so a token fetched for the previous user is never kept.
  let generation = 0;

  async function request(forUpn: string): Promise<Grant> {
    let response: Response;
    try {
      response = await doFetch(options.tokenUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          upn: forUpn,
          ...(options.expiresInSeconds ? { expiresInSeconds: options.expiresInSeconds } : {}),
        }),
      });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new AuthError(
        "unavailable",
        `The emulator at ${options.tokenUrl} cannot be reached: ${why}`,
      );
    }
    if (response.status >= 400 && response.status < 500) {
      throw new AuthError(
        "misconfigured",
        `The emulator refused a token for "${forUpn}" (HTTP ${response.status}): is it a demo user?`,
      );
    }
    if (!response.ok) {
      throw new AuthError(
        "unavailable",
        `The emulator's token endpoint answered HTTP ${response.status}.`,
      );
    }
    const grant = parseGrant(await response.json().catch(() => null), now());
    if (!grant) throw new AuthError("unavailable", "The emulator's token answer is malformed.");
    return grant;
  }

  function grant(forceRefresh: boolean): Promise<Grant> {
    if (!forceRefresh && current && current.expiresAt - now() > renewBeforeMs) {
      return Promise.resolve(current);
    }
    if (inflight?.generation === generation) return inflight.promise;
    const mine = generation;
    const promise: Promise<Grant> = request(upn)
      // A token for the user signed in before a switch is dropped; the caller gets the new one.
      .then((g) => (mine === generation ? (current = g) : grant(false)))
      .finally(() => {
        if (inflight?.promise === promise) inflight = undefined;
      });
    inflight = { generation: mine, promise };
    return promise;
  }

  const service: EmulatorAuth = {
    upn: () => upn,
    async getAccessToken(opts) {
      return (await grant(opts?.forceRefresh === true)).accessToken;
    },
    async currentUser() {
      const g = await grant(false);
      return userFromClaims(g.claims, options.roles, upn);
    },
    async signInAs(next) {
      generation += 1;
      upn = next.trim().toLowerCase();
      current = undefined;
      return service.currentUser();
    },
  };
  return service;
}
