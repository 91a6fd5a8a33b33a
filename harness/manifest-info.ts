/**
 * What the harness's Outlook reads from the manifest it serves: the add-in's name (the Smart
 * Alerts dialog's title) and OnMessageSend's SendMode (the dialog's buttons). Read from the built
 * manifest, so the harness plays what an administrator would deploy.
 */
import type { SendMode } from "./client/sending";

export type SmartAlertSettings = { readonly addinName: string; readonly sendMode: SendMode };

const SEND_MODES: readonly SendMode[] = ["PromptUser", "SoftBlock", "Block"];

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

export function smartAlertSettings(manifestXml: string): SmartAlertSettings {
  const displayName = /<DisplayName\b[^>]*>/.exec(manifestXml)?.[0];
  const addinName = (displayName && attribute(displayName, "DefaultValue")) ?? "The add-in";
  const send = [...manifestXml.matchAll(/<LaunchEvent\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => attribute(tag, "Type") === "OnMessageSend");
  const mode = send ? attribute(send, "SendMode") : undefined;
  // Outlook's default when the attribute is absent (learn.microsoft.com: soft block).
  const sendMode = SEND_MODES.find((m) => m === mode) ?? "SoftBlock";
  return { addinName, sendMode };
}
