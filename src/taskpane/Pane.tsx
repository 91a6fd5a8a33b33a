/**
 * What the pane shows for the item Outlook has open now: the verdict first, then the case and
 * what this user may do. Rebuilt on every ItemChanged (useItemCheck).
 */
import { useCallback, useEffect } from "react";
import type { AppDeps } from "../app/deps";
import { describeFailure, type MessageCheck, type PaneUseCases } from "../app/pane";
import type { MailItem, SignedInUser } from "../app/ports";
import { ComposeView } from "./compose/ComposeView";
import { type ItemCheckState, useItemCheck } from "./item/useItemCheck";
import { useAppStyles } from "./App.styles";
import { ReadView } from "./read/ReadView";
import { Verdict, VerdictPending } from "./read/Verdict";
import { verdictProps } from "./read/verdictProps";
import { Problem } from "./shell/Problem";

export type PaneProps = {
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly useCases: PaneUseCases;
};

export function Pane({ deps, user, useCases }: PaneProps) {
  const check = useCallback((item: MailItem) => useCases.check(item, user), [useCases, user]);
  const notify = useCallback(
    (_item: MailItem, result: MessageCheck) => {
      useCases.notify(result).catch((e: unknown) => console.warn("No notification on the item", e));
    },
    [useCases],
  );
  const { state, recheck, refresh } = useItemCheck(
    deps.mailbox,
    check,
    notify,
    (result) => result.verdict.retry?.afterMs,
  );
  const styles = useAppStyles();

  // Contacts kept from an earlier session (offline, throttled) are sent as soon as the pane opens.
  useEffect(() => {
    useCases.outbox.flush().catch((e: unknown) => console.warn("The outbox could not send", e));
  }, [useCases]);

  return (
    <>
      {/* The verdict sections are replaced on each message; this stays, so it is announced. */}
      <div role="status" className={styles.visuallyHidden}>
        {announcement(state)}
      </div>
      <PaneBody
        deps={deps}
        user={user}
        useCases={useCases}
        state={state}
        recheck={recheck}
        refresh={refresh}
      />
    </>
  );
}

function announcement(state: ItemCheckState<MessageCheck>): string {
  switch (state.kind) {
    case "reading":
    case "checking":
      return "";
    case "noItem":
      return "Select a message";
    case "unreadable":
      return describeFailure(state.error).title;
    case "checked":
      return state.result.verdict.title;
  }
}

function PaneBody({
  deps,
  user,
  useCases,
  state,
  recheck,
  refresh,
}: PaneProps & {
  readonly state: ItemCheckState<MessageCheck>;
  readonly recheck: () => void;
  readonly refresh: () => void;
}) {
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
      // Outlook would not give the item: nothing is known about it, so nothing is said of it.
      const failure = describeFailure(state.error);
      return (
        <Verdict
          kind="couldNotCheck"
          intent="error"
          title={failure.title}
          advice={[failure.detail]}
          onRetry={recheck}
        />
      );
    }
    case "checked": {
      const result = state.result;
      if (!result.access.allowed) return <Problem intent="warning" title={result.access.message} />;
      return result.mode === "read" ? (
        <ReadView
          key={result.key}
          deps={deps}
          user={user}
          useCases={useCases}
          item={state.item}
          check={result}
          recheck={recheck}
          refresh={refresh}
        />
      ) : (
        <>
          <Verdict {...verdictProps(result.verdict, recheck)} />
          <ComposeView check={result} />
        </>
      );
    }
  }
}
