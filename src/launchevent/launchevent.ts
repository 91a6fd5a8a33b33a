/**
 * The event runtime's composition root (launchevent.js): Outlook runs these handlers without
 * the task pane. OnMessageSend (Smart Alerts) judges the recipients before the email leaves;
 * OnMessageRecipientsChanged marks the draft as soon as a restricted customer is added. One
 * bundle with no imports at run time, no DOM and no UI library: classic Outlook on Windows loads
 * this file alone in a JavaScript-only runtime.
 */
import { globalOffice } from "../office/host";
import { associateHandlers } from "../office/launchEvents";
import { officeReady } from "../office/ready";
import { createHandlers } from "./handlers";
import { startEventRuntime } from "./runtime";

declare const ucbConfig: unknown;

/** Set by config.js in launchevent.html; absent in the JavaScript-only runtime. */
function loadedConfig(): unknown {
  return typeof ucbConfig === "undefined" ? undefined : ucbConfig;
}

function pageUrl(): string | undefined {
  const location = (globalThis as { location?: { href?: string } }).location;
  return typeof location?.href === "string" ? location.href : undefined;
}

const office = globalOffice();
if (office) {
  const handlers = createHandlers(office, () =>
    startEventRuntime({
      office,
      pageUrl: pageUrl(),
      fetch: (i, init) => fetch(i, init),
      loadedConfig: loadedConfig(),
    }),
  );
  const associated = associateHandlers(office, {
    messageSend: (event) => void handlers.messageSend(event),
    recipientsChanged: (event) => void handlers.recipientsChanged(event),
  });
  if (!associated) console.error("Office.actions is missing: the send check is not registered.");
  // The browser runtime (launchevent.html) initialises Office.js; classic Outlook on Windows
  // never settles onReady here, and nothing waits for it.
  void officeReady();
} else {
  console.error("Office.js did not load before the send check.");
}
