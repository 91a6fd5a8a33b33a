import { useCallback, useEffect, useRef, useState } from "react";
import {
  type ContactOutbox,
  describeFailure,
  failureSentence,
  ITEM_CHANGED,
  type LogMessageInput,
} from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import type { LogContactStatus } from "./LogContact";

/**
 * "Log this contact" for one message and case, through the contact outbox. One log at a time:
 * a second click while the first is saving does nothing (the button is disabled too, but a
 * double click can land before React re-renders). A contact the outbox keeps for later
 * ("pending") turns into "saved" here when the outbox sends it.
 */
export function useLogContact(
  outbox: ContactOutbox,
  input: Omit<LogMessageInput, "summary">,
  user: SignedInUser,
  alreadyLogged: boolean,
  /** Called once the contact is in the log (the counts shown change). */
  onLogged?: () => void,
  /**
   * Whether Outlook still shows the message judged (Mailbox.isCurrentItem). ItemChanged does not
   * fire for every item: a log asked for while Outlook shows another message logs nothing.
   */
  isCurrent: () => boolean = () => true,
): { readonly status: LogContactStatus; readonly onLog: (summary: string) => void } {
  const messageId = input.item.internetMessageId;
  const known = useCallback(
    () => (messageId ? outbox.statusOfMessage(input.ref, messageId) : undefined),
    [outbox, input.ref, messageId],
  );
  const [status, setStatus] = useState<LogContactStatus>(
    () => known() ?? (alreadyLogged ? { kind: "alreadyLogged" } : { kind: "idle" }),
  );
  const inFlight = useRef(false);

  useEffect(
    () =>
      outbox.subscribe(() => {
        const now = known();
        if (now && !inFlight.current) setStatus(now);
      }),
    [outbox, known],
  );

  const latest = useRef({ input, user, onLogged, isCurrent });
  useEffect(() => {
    latest.current = { input, user, onLogged, isCurrent };
  });

  const onLog = useCallback(
    (summary: string) => {
      if (inFlight.current) return;
      if (!latest.current.isCurrent()) {
        setStatus({
          kind: "failed",
          message: `Not logged: ${failureSentence(ITEM_CHANGED)}`,
          failure: ITEM_CHANGED,
        });
        return;
      }
      inFlight.current = true;
      setStatus({ kind: "saving" });
      const { input: current, user: who } = latest.current;
      void outbox
        .logMessage({ ...current, summary }, who)
        .then(
          (next) => {
            setStatus(next);
            if (next.kind === "saved") latest.current.onLogged?.();
          },
          (e: unknown) => {
            const failure = describeFailure(e);
            setStatus({ kind: "failed", message: failureSentence(failure), failure });
          },
        )
        .finally(() => {
          inFlight.current = false;
        });
    },
    [outbox],
  );
  return { status, onLog };
}
