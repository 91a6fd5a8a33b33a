/**
 * What to fix for each Entra refusal a setting causes (errors.ts MISCONFIGURED_CODES): the pane
 * shows it to the IT service desk (docs/admin-setup.md "When sign-in fails" lists the same).
 * Entra codes from learn.microsoft.com/entra/identity-platform/reference-error-codes.
 */
export const MISCONFIGURED_FIXES: Readonly<Record<string, string>> = {
  AADSTS50194:
    "the app registration is single tenant, but config.js signs in at a multi-tenant authority: set auth.authority in config.js to https://login.microsoftonline.com/<tenant id> (UCB_TENANT_ID at build time)",
  AADSTS50011:
    "the redirect URI is not registered: add <origin>/taskpane.html, <origin>/dialog.html and brk-multihub://<host> as Single-page application redirect URIs (admin-setup.md step 2)",
  AADSTS500113:
    "the app registration has no redirect URI: add the Single-page application redirect URIs (admin-setup.md step 2)",
  AADSTS9002326:
    "the redirect URIs are registered on the Web platform: move them to Single-page application (admin-setup.md step 2)",
  AADSTS7000218:
    "the app registration expects a client secret: the redirect URIs must be on the Single-page application platform, not Web (admin-setup.md step 2)",
  AADSTS700016:
    "no app registration with this client id exists in this tenant: check auth.clientId and auth.authority in config.js against the registration's Overview page",
  AADSTS90002:
    "the tenant in auth.authority does not exist: set it to your Directory (tenant) ID (UCB_TENANT_ID at build time)",
  AADSTS650056:
    "the app registration's API permissions are incomplete or not consented: add them and grant admin consent (admin-setup.md step 3)",
  AADSTS650057:
    "config.js asks for a permission the app registration does not list: add it under API permissions, or remove it from auth.scopes (admin-setup.md step 3)",
  AADSTS70011:
    "config.js asks for a scope Entra does not accept: set auth.scopes to Sites.Selected User.Read or Sites.ReadWrite.All User.Read",
  AADSTS50020:
    "the account is from another tenant than auth.authority names: staff sign in with their own council account, and auth.authority names your tenant",
};
