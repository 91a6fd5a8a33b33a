/**
 * What the pane shows for the item Outlook has open now: the verdict first, then the case and
 * what this user may do. Rebuilt on every ItemChanged (useItemCheck).
 */
import { useCallback } from "react";
import type { AppDeps } from "../app/deps";
import type { MailItem, SignedInUser } from "../app/ports";
import { ComposeView } from "./compose/ComposeView";
import { useItemCheck } from "./item/useItemCheck";
import type { MessageCheck, PaneApi } from "./paneApi";
import { ReadView } from "./read/ReadView";
import { Verdict, VerdictPending } from "./read/Verdict";

export type PaneProps = {
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly api: PaneApi;
};

export function Pane({ deps, user, api }: PaneProps) {
  const check = useCallback((item: MailItem) => api.check(item, user), [api, user]);
  const notify = useCallback(
    (item: MailItem, result: MessageCheck) => {
      api
        .notify(item, result)
        .catch((e: unknown) => console.warn("No notification on the item", e));
    },
    [api],
  );
  const { state, recheck } = useItemCheck(deps.mailbox, check, notify);

  switch (state.kind) {
    case "reading":
    case "checking":
      return <VerdictPending label="Checking this message…" />;
    case "noItem":
      return (
        <Verdict
          kind="noItem"
          intent="info"
          title="Select a message"
          advice={[
            "Choose a message to see whether its sender's contact with the council is restricted.",
          ]}
        />
      );
    case "unreadable": {
      const verdict = api.itemProblem(state.error);
      return <Verdict {...verdict} onRetry={recheck} />;
    }
    case "checked":
      return state.result.mode === "read" ? (
        <ReadView
          key={state.item.itemId ?? state.item.internetMessageId ?? state.item.subject}
          deps={deps}
          user={user}
          api={api}
          item={state.item}
          check={state.result}
          recheck={recheck}
        />
      ) : (
        <ComposeView check={state.result} config={deps.config} recheck={recheck} />
      );
  }
}
