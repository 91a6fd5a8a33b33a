/**
 * The fallback dialog's two messages: the pane's start parameters (in the dialog URL's query)
 * and the dialog's answer (through Office's messageParent). Both sides validate what they
 * read; the answer carries the access token and only the ID-token claims the pane uses.
 */
import type { Claims } from "../roles";
import { msalFields } from "../errors";

export const PROTOCOL = "ucb-auth-dialog/1";

// ---------------------------------------------------------------------------------------------
// Pane → dialog: what to sign in to

export type DialogParams = {
  readonly clientId: string;
  readonly authority: string;
  readonly scopes: readonly string[];
  readonly loginHint?: string;
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The dialog signs in only against Microsoft's own authority, whatever its URL says.
const AUTHORITY = /^https:\/\/login\.microsoftonline\.com\/[A-Za-z0-9.-]+\/?$/;

export function dialogStartUrl(page: string, params: DialogParams): string {
  const url = new URL(page);
  url.searchParams.set("clientId", params.clientId);
  url.searchParams.set("authority", params.authority);
  url.searchParams.set("scopes", params.scopes.join(" "));
  if (params.loginHint) url.searchParams.set("loginHint", params.loginHint);
  return url.href;
}

/** The start parameters, or null when the page was not opened by the pane with valid ones. */
export function readDialogParams(url: URL): DialogParams | null {
  const q = url.searchParams;
  const clientId = q.get("clientId") ?? "";
  const authority = q.get("authority") ?? "";
  const scopes = (q.get("scopes") ?? "").split(" ").filter((s) => s !== "");
  if (!GUID.test(clientId) || !AUTHORITY.test(authority) || scopes.length === 0) return null;
  const loginHint = q.get("loginHint") ?? undefined;
  return { clientId, authority, scopes, ...(loginHint ? { loginHint } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Dialog → pane: the token, or why there is none

export type DialogToken = {
  readonly protocol: typeof PROTOCOL;
  readonly kind: "token";
  readonly accessToken: string;
  /** Milliseconds since the epoch. */
  readonly expiresOn: number;
  readonly claims: Claims;
  readonly username?: string;
  readonly correlationId?: string;
};

export type DialogFailure = {
  readonly protocol: typeof PROTOCOL;
  readonly kind: "error";
  readonly name?: string;
  readonly errorCode: string;
  readonly errorMessage: string;
  readonly subError?: string;
  readonly correlationId?: string;
};

export type DialogAnswer = DialogToken | DialogFailure;

const CLAIMS_KEPT = [
  "name",
  "email",
  "preferred_username",
  "upn",
  "oid",
  "tid",
  "roles",
  "groups",
  "hasgroups",
  "_claim_names",
];

function keptClaims(claims: Claims): Claims {
  return Object.fromEntries(CLAIMS_KEPT.filter((k) => k in claims).map((k) => [k, claims[k]]));
}

/** What MSAL's AuthenticationResult offers that the answer needs. */
export type TokenResultLike = {
  readonly accessToken: string;
  readonly expiresOn: Date | null;
  readonly idTokenClaims: object;
  readonly account?: { readonly username?: string } | null;
  readonly correlationId?: string;
};

export function encodeToken(result: TokenResultLike): string {
  const answer: DialogToken = {
    protocol: PROTOCOL,
    kind: "token",
    accessToken: result.accessToken,
    expiresOn: result.expiresOn?.getTime() ?? 0,
    claims: keptClaims(result.idTokenClaims as Claims),
    ...(result.account?.username ? { username: result.account.username } : {}),
    ...(result.correlationId ? { correlationId: result.correlationId } : {}),
  };
  return JSON.stringify(answer);
}

export function encodeFailure(e: unknown): string {
  const f = msalFields(e);
  const answer: DialogFailure = {
    protocol: PROTOCOL,
    kind: "error",
    errorCode: f?.errorCode ?? "unknown_error",
    errorMessage: f?.errorMessage ?? String(e),
    ...(f?.name ? { name: f.name } : {}),
    ...(f?.subError ? { subError: f.subError } : {}),
    ...(f?.correlationId ? { correlationId: f.correlationId } : {}),
  };
  return JSON.stringify(answer);
}

const optionalString = (v: unknown): boolean => v === undefined || typeof v === "string";

/** The dialog's answer, or null when the message is not one (malformed, foreign, truncated). */
export function parseAnswer(message: string): DialogAnswer | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v["protocol"] !== PROTOCOL) return null;
  if (!optionalString(v["correlationId"])) return null;
  if (v["kind"] === "token") {
    const claims = v["claims"];
    const valid =
      typeof v["accessToken"] === "string" &&
      v["accessToken"] !== "" &&
      typeof v["expiresOn"] === "number" &&
      Number.isFinite(v["expiresOn"]) &&
      v["expiresOn"] > 0 &&
      typeof claims === "object" &&
      claims !== null &&
      !Array.isArray(claims) &&
      optionalString(v["username"]);
    return valid ? (v as DialogToken) : null;
  }
  if (v["kind"] === "error") {
    const valid =
      typeof v["errorCode"] === "string" &&
      typeof v["errorMessage"] === "string" &&
      optionalString(v["name"]) &&
      optionalString(v["subError"]);
    return valid ? (v as DialogFailure) : null;
  }
  return null;
}
