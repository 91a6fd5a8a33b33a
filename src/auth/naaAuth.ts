/**
 * Sign-in in Outlook, as Microsoft's Outlook NAA guidance and sample do it:
 * createNestablePublicClientApplication once; acquireTokenSilent first; acquireTokenPopup only
 * when MSAL says interaction is required; and, where NAA is unavailable or the popup cannot
 * open (older clients), standard MSAL in an Office dialog (fallback/). Never the legacy
 * Exchange token APIs. Tokens live in MSAL's cache (sessionStorage, docs/decisions.md) and, for
 * the dialog path, in this closure's memory: our code writes no token to storage.
 */
import {
  createNestablePublicClientApplication,
  LogLevel,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { AuthError, type SignedInUser } from "../app/ports";
import { dialogPageUrl, resolveScopes, type NaaConfig } from "./config";
import { bridgeUnavailable, needsInteraction, popupCannotOpen, toAuthErrorWithFix } from "./errors";
import type { AuthHost } from "./host";
import type { Claims } from "./roles";
import type { AuthService } from "./service";
import { userFromClaims } from "./user";

export type NaaDependencies = {
  readonly host: AuthHost;
  /** The task pane's URL, to find dialog.html beside it when no redirectUri is configured. */
  readonly pageUrl: string;
  /** MSAL's factory by default; tests pass a fake client. */
  readonly createClient?: (configuration: Configuration) => Promise<IPublicClientApplication>;
  readonly now?: () => number;
  readonly newCorrelationId?: () => string;
  /** Verbose MSAL logging, for diagnosing a sign-in problem (Microsoft's NAA FAQ advice). */
  readonly verboseLogging?: boolean;
  /**
   * "eventRuntime": Outlook's event runtime (the send check), where no window may open: tokens
   * come silently through NAA or not at all (AuthError "interactionRequired": the user signs in
   * once in the task pane), and MSAL keeps its cache in memory (the runtime may have no storage).
   */
  readonly runtime?: "pane" | "eventRuntime";
};

/** A token with what the Session needs to know about its user. */
type Grant = {
  readonly accessToken: string;
  readonly expiresOn: number;
  readonly claims: Claims;
  readonly username?: string;
  readonly account?: AccountInfo;
};

/** A token this close to expiry is renewed first: a Graph call may take a while to arrive. */
export const RENEW_BEFORE_MS = 5 * 60 * 1000;

function log(level: LogLevel, message: string, containsPii: boolean): void {
  if (containsPii) return;
  if (level === LogLevel.Error) console.error(message);
  else console.warn(message);
}

export function msalConfiguration(
  config: NaaConfig,
  redirectUri: string,
  verbose = false,
  cacheLocation: "sessionStorage" | "memoryStorage" = "sessionStorage",
): Configuration {
  return {
    auth: { clientId: config.auth.clientId, authority: config.auth.authority, redirectUri },
    // sessionStorage: see docs/decisions.md ("MSAL's cache: sessionStorage").
    cache: { cacheLocation },
    system: {
      loggerOptions: {
        logLevel: verbose ? LogLevel.Verbose : LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: log,
      },
    },
  };
}

function fromResult(result: AuthenticationResult, now: number): Grant {
  return {
    accessToken: result.accessToken,
    // MSAL always sets expiresOn for access tokens; "now" makes a missing one renew next time.
    expiresOn: result.expiresOn?.getTime() ?? now,
    claims: result.idTokenClaims as Claims,
    ...(result.account ? { account: result.account, username: result.account.username } : {}),
  };
}

export function createNaaAuth(config: NaaConfig, deps: NaaDependencies): AuthService {
  const scopes = resolveScopes(config.auth.scopes);
  const page = dialogPageUrl(config.auth, deps.pageUrl);
  const now = deps.now ?? Date.now;
  const newCorrelationId = deps.newCorrelationId ?? (() => crypto.randomUUID());
  const createClient = deps.createClient ?? createNestablePublicClientApplication;

  let client: Promise<IPublicClientApplication> | undefined;
  let current: Grant | undefined;
  let inflight: Promise<Grant> | undefined;
  // Once the dialog was needed, it stays the way for this session: NAA will not appear later.
  let usingDialog = false;

  const silentOnly = deps.runtime === "eventRuntime";
  const getClient = () =>
    (client ??= createClient(
      msalConfiguration(
        config,
        page,
        deps.verboseLogging,
        silentOnly ? "memoryStorage" : "sessionStorage",
      ),
    ));

  /** In the event runtime nothing may open: the user signs in once in the task pane. */
  const noWindow = (why: string) =>
    new AuthError(
      "interactionRequired",
      `${why}; the send check cannot open a sign-in window: sign in once in the task pane.`,
    );

  async function viaDialog(correlationId: string): Promise<Grant> {
    usingDialog = true;
    // Only older clients need it: it loads when they do, not before every first verdict.
    const { signInWithDialog } = await import(
      /* webpackChunkName: "sign-in-dialog" */ "./fallback/signInWithDialog"
    );
    const answer = await signInWithDialog({
      host: deps.host,
      settings: config.auth,
      scopes,
      page,
      correlationId,
    });
    const { accessToken, expiresOn, claims, username } = answer;
    return { accessToken, expiresOn, claims, ...(username ? { username } : {}) };
  }

  async function viaNaa(forceRefresh: boolean, correlationId: string): Promise<Grant> {
    let pca: IPublicClientApplication;
    try {
      pca = await getClient();
    } catch (e) {
      // The bridge is not there after all (the pane's build has no standard MSAL to fall back to).
      if (bridgeUnavailable(e)) return viaDialog(correlationId);
      throw e;
    }
    const account = current?.account;
    try {
      const silent = await pca.acquireTokenSilent({
        scopes: [...scopes],
        correlationId,
        forceRefresh,
        ...(account ? { account } : {}),
      });
      return fromResult(silent, now());
    } catch (e) {
      if (silentOnly && (bridgeUnavailable(e) || needsInteraction(e))) {
        throw noWindow("Signing in silently did not work");
      }
      if (bridgeUnavailable(e)) return viaDialog(correlationId);
      if (!needsInteraction(e)) throw e;
    }
    try {
      return fromResult(await pca.acquireTokenPopup({ scopes: [...scopes], correlationId }), now());
    } catch (e) {
      if (popupCannotOpen(e) || bridgeUnavailable(e)) return viaDialog(correlationId);
      throw e;
    }
  }

  async function acquire(forceRefresh: boolean): Promise<Grant> {
    const correlationId = newCorrelationId();
    try {
      const useDialog = usingDialog || !deps.host.isNestedAppAuthSupported();
      if (useDialog && silentOnly) throw noWindow("This Outlook does not offer NAA sign-in");
      return useDialog ? await viaDialog(correlationId) : await viaNaa(forceRefresh, correlationId);
    } catch (e) {
      throw await toAuthErrorWithFix(e, config.auth, page, correlationId);
    }
  }

  /** One sign-in at a time: concurrent callers share it (and so share one popup or dialog). */
  function grant(forceRefresh: boolean): Promise<Grant> {
    if (!forceRefresh && current && current.expiresOn - now() > RENEW_BEFORE_MS) {
      return Promise.resolve(current);
    }
    inflight ??= acquire(forceRefresh)
      .then((g) => (current = g))
      .finally(() => (inflight = undefined));
    return inflight;
  }

  return {
    async getAccessToken(options) {
      return (await grant(options?.forceRefresh === true)).accessToken;
    },
    async currentUser(): Promise<SignedInUser> {
      const g = await grant(false);
      return userFromClaims(g.claims, config.roles, g.username);
    },
  };
}
