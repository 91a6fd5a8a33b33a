import { useCallback, useRef, useState } from "react";
import type { LogStatus } from "./LogContact";

/**
 * The state of "Log this contact". One log at a time: a second click while the first is
 * saving does nothing (the button is disabled too, but a double click can land before React
 * has re-rendered). `log` must not reject; it says how the attempt ended.
 */
export function useLogContact(
  log: (summary: string) => Promise<Exclude<LogStatus, { kind: "idle" | "saving" }>>,
  initial: LogStatus = { kind: "idle" },
): { readonly status: LogStatus; readonly onLog: (summary: string) => void } {
  const [status, setStatus] = useState<LogStatus>(initial);
  const inFlight = useRef(false);
  const onLog = useCallback(
    (summary: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setStatus({ kind: "saving" });
      void log(summary)
        .then(setStatus, (e: unknown) => {
          console.error("Logging the contact failed", e);
          setStatus({ kind: "failed", message: "The contact could not be logged. Try again." });
        })
        .finally(() => {
          inFlight.current = false;
        });
    },
    [log],
  );
  return { status, onLog };
}
