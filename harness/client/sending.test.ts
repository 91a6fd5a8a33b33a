import { describe, expect, it } from "vitest";
import { parseAlertMarkdown, slowAlert, smartAlertFor } from "./sending.ts";

const CONTEXT = {
  version: "1.15",
  mode: "PromptUser" as const,
  title: "Customer contact restrictions",
};
const stopped = (options: Record<string, unknown>) =>
  smartAlertFor({ kind: "completed", options: { allowEvent: false, ...options } }, CONTEXT);

describe("Outlook's Smart Alerts dialog in the harness", () => {
  it("shows nothing when the handler lets the email go", () => {
    expect(smartAlertFor({ kind: "completed", options: { allowEvent: true } }, CONTEXT)).toBeNull();
    expect(smartAlertFor({ kind: "completed", options: null }, CONTEXT)).toBeNull();
  });

  it("offers Take Action, Don't Send and Send Anyway with a command and PromptUser", () => {
    const alert = stopped({
      errorMessage: "Plain",
      errorMessageMarkdown: "**Bold**",
      cancelLabel: "See the terms",
      commandId: "ucbComposeOpenPane",
    });
    expect(alert).toMatchObject({
      kind: "prompt",
      message: "**Bold**",
      markdown: true,
      problems: [],
    });
    expect(alert?.buttons.map((b) => b.label)).toEqual([
      "See the terms",
      "Don't Send",
      "Send Anyway",
    ]);
  });

  it.each([
    ["1.12", "Plain", ["dontSend", "sendAnyway"]],
    ["1.14", "Plain", ["takeAction", "dontSend", "sendAnyway"]],
  ])("shows what Mailbox %s supports", (version, message, choices) => {
    const alert = smartAlertFor(
      {
        kind: "completed",
        options: {
          allowEvent: false,
          errorMessage: "Plain",
          errorMessageMarkdown: "**Bold**",
          cancelLabel: "See the terms",
          commandId: "x",
        },
      },
      { ...CONTEXT, version },
    );
    expect(alert?.message).toBe(message);
    expect(alert?.buttons.map((b) => b.choice)).toEqual(choices);
  });

  it("offers no Send Anyway under SoftBlock unless the handler overrides it (1.14)", () => {
    const soft = { ...CONTEXT, mode: "SoftBlock" as const };
    const plain = smartAlertFor({ kind: "completed", options: { allowEvent: false } }, soft);
    expect(plain?.buttons.map((b) => b.choice)).toEqual(["dontSend"]);
    expect(plain?.message).toBe(
      "Customer contact restrictions is preventing this email from being sent.",
    );
    const overridden = smartAlertFor(
      { kind: "completed", options: { allowEvent: false, sendModeOverride: "promptUser" } },
      soft,
    );
    expect(overridden?.buttons.map((b) => b.choice)).toEqual(["dontSend", "sendAnyway"]);
  });

  it("records options Outlook would refuse", () => {
    const alert = stopped({
      errorMessage: "x".repeat(501),
      cancelLabel: "A label that is too long",
    });
    expect(alert?.problems).toEqual([
      "errorMessage is 501 characters; Outlook allows 500",
      "cancelLabel is 24 characters; Outlook allows 20",
    ]);
  });

  it("lets the user send when the add-in did not run", () => {
    const alert = smartAlertFor(
      { kind: "notAssociated", handler: "onMessageSendHandler" },
      CONTEXT,
    );
    expect(alert?.kind).toBe("unavailable");
    expect(alert?.buttons.map((b) => b.choice)).toEqual(["dontSend", "sendAnyway"]);
  });

  it("says the add-in is slow after five seconds, with Send Anyway for PromptUser", () => {
    expect(slowAlert("X", "PromptUser").buttons.map((b) => b.choice)).toEqual([
      "dontSend",
      "sendAnyway",
    ]);
  });
});

describe("Outlook's Markdown in the dialog", () => {
  it("reads paragraphs, lists, bold and escapes, never HTML", () => {
    expect(
      parseAlertMarkdown(
        "**Jo** (jo\\_b@example.org) is <b>restricted</b>.\n\n- One\r- Two\r\n\nEnd",
      ),
    ).toEqual([
      {
        kind: "paragraph",
        runs: [
          { text: "Jo", strong: true },
          { text: " (jo_b@example.org) is <b>restricted</b>.", strong: false },
        ],
      },
      { kind: "list", items: [[{ text: "One", strong: false }], [{ text: "Two", strong: false }]] },
      { kind: "paragraph", runs: [{ text: "End", strong: false }] },
    ]);
  });
});
