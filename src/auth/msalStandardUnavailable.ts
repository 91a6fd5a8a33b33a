/**
 * In the task pane's build only, this module takes the place of MSAL's StandardController and
 * StandardOperatingContext (webpack.config.js, the "pane" layer). The pane signs in by nested
 * app authentication alone: where NAA is unavailable it opens the sign-in dialog, whose page
 * runs standard MSAL (docs/decisions.md, Sign-in). MSAL's createNestablePublicClientApplication
 * still names the standard controller for its fallback, which keeps ~40 KiB gzip of redirect,
 * popup and silent-iframe code in the first load; with this stand-in, that fallback throws
 * the error MSAL itself gives when the host has NAA switched off, and naaAuth.ts opens the
 * dialog, as it does for that error.
 */
export const NAA_ONLY_ERROR_CODE = "nested_app_auth_bridge_disabled";

function naaOnly(): Error {
  return Object.assign(
    new Error("Nested app authentication is not available here; the pane signs in with a dialog."),
    { name: "BrowserAuthError", errorCode: NAA_ONLY_ERROR_CODE },
  );
}

export class StandardOperatingContext {
  constructor() {
    throw naaOnly();
  }
}

export class StandardController {
  constructor() {
    throw naaOnly();
  }
}
