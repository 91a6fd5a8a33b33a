/**
 * What sign-in needs from Outlook. src/office/authHost.ts implements it over Office.js (only
 * src/office touches the Office global); tests use a fake.
 */

/** How an Office dialog ended: its first message, the user closing it, or an Office error. */
export type DialogOutcome =
  | { readonly kind: "message"; readonly message: string; readonly origin?: string }
  | { readonly kind: "closed" }
  | { readonly kind: "failed"; readonly code: number; readonly description: string };

export interface AuthHost {
  /** `Office.context.requirements.isSetSupported("NestedAppAuth", "1.1")`, checked at run time. */
  isNestedAppAuthSupported(): boolean;
  /**
   * Opens `url` with the Office dialog API and settles on its first message (closing the
   * dialog) or when it closes. Never rejects: failures are outcomes.
   */
  openDialog(url: string): Promise<DialogOutcome>;
  /** The mailbox owner's address, to skip the account picker in the dialog. */
  loginHint(): string | undefined;
}
