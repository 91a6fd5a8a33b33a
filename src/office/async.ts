import { MailboxError } from "./errors";
import type { OfficeHost } from "./host";

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * How long Office has to call back. Outlook's callbacks sometimes never arrive (a call made as the
 * item closes, a host that lost its bridge); without a limit the pane would wait for ever.
 */
export const OFFICE_CALL_TIMEOUT_MS = 10_000;

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Runs a callback-style Office.js call as a promise. A Failed result becomes
 * MailboxError("failed") with Outlook's code; a synchronous throw (Outlook's answer to bad
 * arguments, such as a notification over 150 characters) becomes "invalidArgument"; no callback
 * within `timeoutMs` becomes "timeout" (a callback arriving after that is ignored).
 */
export function callOffice<T>(
  office: OfficeHost,
  operation: string,
  invoke: (callback: Callback<T>) => void,
  timeoutMs: number = OFFICE_CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(
        new MailboxError(
          "timeout",
          `${operation}: Outlook did not answer within ${Math.round(timeoutMs / 1000)} s.`,
        ),
      );
    }, timeoutMs);
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    };
    try {
      invoke((result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          const error = result.error as Office.Error | undefined;
          settle(() =>
            reject(
              new MailboxError(
                "failed",
                `${operation} failed: ${error?.message ?? "no reason given"}`,
                error ? { code: error.code, name: error.name } : undefined,
              ),
            ),
          );
        } else {
          settle(() => resolve(result.value));
        }
      });
    } catch (e) {
      settle(() =>
        reject(new MailboxError("invalidArgument", `${operation} was refused: ${describe(e)}`)),
      );
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
