import { MailboxError } from "./errors";
import type { OfficeHost } from "./host";

type Callback<T> = (result: Office.AsyncResult<T>) => void;

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs a callback-style Office.js call as a promise. A Failed result becomes
 * MailboxError("failed") with Outlook's code; a synchronous throw (Outlook's answer to bad
 * arguments, such as a notification over 150 characters) becomes "invalidArgument".
 */
export function callOffice<T>(
  office: OfficeHost,
  operation: string,
  invoke: (callback: Callback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          const error = result.error as Office.Error | undefined;
          reject(
            new MailboxError(
              "failed",
              `${operation} failed: ${error?.message ?? "no reason given"}`,
              error ? { code: error.code, name: error.name } : undefined,
            ),
          );
        } else {
          resolve(result.value);
        }
      });
    } catch (e) {
      reject(new MailboxError("invalidArgument", `${operation} was refused: ${describe(e)}`));
    }
  });
}

/** The same for the older synchronous calls (displayReplyForm, displayNewMessageForm). */
export function callOfficeSync(operation: string, invoke: () => void): void {
  try {
    invoke();
  } catch (e) {
    throw new MailboxError("invalidArgument", `${operation} was refused: ${describe(e)}`);
  }
}
