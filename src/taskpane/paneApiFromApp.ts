/**
 * The PaneApi over src/app's use cases.
 *
 * INTERIM: the pane's use cases (message check, log contact, raise concern, refer, forward to
 * the SPOC, allowed actions, item notification) are being written in src/app by another
 * helper; until they land, every check says "could not check" (never a false "not restricted")
 * and every action says it is not available yet.
 */
import type { AppDeps } from "../app/deps";
import type { PaneApi, VerdictView } from "./paneApi";

const NOT_YET: VerdictView = {
  kind: "couldNotCheck",
  intent: "error",
  title: "Could not check this message",
  reasons: [],
  advice: ["This build of the add-in cannot check messages yet. Treat the sender with care."],
  retryable: true,
};
const NOT_AVAILABLE = "This action is not available in this build of the add-in yet.";

export function createPaneApi(_deps: AppDeps): PaneApi {
  return {
    itemProblem: () => NOT_YET,
    check: (item) =>
      Promise.resolve(
        item.mode === "read"
          ? {
              mode: "read",
              verdict: NOT_YET,
              cases: [],
              actions: {
                logContact: false,
                forwardToSpoc: false,
                raiseConcern: false,
                refer: false,
                openCase: false,
                findCase: false,
              },
            }
          : { mode: "compose", verdict: NOT_YET, recipients: [] },
      ),
    notify: () => Promise.resolve(),
    logContact: () => Promise.resolve({ kind: "failed", message: NOT_AVAILABLE }),
    forwardToSpoc: () => Promise.resolve({ ok: false, message: NOT_AVAILABLE }),
    raiseConcern: () => Promise.resolve({ kind: "failed", message: NOT_AVAILABLE }),
    referralEvidence: () => Promise.resolve({ kind: "failed", message: NOT_AVAILABLE }),
    refer: () => Promise.resolve({ kind: "failed", message: NOT_AVAILABLE }),
  };
}
