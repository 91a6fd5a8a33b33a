/**
 * Outlook's side of Smart Alerts, as the harness plays it: what the dialog shows for the options
 * a handler passed to event.completed, which buttons it offers for the manifest's send mode and
 * this Outlook's requirement set, and Outlook's limits on the options
 * (learn.microsoft.com: "Handle OnMessageSend … with Smart Alerts", SmartAlertsEventCompletedOptions).
 */
import type { CompletedEvent } from "./protocol.ts";

export type SendMode = "PromptUser" | "SoftBlock" | "Block";
export type AlertChoice = "sendAnyway" | "dontSend" | "takeAction";

export type SmartAlert = {
  /** Why Outlook shows the dialog. */
  readonly kind: "prompt" | "slow" | "unavailable";
  /** The dialog's title: the add-in's name (not customisable). */
  readonly title: string;
  /** The message as this Outlook shows it: Markdown from Mailbox 1.15, else the plain text. */
  readonly message: string;
  readonly markdown: boolean;
  /** The options as the handler passed them (prompt only). */
  readonly errorMessage?: string;
  readonly errorMessageMarkdown?: string;
  readonly cancelLabel?: string;
  readonly commandId?: string;
  /** The buttons, in the order Outlook on the web shows them, with their labels. */
  readonly buttons: readonly { readonly choice: AlertChoice; readonly label: string }[];
  /** Options Outlook would refuse (too long, wrong type); the harness records them. */
  readonly problems: readonly string[];
};

export const SMART_ALERT_LIMITS = { message: 500, cancelLabel: 20 } as const;

/** Outlook on the web takes this long before it says the add-in is slow (learn.microsoft.com). */
export const SLOW_AFTER_MS = 5_000;

function atLeast(version: string, wanted: string): boolean {
  const [vMajor = 0, vMinor = 0] = version.split(".").map(Number);
  const [wMajor = 0, wMinor = 0] = wanted.split(".").map(Number);
  return vMajor > wMajor || (vMajor === wMajor && vMinor >= wMinor);
}

function text(options: Readonly<Record<string, unknown>>, key: string): string | undefined {
  const value = options[key];
  return typeof value === "string" ? value : undefined;
}

function problemsOf(options: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const key of ["errorMessage", "errorMessageMarkdown"]) {
    const value = options[key];
    if (value !== undefined && typeof value !== "string") problems.push(`${key} is not text`);
    if (typeof value === "string" && value.length > SMART_ALERT_LIMITS.message) {
      problems.push(
        `${key} is ${value.length} characters; Outlook allows ${SMART_ALERT_LIMITS.message}`,
      );
    }
  }
  const label = options["cancelLabel"];
  if (typeof label === "string" && label.length > SMART_ALERT_LIMITS.cancelLabel) {
    problems.push(
      `cancelLabel is ${label.length} characters; Outlook allows ${SMART_ALERT_LIMITS.cancelLabel}`,
    );
  }
  if (options["contextData"] !== undefined && options["commandId"] === undefined) {
    problems.push("contextData without commandId is ignored");
  }
  return problems;
}

/** The buttons for a send mode: Send Anyway only with PromptUser (or an override to it). */
function buttons(
  mode: SendMode,
  takeAction: { readonly label: string } | undefined,
): SmartAlert["buttons"] {
  return [
    ...(takeAction ? [{ choice: "takeAction" as const, label: takeAction.label }] : []),
    { choice: "dontSend" as const, label: "Don't Send" },
    ...(mode === "PromptUser" ? [{ choice: "sendAnyway" as const, label: "Send Anyway" }] : []),
  ];
}

/**
 * The dialog for how the handler ended, or null when the email is sent. `version` is the
 * Mailbox requirement set this Outlook supports; `mode` the manifest's SendMode.
 */
export function smartAlertFor(
  completed: CompletedEvent,
  context: { readonly version: string; readonly mode: SendMode; readonly title: string },
): SmartAlert | null {
  const { version, mode, title } = context;
  if (completed.kind === "notAssociated") {
    // The add-in did not run: with PromptUser or SoftBlock the user may still send.
    return {
      kind: "unavailable",
      title,
      message: `${title} is unavailable, so it could not check this email.`,
      markdown: false,
      buttons: buttons(mode === "Block" ? "Block" : "PromptUser", undefined),
      problems: [`No handler is associated with ${completed.handler}`],
    };
  }
  const options = completed.options ?? {};
  if (options["allowEvent"] !== false) return null;
  const errorMessage = text(options, "errorMessage");
  const errorMessageMarkdown = atLeast(version, "1.15")
    ? text(options, "errorMessageMarkdown")
    : undefined;
  const cancelLabel = atLeast(version, "1.14") ? text(options, "cancelLabel") : undefined;
  const commandId = atLeast(version, "1.14") ? text(options, "commandId") : undefined;
  const overridden =
    atLeast(version, "1.14") && options["sendModeOverride"] === "promptUser" ? "PromptUser" : mode;
  const message =
    errorMessageMarkdown ?? errorMessage ?? `${title} is preventing this email from being sent.`;
  return {
    kind: "prompt",
    title,
    message,
    markdown: errorMessageMarkdown !== undefined,
    ...(errorMessage !== undefined ? { errorMessage } : {}),
    ...(errorMessageMarkdown !== undefined ? { errorMessageMarkdown } : {}),
    ...(cancelLabel !== undefined ? { cancelLabel } : {}),
    ...(commandId !== undefined ? { commandId } : {}),
    // The Take Action button appears only with a command to run (Outlook on the web).
    buttons: buttons(overridden, commandId ? { label: cancelLabel ?? "Take Action" } : undefined),
    problems: problemsOf(options),
  };
}

/** "Taking longer than expected": after five seconds Outlook offers Send Anyway (PromptUser). */
export function slowAlert(title: string, mode: SendMode): SmartAlert {
  return {
    kind: "slow",
    title,
    message: `${title} is taking longer than expected to check this email.`,
    markdown: false,
    buttons: buttons(mode, undefined),
    problems: [],
  };
}

/** One run of Outlook's Markdown subset as text and emphasis (never HTML). */
export type MarkdownRun = { readonly text: string; readonly strong: boolean };
export type MarkdownBlock =
  | { readonly kind: "paragraph"; readonly runs: readonly MarkdownRun[] }
  | { readonly kind: "list"; readonly items: readonly (readonly MarkdownRun[])[] };

function runs(line: string): MarkdownRun[] {
  const out: MarkdownRun[] = [];
  let strong = false;
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? "";
    if (c === "\\" && i + 1 < line.length) {
      current += line[++i] ?? "";
    } else if (c === "*" && line[i + 1] === "*") {
      if (current) out.push({ text: current, strong });
      current = "";
      strong = !strong;
      i++;
    } else {
      current += c;
    }
  }
  if (current) out.push({ text: current, strong });
  return out;
}

/** Outlook's Smart Alerts Markdown: paragraphs (\n\n), "- item\r" lists, **bold**, \ escapes. */
export function parseAlertMarkdown(markdown: string): MarkdownBlock[] {
  return markdown
    .split("\n\n")
    .filter((block) => block !== "")
    .map((block): MarkdownBlock => {
      if (/^[-*] /.test(block)) {
        const items = block
          .split("\r")
          .filter((item) => item.trim() !== "")
          .map((item) => runs(item.replace(/^[-*] /, "")));
        return { kind: "list", items };
      }
      return { kind: "paragraph", runs: runs(block) };
    });
}
