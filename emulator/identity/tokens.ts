/**
 * Access tokens: JWT-shaped, unsigned (`alg: "none"`), issued only by the emulator. Verification
 * checks what Graph checks (shape, audience, issuer, tenant, lifetime) and that the token names a
 * demo user, so a hand-made token for someone else is refused like a forged one.
 */
import { GraphHttpError } from "../http/graph-error";
import { findUser, type DemoUser, type Directory } from "./directory";

export const GRAPH_AUDIENCE = "https://graph.microsoft.com";
const DEFAULT_LIFETIME_SECONDS = 3600;

export type TokenOptions = {
  /** Lifetime; negative gives a token that has already expired (for refresh tests). */
  readonly expiresInSeconds?: number;
  /** Delegated scopes (`scp`); defaults to what the demo user's consent would give. */
  readonly scopes?: readonly string[];
  /** The app the token was issued to (`appid`); defaults to the add-in's client id. */
  readonly appId?: string;
  /**
   * The resource the token is for (`aud`): Graph by default, or the SharePoint host
   * ("https://council.sharepoint.com") for SharePoint REST. One resource per token, as Entra issues them.
   */
  readonly resource?: string;
};

export type AccessClaims = {
  readonly aud: string;
  readonly iss: string;
  readonly tid: string;
  readonly oid: string;
  readonly upn: string;
  readonly name: string;
  readonly scp: string;
  readonly appid: string;
  readonly ver: "1.0";
  readonly iat: number;
  readonly nbf: number;
  readonly exp: number;
};

export type IssuedToken = {
  readonly access_token: string;
  readonly token_type: "Bearer";
  readonly expires_in: number;
  readonly id_token_claims: {
    readonly aud: string;
    readonly iss: string;
    readonly tid: string;
    readonly oid: string;
    readonly preferred_username: string;
    readonly name: string;
    readonly roles: readonly string[];
  };
};

export type Caller = {
  readonly user: DemoUser;
  readonly scopes: ReadonlySet<string>;
  readonly appId: string;
};

const base64url = (text: string): string => Buffer.from(text, "utf8").toString("base64url");

/** SharePoint's own delegated scopes (resource "Office 365 SharePoint Online"), as Entra writes them in `scp`. */
export const SHAREPOINT_SCOPES = [
  "AllSites.Read",
  "AllSites.Write",
  "AllSites.Manage",
  "AllSites.FullControl",
  "Sites.Selected",
] as const;

export function defaultScopes(user: DemoUser, resource: string = GRAPH_AUDIENCE): string[] {
  const owner = user.groups.includes("UCB Owners");
  if (resource !== GRAPH_AUDIENCE) return owner ? ["AllSites.Manage"] : ["AllSites.Write"];
  const scopes = ["Sites.ReadWrite.All", "User.Read"];
  if (owner) scopes.push("Sites.Manage.All");
  return scopes;
}

const issuerOf = (directory: Directory): string => `https://sts.windows.net/${directory.tenantId}/`;

export function issueToken(
  directory: Directory,
  upn: string,
  options: TokenOptions = {},
  now: Date = new Date(),
): IssuedToken {
  const user = findUser(directory, upn);
  if (!user) throw new Error(`No demo user ${upn}`);
  const lifetime = options.expiresInSeconds ?? DEFAULT_LIFETIME_SECONDS;
  if (!Number.isFinite(lifetime)) throw new Error("expiresInSeconds must be a finite number");
  const iat = Math.floor(now.getTime() / 1000);
  const resource = options.resource ?? GRAPH_AUDIENCE;
  const claims: AccessClaims = {
    aud: resource,
    iss: issuerOf(directory),
    tid: directory.tenantId,
    oid: user.id,
    upn: user.upn,
    name: user.displayName,
    scp: (options.scopes ?? defaultScopes(user, resource)).join(" "),
    appid: options.appId ?? directory.clientId,
    ver: "1.0",
    iat,
    nbf: Math.min(iat, iat + lifetime),
    exp: iat + lifetime,
  };
  const header = { typ: "JWT", alg: "none" };
  return {
    access_token: `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.`,
    token_type: "Bearer",
    expires_in: lifetime,
    id_token_claims: {
      aud: directory.clientId,
      iss: `https://login.microsoftonline.com/${directory.tenantId}/v2.0`,
      tid: directory.tenantId,
      oid: user.id,
      preferred_username: user.upn,
      name: user.displayName,
      roles: user.appRole ? [user.appRole] : [],
    },
  };
}

/** What Graph sends with a 401, so clients know where to get a token. */
const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

/** A refused token; `detail.audience` carries a wrong audience, which SharePoint names in its answer. */
export class UnauthenticatedError extends GraphHttpError {
  constructor(
    message: string,
    readonly detail: { readonly audience?: string } = {},
  ) {
    super(401, "InvalidAuthenticationToken", message, { "WWW-Authenticate": WWW_AUTHENTICATE });
  }
}

const unauthenticated = (message: string, detail?: { audience?: string }): GraphHttpError =>
  new UnauthenticatedError(message, detail);

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * The caller behind an Authorization header, or a 401 worded as Graph words it. `audiences` are
 * the `aud` values this resource accepts (Graph's by default; SharePoint REST passes its host).
 */
export function verifyAuthorization(
  directory: Directory,
  authorization: string | undefined,
  now: Date = new Date(),
  audiences: readonly string[] = [GRAPH_AUDIENCE],
): Caller {
  const match = /^Bearer\s+(.*)$/i.exec(authorization?.trim() ?? "");
  const token = match?.[1]?.trim() ?? "";
  if (token === "") throw unauthenticated("Access token is empty.");
  const parts = token.split(".");
  if (parts.length !== 3) {
    throw unauthenticated("IDX14100: JWT is not well formed, there are no dots (.).");
  }
  const header = decodeSegment(parts[0] ?? "");
  const claims = decodeSegment(parts[1] ?? "");
  if (!header || !claims)
    throw unauthenticated("CompactToken parsing failed with error code: 80049217");
  if (header["alg"] !== "none") throw unauthenticated("Access token validation failure.");
  const aud = claims["aud"];
  if (typeof aud !== "string" || !audiences.includes(aud.replace(/\/$/, ""))) {
    throw unauthenticated("Access token validation failure. Invalid audience.", {
      audience: typeof aud === "string" ? aud : "",
    });
  }
  if (claims["iss"] !== issuerOf(directory) || claims["tid"] !== directory.tenantId) {
    throw unauthenticated("Access token validation failure. Invalid issuer.");
  }
  const exp = claims["exp"];
  const nbf = claims["nbf"];
  const nowSeconds = now.getTime() / 1000;
  if (
    typeof exp !== "number" ||
    typeof nbf !== "number" ||
    exp <= nowSeconds ||
    nbf > nowSeconds + 300
  ) {
    throw unauthenticated("Lifetime validation failed, the token is expired.");
  }
  const upn = claims["upn"];
  const user = typeof upn === "string" ? findUser(directory, upn) : undefined;
  if (!user || claims["oid"] !== user.id) throw unauthenticated("Access token validation failure.");
  const scp = typeof claims["scp"] === "string" ? claims["scp"] : "";
  const appId = typeof claims["appid"] === "string" ? claims["appid"] : "";
  return { user, scopes: new Set(scp.split(" ").filter(Boolean)), appId };
}
