import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it, vi } from "vitest";
import type { AuthHost } from "../auth/host";
import { connectToParent, createOfficeAuthHost, type AuthOffice } from "./authHost";

type DialogArg = { message: string; origin: string | undefined } | { error: number };

/** An Office dialog as the parent page sees it: handlers by event type, close() counted. */
function fakeDialog() {
  const handlers = new Map<string, (arg: DialogArg) => void>();
  return {
    handlers,
    close: vi.fn(),
    addEventHandler: vi.fn((type: string, handler: (arg: DialogArg) => void) => {
      handlers.set(type, handler);
    }),
    fire(type: "dialogMessageReceived" | "dialogEventReceived", arg: DialogArg) {
      handlers.get(type)?.(arg);
    },
  };
}

function fakeOffice(
  options: { naa?: boolean | "throws"; openFails?: { code: number; message: string } } = {},
) {
  const dialog = fakeDialog();
  const ui = {
    displayDialogAsync: vi.fn(
      (_url: string, _options: unknown, cb: (r: Record<string, unknown>) => void) => {
        cb(
          options.openFails
            ? { status: "failed", error: options.openFails }
            : { status: "succeeded", value: dialog },
        );
      },
    ),
    messageParent: vi.fn(),
  };
  const onReady = vi.fn(() => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }));
  const mock = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady,
    context: {
      requirements: {
        isSetSupported: vi.fn((name: string, version?: string) => {
          if (options.naa === "throws") throw new Error("unknown requirement set");
          return name === "NestedAppAuth" && version === "1.1" && (options.naa ?? true);
        }),
      },
      mailbox: { userProfile: { emailAddress: "Alex.Morgan@council.example" } },
      ui,
    },
  });
  return { office: mock as unknown as AuthOffice, dialog, ui, onReady };
}

describe("the task pane's auth host", () => {
  it("is the AuthHost src/auth expects", () => {
    const host: AuthHost = createOfficeAuthHost(fakeOffice().office);
    expect(host.loginHint()).toBe("Alex.Morgan@council.example");
  });

  it("asks Office about NestedAppAuth 1.1, treating a throw as unsupported", () => {
    expect(createOfficeAuthHost(fakeOffice({ naa: true }).office).isNestedAppAuthSupported()).toBe(
      true,
    );
    expect(createOfficeAuthHost(fakeOffice({ naa: false }).office).isNestedAppAuthSupported()).toBe(
      false,
    );
    expect(
      createOfficeAuthHost(fakeOffice({ naa: "throws" }).office).isNestedAppAuthSupported(),
    ).toBe(false);
  });

  it("without office.js: no NAA, no login hint, and a dialog that fails", async () => {
    const host = createOfficeAuthHost(undefined);
    expect(host.isNestedAppAuthSupported()).toBe(false);
    expect(host.loginHint()).toBeUndefined();
    expect(await host.openDialog("https://addin.example/dialog.html")).toMatchObject({
      kind: "failed",
    });
  });

  it("resolves with the dialog's first message, with its origin, and closes the dialog", async () => {
    const { office, dialog, ui } = fakeOffice();
    const outcome = createOfficeAuthHost(office).openDialog(
      "https://addin.example/dialog.html?x=1",
    );

    dialog.fire("dialogMessageReceived", { message: "hello", origin: "https://addin.example" });
    dialog.fire("dialogMessageReceived", { message: "second", origin: "https://addin.example" });

    expect(await outcome).toEqual({
      kind: "message",
      message: "hello",
      origin: "https://addin.example",
    });
    expect(ui.displayDialogAsync).toHaveBeenCalledWith(
      "https://addin.example/dialog.html?x=1",
      { height: 60, width: 30 },
      expect.any(Function),
    );
    expect(dialog.close).toHaveBeenCalled();
  });

  it("leaves the origin out where the host does not report it", async () => {
    const { office, dialog } = fakeOffice();
    const outcome = createOfficeAuthHost(office).openDialog("https://addin.example/dialog.html");

    dialog.fire("dialogMessageReceived", { message: "hello", origin: undefined });

    expect(await outcome).toEqual({ kind: "message", message: "hello" });
  });

  it("reports the user closing the dialog (12006) as closed, other events as failures", async () => {
    const closed = fakeOffice();
    const a = createOfficeAuthHost(closed.office).openDialog("https://addin.example/dialog.html");
    closed.dialog.fire("dialogEventReceived", { error: 12006 });

    const broken = fakeOffice();
    const b = createOfficeAuthHost(broken.office).openDialog("https://addin.example/dialog.html");
    broken.dialog.fire("dialogEventReceived", { error: 12002 });

    expect(await a).toEqual({ kind: "closed" });
    expect(await b).toMatchObject({ kind: "failed", code: 12002 });
  });

  it("reports a dialog Office would not open with Office's error code", async () => {
    const { office } = fakeOffice({
      openFails: { code: 12009, message: "The user ignored the dialog." },
    });

    expect(
      await createOfficeAuthHost(office).openDialog("https://addin.example/dialog.html"),
    ).toEqual({
      kind: "failed",
      code: 12009,
      description: "The user ignored the dialog.",
    });
  });
});

describe("the dialog page's way back", () => {
  it("waits for Office, then sends with messageParent", async () => {
    const { office, ui, onReady } = fakeOffice();

    const parent = await connectToParent(office);
    parent.send('{"kind":"token"}');

    expect(onReady).toHaveBeenCalled();
    expect(ui.messageParent).toHaveBeenCalledWith('{"kind":"token"}');
  });

  it("refuses to run without office.js", async () => {
    await expect(connectToParent(undefined)).rejects.toThrow(/opened by the add-in/);
  });
});
