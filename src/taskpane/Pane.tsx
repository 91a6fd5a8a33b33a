/**
 * What the pane shows: for the item Outlook has open, the verdict first, then the case and what
 * this user may do (rebuilt on every ItemChanged, useItemCheck); and, from any message or with
 * none open, the user's work queues, a search for any customer, and a case. Selecting another
 * message brings the pane back to it, as a pinned pane follows the selection. Every case
 * written anywhere in the pane (caseChanges) re-checks the message it concerns, so the verdict,
 * the case and the actions on screen always agree.
 */
import { Button } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AppDeps } from "../app/deps";
import {
  changeConcerns,
  describeFailure,
  hasWork,
  type MessageCheck,
  type PaneUseCases,
} from "../app/pane";
import { mayOpenCases, mayTakeImmediateAction } from "../app/pane";
import type { MailItem, SignedInUser } from "../app/ports";
import type { CaseRef } from "../domain/types";
import { useAppStyles } from "./App.styles";
import type { ImmediateCustomer } from "./case/CaseWorkspace";
import { type ItemCheckState, useItemCheck } from "./item/useItemCheck";
import {
  LazyCaseWorkspace,
  LazyComposeView,
  LazyCustomerCard,
  LazyFindCustomer,
  LazyMyWork,
} from "./lazyPanels";
import { ReadView } from "./read/ReadView";
import { Verdict, VerdictPending } from "./read/Verdict";
import { verdictProps } from "./read/verdictProps";
import { PaneNav, type PaneView } from "./shell/PaneNav";
import { Announcer } from "./shell/announcer";
import { Problem } from "./shell/Problem";
import { useFocusReturn, useViewMoves, ViewMovesProvider } from "./shell/viewFocus";

export type PaneProps = {
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly useCases: PaneUseCases;
};

