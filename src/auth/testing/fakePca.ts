/**
 * A hand-written IPublicClientApplication for tests: each call to acquireTokenSilent,
 * acquireTokenPopup, handleRedirectPromise or loginRedirect takes the next scripted step
 * (a result or an error) and is recorded. Anything else MSAL offers throws: a test that
 * reaches it has found a path the code should not take.
 */
import type {
  AccountInfo,
  AuthenticationResult,
  IPublicClientApplication,
  PopupRequest,
  RedirectRequest,
  SilentRequest,
} from "@azure/msal-browser";

type Step = AuthenticationResult | Error | null;
type Scripted =
  "acquireTokenSilent" | "acquireTokenPopup" | "handleRedirectPromise" | "loginRedirect";

export type Call =
  | { readonly method: "acquireTokenSilent"; readonly request: SilentRequest }
  | { readonly method: "acquireTokenPopup"; readonly request: PopupRequest }
  | { readonly method: "handleRedirectPromise" }
  | { readonly method: "loginRedirect"; readonly request: RedirectRequest | undefined };

export const TEST_ACCOUNT: AccountInfo = {
  homeAccountId: "oid-1.tid-1",
  environment: "login.microsoftonline.com",
  tenantId: "tid-1",
  username: "alex.morgan@council.example",
  localAccountId: "oid-1",
  name: "Alex Morgan",
};

/** A token result as MSAL returns it, with ID-token claims and an expiry. */
export function tokenResult(
  accessToken: string,
  expiresOn: Date,
  claims: Record<string, unknown> = { name: "Alex Morgan", roles: ["Frontline"] },
): AuthenticationResult {
  return {
    authority: "https://login.microsoftonline.com/tid-1",
    uniqueId: "oid-1",
    tenantId: "tid-1",
    scopes: ["Sites.ReadWrite.All", "User.Read"],
    account: TEST_ACCOUNT,
    idToken: "id-token",
    idTokenClaims: { preferred_username: TEST_ACCOUNT.username, ...claims },
    accessToken,
    fromCache: false,
    expiresOn,
    tokenType: "Bearer",
    correlationId: "corr-msal",
  };
}

function unused(name: string): never {
  throw new Error(`FakePca: ${name} was not expected in this test`);
}

export class FakePca implements IPublicClientApplication {
  readonly calls: Call[] = [];
  private readonly steps = new Map<Scripted, Step[]>();

  /** Queues what the next calls of `method` answer, in order. */
  script(method: Scripted, ...steps: Step[]): this {
    this.steps.set(method, [...(this.steps.get(method) ?? []), ...steps]);
    return this;
  }

  count(method: Call["method"]): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  private next(method: Scripted): Promise<AuthenticationResult | null> {
    const step = this.steps.get(method)?.shift();
    if (step === undefined) {
      return Promise.reject(new Error(`FakePca: nothing scripted for ${method}`));
    }
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  }

  private async token(method: Scripted): Promise<AuthenticationResult> {
    const step = await this.next(method);
    if (step === null) throw new Error(`FakePca: ${method} scripted with null`);
    return step;
  }

  acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult> {
    this.calls.push({ method: "acquireTokenSilent", request });
    return this.token("acquireTokenSilent");
  }
  acquireTokenPopup(request: PopupRequest): Promise<AuthenticationResult> {
    this.calls.push({ method: "acquireTokenPopup", request });
    return this.token("acquireTokenPopup");
  }
  handleRedirectPromise(): Promise<AuthenticationResult | null> {
    this.calls.push({ method: "handleRedirectPromise" });
    return this.next("handleRedirectPromise");
  }
  async loginRedirect(request?: RedirectRequest): Promise<void> {
    this.calls.push({ method: "loginRedirect", request });
    await this.next("loginRedirect");
  }

  initialize(): Promise<void> {
    return Promise.resolve();
  }
  acquireTokenRedirect(): Promise<void> {
    return unused("acquireTokenRedirect");
  }
  acquireTokenByCode(): Promise<AuthenticationResult> {
    return unused("acquireTokenByCode");
  }
  addEventCallback(): string | null {
    return unused("addEventCallback");
  }
  removeEventCallback(): void {
    unused("removeEventCallback");
  }
  addPerformanceCallback(): string {
    return unused("addPerformanceCallback");
  }
  removePerformanceCallback(): boolean {
    return unused("removePerformanceCallback");
  }
  getAccount(): AccountInfo | null {
    return null;
  }
  getAllAccounts(): AccountInfo[] {
    return [];
  }
  loginPopup(): Promise<AuthenticationResult> {
    return unused("loginPopup");
  }
  logoutRedirect(): Promise<void> {
    return unused("logoutRedirect");
  }
  logoutPopup(): Promise<void> {
    return unused("logoutPopup");
  }
  ssoSilent(): Promise<AuthenticationResult> {
    return unused("ssoSilent");
  }
  getLogger(): never {
    return unused("getLogger");
  }
  setLogger(): void {
    unused("setLogger");
  }
  setActiveAccount(): void {
    unused("setActiveAccount");
  }
  getActiveAccount(): AccountInfo | null {
    return null;
  }
  initializeWrapperLibrary(): void {
    unused("initializeWrapperLibrary");
  }
  setNavigationClient(): void {
    unused("setNavigationClient");
  }
  getConfiguration(): never {
    return unused("getConfiguration");
  }
  hydrateCache(): Promise<void> {
    return unused("hydrateCache");
  }
  clearCache(): Promise<void> {
    return unused("clearCache");
  }
}
