/**
 * The Office.js calls sign-in needs, for both sides of the fallback dialog:
 * - the task pane: is NAA supported here, open our dialog page, the mailbox owner's address
 *   (src/auth's AuthHost port, matched structurally: src/office imports nothing of src/auth);
 * - the dialog page: wait for Office, then send one message back to the pane.
 * Like the rest of src/office, it takes the Office object as a parameter (the global by default).
 */

export type AuthDialogOutcome =
  | { readonly kind: "message"; readonly message: string; readonly origin?: string }
  | { readonly kind: "closed" }
  | { readonly kind: "failed"; readonly code: number; readonly description: string };

export type OfficeAuthHost = {
  isNestedAppAuthSupported(): boolean;
  openDialog(url: string): Promise<AuthDialogOutcome>;
  loginHint(): string | undefined;
};

type DialogArg = { message: string; origin: string | undefined } | { error: number };
type DialogLike = {
  close(): void;
  addEventHandler(eventType: string, handler: (arg: DialogArg) => void): void;
};
type DialogResult =
  | { readonly status: unknown; readonly value: DialogLike; readonly error?: undefined }
  | {
      readonly status: unknown;
      readonly error: { readonly code: number; readonly message: string };
    };

/** The slice of the Office global used here. */
export type AuthOffice = {
  readonly context: {
    readonly requirements?:
      { isSetSupported(name: string, minVersion?: string): boolean } | undefined;
    readonly mailbox?: { readonly userProfile?: { readonly emailAddress?: string } } | undefined;
    readonly ui: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number },
        callback: (result: DialogResult) => void,
      ): void;
      messageParent(message: string): void;
    };
  };
  readonly AsyncResultStatus: { readonly Failed: unknown };
  onReady(): Promise<unknown>;
};

// The Office.EventType values; literals, since office.js fills that enum per host.
const DIALOG_MESSAGE = "dialogMessageReceived";
const DIALOG_EVENT = "dialogEventReceived";
const DIALOG_CLOSED_BY_USER = 12006;
// The size Microsoft's Outlook NAA sample uses: tall enough for Entra's pages.
const DIALOG_SIZE = { height: 60, width: 30 };

function globalAuthOffice(): AuthOffice | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

function openDialog(office: AuthOffice, url: string): Promise<AuthDialogOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: AuthDialogOutcome) => {
      if (!settled) resolve(outcome);
      settled = true;
    };
    office.context.ui.displayDialogAsync(url, DIALOG_SIZE, (result) => {
      if (result.error || result.status === office.AsyncResultStatus.Failed) {
        const error = result.error ?? { code: 0, message: "The dialog could not be opened." };
        settle({ kind: "failed", code: error.code, description: error.message });
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(DIALOG_MESSAGE, (arg) => {
        if (!("message" in arg)) return;
        dialog.close();
        settle({
          kind: "message",
          message: arg.message,
          ...(arg.origin !== undefined ? { origin: arg.origin } : {}),
        });
      });
      dialog.addEventHandler(DIALOG_EVENT, (arg) => {
        if (!("error" in arg)) return;
        settle(
          arg.error === DIALOG_CLOSED_BY_USER
            ? { kind: "closed" }
            : {
                kind: "failed",
                code: arg.error,
                description: "The dialog failed or was unloaded.",
              },
        );
      });
    });
  });
}

export function createOfficeAuthHost(
  office: AuthOffice | undefined = globalAuthOffice(),
): OfficeAuthHost {
  return {
    isNestedAppAuthSupported() {
      try {
        return office?.context.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
      } catch {
        // Some hosts throw for requirement sets they have never heard of.
        return false;
      }
    },
    openDialog(url) {
      if (!office) {
        return Promise.resolve({
          kind: "failed",
          code: 0,
          description: "office.js is not loaded.",
        });
      }
      return openDialog(office, url);
    },
    loginHint() {
      const address = office?.context.mailbox?.userProfile?.emailAddress;
      return typeof address === "string" && address.includes("@") ? address.trim() : undefined;
    },
  };
}

/** In the dialog page: resolves once Office is ready, with the one way back to the pane. */
export async function connectToParent(
  office: AuthOffice | undefined = globalAuthOffice(),
): Promise<{ send(message: string): void }> {
  if (!office) throw new Error("office.js is not loaded: this page must be opened by the add-in.");
  await office.onReady();
  return { send: (message) => office.context.ui.messageParent(message) };
}