export function Pane({ deps, user, useCases }: PaneProps) {
  const check = useCallback((item: MailItem) => useCases.check(item, user), [useCases, user]);
  const notify = useCallback(
    (item: MailItem, result: MessageCheck) => {
      useCases
        .notify(result, item)
        .catch((e: unknown) => console.warn("No notification on the item", e));
    },
    [useCases],
  );
  const { state, recheck, refresh, selection, stale } = useItemCheck(
    deps.mailbox,
    check,
    notify,
    (result) => result.verdict.retry?.afterMs,
  );
  const styles = useAppStyles();
  const moves = useViewMoves();
  const [view, setView] = useState<PaneView>({ kind: "message" });
  const [lastQuery, setLastQuery] = useState("");

  // Contacts kept from an earlier session (offline, throttled) are sent as soon as the pane opens.
  useEffect(() => {
    useCases.outbox.flush().catch((e: unknown) => console.warn("The outbox could not send", e));
  }, [useCases]);

  // Another message selected: the pane follows it, as a pinned pane in Outlook does.
  const [seen, setSeen] = useState(selection);
  if (selection !== seen) {
    setSeen(selection);
    if (view.kind !== "message") setView({ kind: "message" });
  }

  // A case written anywhere in the pane: check the message again if it concerns it.
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  useEffect(
    () =>
      useCases.changes.subscribe((change) => {
        const now = latest.current;
        if (now.kind === "checked" && changeConcerns(now.item, now.result, change)) refresh();
      }),
    [useCases, refresh],
  );

  // The message's view has no heading of its own to take focus: it stays on "This message".
  const go = useCallback(
    (next: PaneView) => {
      if (next.kind !== "message") moves.moved();
      setView(next);
    },
    [moves],
  );
  // Immediate action is a form over the view it was opened from: Cancel goes back to both.
  const opener = useFocusReturn();
  const back = useRef<PaneView>({ kind: "message" });
  const openImmediate = (from: PaneView, customer?: ImmediateCustomer) => {
    opener.remember();
    back.current = from;
    go(customer ? { kind: "immediate", customer } : { kind: "immediate" });
  };
  const cancelImmediate = () => {
    setView(back.current);
    opener.restore();
  };
  const openCase = useCallback(
    (ref: CaseRef) =>
      go(mayOpenCases(user, deps.config) ? { kind: "case", ref } : { kind: "customer", ref }),
    [go, user, deps.config],
  );

  const composing = state.kind === "checked" && state.result.mode === "compose";
  const noItem = state.kind === "noItem";
  const worker = hasWork(user);
  // With no message open, a deciding role starts on their work, anyone else on the search.
  const shown: PaneView =
    view.kind === "message" && noItem ? { kind: worker ? "myWork" : "find" } : view;

  return (
    <ViewMovesProvider value={moves}>
      <Announcer>
        {/* The verdict sections are replaced on each message; this stays, so it is announced. Its
          text is new for each message read (keyed on the selection), so a verdict worded as the
          last one is announced too. */}
        <div role="status" className={styles.visuallyHidden}>
          <p key={selection}>{announcement(state)}</p>
        </div>
        {composing ? null : (
          <PaneNav current={shown} hasMessage={!noItem} hasWork={worker} onGo={go} />
        )}
        {shown.kind === "message" && stale ? (
          <section aria-label="Another message">
            <Problem
              intent="warning"
              title="Outlook now shows a different message from the one checked below"
              detail="Nothing you do here will be done to it. Check the message in view first."
            >
              <Button onClick={recheck}>Check the message in view</Button>
            </Problem>
          </section>
        ) : null}
        {shown.kind === "message" ? (
          <MessageBody
            deps={deps}
            user={user}
            useCases={useCases}
            state={state}
            recheck={recheck}
            onOpenCase={openCase}
            onImmediateAction={(customer) => openImmediate(shown, customer)}
          />
        ) : null}
        {shown.kind === "myWork" ? (
          <LazyMyWork useCases={useCases} user={user} onOpenCase={openCase} />
        ) : null}
        {shown.kind === "find" ? (
          <>
            {noItem ? <NoItemVerdict /> : null}
            <LazyFindCustomer
              useCases={useCases}
              user={user}
              config={deps.config}
              lastQuery={lastQuery}
              onSearched={setLastQuery}
              onOpenCase={openCase}
            />
            {mayTakeImmediateAction(user, deps.config) ? (
              <div className={styles.actions}>
                <Button onClick={() => openImmediate(shown)}>
                  Record immediate action for a customer with no case (section 4)
                </Button>
              </div>
            ) : null}
          </>
        ) : null}
        {shown.kind === "customer" ? (
          <LazyCustomerCard
            key={shown.ref}
            deps={deps}
            useCases={useCases}
            user={user}
            caseRef={shown.ref}
            onOpenCase={openCase}
          />
        ) : null}
        {shown.kind === "case" ? (
          <LazyCaseWorkspace
            key={shown.ref}
            deps={deps}
            useCases={useCases}
            user={user}
            caseRef={shown.ref}
          />
        ) : null}
        {shown.kind === "immediate" ? (
          <LazyCaseWorkspace
            deps={deps}
            useCases={useCases}
            user={user}
            immediateFor={shown.customer}
            onOpenCase={openCase}
            onCancel={cancelImmediate}
          />
        ) : null}
      </Announcer>
    </ViewMovesProvider>
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
    case "checked": {
      const { title, reasons, advice } = state.result.verdict;
      return [title, ...reasons, ...advice].map(sentence).join(" ");
    }
  }
}

/** Each part ends as a sentence, so a screen reader pauses between them. */
function sentence(text: string): string {
  return /[.!?:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function NoItemVerdict() {
  return (
    <Verdict
      kind="noItem"
      intent="info"
      title="Select a message"
      advice={[
        "Choose a message to see whether its sender's contact with the council is restricted, or find a customer below.",
      ]}
    />
  );
}

function MessageBody({
  deps,
  user,
  useCases,
  state,
  recheck,
  onOpenCase,
  onImmediateAction,
}: PaneProps & {
  readonly state: ItemCheckState<MessageCheck>;
  readonly recheck: () => void;
  readonly onOpenCase: (ref: CaseRef) => void;
  readonly onImmediateAction: (customer: ImmediateCustomer) => void;
}) {
  switch (state.kind) {
    case "reading":
    case "checking":
      return <VerdictPending label="Checking this message…" />;
    case "noItem":
      return <NoItemVerdict />;
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
          onOpenCase={onOpenCase}
          onImmediateAction={onImmediateAction}
        />
      ) : (
        <>
          <Verdict {...verdictProps(result.verdict, recheck)} />
          <LazyComposeView check={result} />
        </>
      );
    }
  }
}
