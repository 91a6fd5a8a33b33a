import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import type { AppDeps } from "../../app/deps";
import {
  type ActionOutcome,
  type CaseSummaryView,
  type PaneUseCases,
  type ReadCheck,
  stepOneDefaults,
} from "../../app/pane";
import type { MailItem, SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { localDateOf } from "../../domain/zonedTime";
import {
  LazyCaseWorkspace,
  LazyOtherContactForm,
  LazyStepOneForm,
  LazyStepOneProgress,
} from "../lazyPanels";
import { KeepMessageCopy } from "../letters/KeepMessageCopy";
import { CaseDetails } from "./CaseDetails";
import { LogContact } from "./LogContact";
import { useReadViewStyles } from "./ReadView.styles";
import { ReferralPanel } from "./ReferralPanel";
import { useLogContact } from "./useLogContact";
import { Verdict } from "./Verdict";
import { verdictProps } from "./verdictProps";

type Panel =
  | { readonly kind: "none" }
  | { readonly kind: "stepOne" }
  | { readonly kind: "referral"; readonly ref: CaseRef }
  | { readonly kind: "otherContact"; readonly view: CaseSummaryView }
  | { readonly kind: "workspace"; readonly ref?: CaseRef }
  | { readonly kind: "immediate" };

export type ReadViewProps = {
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly useCases: PaneUseCases;
  readonly item: MailItem;
  readonly check: ReadCheck;
  readonly recheck: () => void;
  /** The case changed here: check again, keeping this on screen meanwhile. */
  readonly refresh: () => void;
};

/** A case still open (restricted, monitored, …) takes contact that did not come by email. */
function takesOtherContact(c: CaseSummaryView): boolean {
  return c.actions.logContact && c.stage !== "ended" && c.stage !== "closed";
}

/** A message being read: the verdict, then each case of the sender, then the actions. */
export function ReadView(props: ReadViewProps) {
  const { deps, user, useCases, item, check, recheck, refresh } = props;
  const styles = useReadViewStyles();
  const [panel, setPanel] = useState<Panel>({ kind: "none" });
  // The button that opened a panel gets focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const open = (next: Panel) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPanel(next);
  };
  const close = useCallback(() => {
    setPanel({ kind: "none" });
    requestAnimationFrame(() => opener.current?.focus());
  }, []);
  const letters = useMemo(() => useCases.letters(user), [useCases, user]);
  const many = check.cases.length > 1;
  const helpdesk = deps.config.roleTitles.cityHelpdeskManager;

  return (
    <>
      <Verdict {...verdictProps(check.verdict, recheck)} />
      {panel.kind === "stepOne" ? (
        <LazyStepOneForm
          initial={stepOneDefaults(item)}
          onSubmit={(input) => useCases.raiseConcern(input, user)}
          onCancel={close}
          letters={letters}
        />
      ) : null}
      {panel.kind === "otherContact" ? (
        <LazyOtherContactForm
          caseRef={panel.view.ref}
          customerName={panel.view.customerName}
          otherConditions={panel.view.otherConditions}
          now={deps.clock.now()}
          timeZone={deps.config.timeZone}
          onSubmit={(input) => useCases.logOtherContact(input, user)}
          onClose={(logged) => {
            close();
            if (logged) refresh();
          }}
        />
      ) : null}
      {panel.kind === "referral" ? (
        <ReferralPanel
          useCases={useCases}
          user={user}
          caseRef={panel.ref}
          helpdeskTitle={helpdesk}
          onClose={close}
        />
      ) : null}
      {panel.kind === "workspace" ? (
        <LazyCaseWorkspace
          deps={deps}
          user={user}
          onClose={close}
          {...(panel.ref ? { caseRef: panel.ref } : {})}
        />
      ) : null}
      {panel.kind === "immediate" ? (
        <LazyCaseWorkspace
          deps={deps}
          user={user}
          onClose={() => {
            close();
            refresh();
          }}
          immediateFor={{ name: item.fromName ?? "", email: item.from ?? "" }}
        />
      ) : null}
      {/* Hidden, not unmounted, under a panel: the opener keeps its identity for focus. */}
      <div className={styles.content} hidden={panel.kind !== "none"}>
        {check.cases.map((c) => (
          <CaseBlock
            key={c.ref}
            deps={deps}
            useCases={useCases}
            user={user}
            item={item}
            view={c}
            refresh={refresh}
          />
        ))}
        <div className={styles.actions} role="group" aria-label="Actions">
          {check.actions.raiseConcern ? (
            <Button onClick={() => open({ kind: "stepOne" })}>Raise a step-one concern</Button>
          ) : null}
          {check.cases.filter(takesOtherContact).map((c) => (
            <Button key={c.ref} onClick={() => open({ kind: "otherContact", view: c })}>
              Log a call, letter or visit{many ? ` (${c.ref})` : ""}
            </Button>
          ))}
          {check.cases
            .filter((c) => c.actions.refer)
            .map((c) => (
              <Button key={c.ref} onClick={() => open({ kind: "referral", ref: c.ref })}>
                Refer to the {helpdesk}
                {many ? ` (${c.ref})` : ""}
              </Button>
            ))}
          {check.cases
            .filter((c) => c.actions.openCase)
            .map((c) => (
              <Button key={c.ref} onClick={() => open({ kind: "workspace", ref: c.ref })}>
                Open case{many ? ` ${c.ref}` : ""}
              </Button>
            ))}
          {check.actions.immediateAction ? (
            <Button onClick={() => open({ kind: "immediate" })}>
              Record immediate action (threat to staff)
            </Button>
          ) : null}
          {check.actions.findCase ? (
            <Button appearance="subtle" onClick={() => open({ kind: "workspace" })}>
              Find a case
            </Button>
          ) : null}
        </div>
        {/* 5.2.1 "copies of any correspondence": managers keep the message with its case. */}
        {letters
          ? check.cases.map((c) => (
              <KeepMessageCopy
                key={c.ref}
                label={many ? ` (${c.ref})` : ""}
                keep={() => useCases.keepMessageCopy(c.ref, user)}
              />
            ))
          : null}
      </div>
    </>
  );
}

