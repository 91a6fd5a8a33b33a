/**
 * Entry point of the fallback sign-in page (dialog.html): runs inside an Office dialog (or as
 * MSAL's redirect bridge). The work is in dialogFlow.ts; this file only wires the browser.
 */
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";
import { connectToParent } from "../../office/authHost";
import { runDialog } from "./dialogFlow";

function show(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

runDialog({
  url: new URL(window.location.href),
  connectToParent: () => connectToParent(),
  createClient: createStandardPublicClientApplication,
  bridge: () => broadcastResponseToMainFrame(),
  show,
}).catch((e: unknown) => {
  // Reached only when Office never became ready: nobody is listening, so say so on the page.
  console.error(e);
  show("Sign-in could not finish. Close this window and try again from the add-in.");
});