function CaseBlock(props: {
  readonly deps: AppDeps;
  readonly useCases: PaneUseCases;
  readonly user: SignedInUser;
  readonly item: MailItem;
  readonly view: CaseSummaryView;
  readonly refresh: () => void;
}) {
  const { deps, useCases, user, item, view, refresh } = props;
  const { status, onLog } = useLogContact(
    useCases.outbox,
    { item, ref: view.ref, verdict: view.verdict },
    user,
    view.alreadyLogged,
    refresh,
  );
  const [forward, setForward] = useState<"idle" | "opening" | ActionOutcome>("idle");
  const forwardToSpoc = async () => {
    setForward("opening");
    setForward(await useCases.forwardToSpoc(view, user));
  };
  return (
    <>
      <CaseDetails
        view={view}
        onForwardToSpoc={
          view.actions.forwardToSpoc && view.spoc ? () => void forwardToSpoc() : undefined
        }
        forwarding={forward === "opening"}
      />
      {typeof forward === "object" ? (
        <div aria-live="polite">
          <MessageBar intent={forward.ok ? "success" : "error"}>
            <MessageBarBody>{forward.message}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      {view.actions.refer && view.stage === "stepOne" ? (
        <LazyStepOneProgress
          useCases={useCases}
          user={user}
          caseRef={view.ref}
          today={localDateOf(deps.clock.now(), deps.config.timeZone)}
          {...(view.version ? { version: view.version } : {})}
          onRecorded={refresh}
        />
      ) : null}
      {view.actions.logContact ? (
        <LogContact defaultSummary={item.subject} status={status} onLog={onLog} />
      ) : null}
    </>
  );
}
