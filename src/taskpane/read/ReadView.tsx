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
  LazyCaseDetails,
  LazyKeepMessageCopy,
  LazyLogContact,
  LazyOtherContactForm,
  LazyReferralPanel,
  LazyStepOneForm,
  LazyStepOneProgress,
} from "../lazyPanels";
import { useAnnounce } from "../shell/announcer";
import { useFocusReturn, useMoved } from "../shell/viewFocus";
import type { ImmediateCustomer } from "../case/CaseWorkspace";
import { useReadViewStyles } from "./ReadView.styles";
import { useLogContact } from "./useLogContact";
import { Verdict } from "./Verdict";
import { verdictProps } from "./verdictProps";

type Panel =
  | { readonly kind: "none" }
  | { readonly kind: "stepOne" }
  | { readonly kind: "referral"; readonly ref: CaseRef }
  | { readonly kind: "otherContact"; readonly view: CaseSummaryView };

export type ReadViewProps = {
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly useCases: PaneUseCases;
  readonly item: MailItem;
  readonly check: ReadCheck;
  readonly recheck: () => void;
  /** Opens a case on its own: the deciders' workspace, or the customer's card. */
  readonly onOpenCase: (ref: CaseRef) => void;
  /** Section 4 for the sender, who has no open case: the immediate-action form. */
  readonly onImmediateAction: (customer: ImmediateCustomer) => void;
};

/** A case still open (restricted, monitored, …) takes contact that did not come by email. */
export function takesOtherContact(c: CaseSummaryView): boolean {
  return c.stage !== "ended" && c.stage !== "closed";
}

/**
 * A message being read: the verdict, then each case of the sender, then the actions. A form
 * (step one, referral, a call) replaces all of it while open, and Cancel or Close brings it
 * back with focus on the button that opened the form. The check is kept up to date by the
 * pane (caseChanges), so what is done is no longer offered.
 */
export function ReadView(props: ReadViewProps) {
  const { deps, user, useCases, item, check, recheck, onOpenCase, onImmediateAction } = props;
  const styles = useReadViewStyles();
  const moved = useMoved();
  const [panel, setPanel] = useState<Panel>({ kind: "none" });
  // The button that opened a panel gets focus back when it closes.
  const opener = useFocusReturn();
  const open = (next: Panel) => {
    opener.remember();
    moved();
    setPanel(next);
  };
  const view = useRef<HTMLDivElement>(null);
  // What the form offered may be done and no longer offered: then the verdict, read afresh.
  const close = useCallback(() => {
    setPanel({ kind: "none" });
    opener.restore(() => view.current?.querySelector<HTMLElement>("h2"));
  }, [opener]);
  const letters = useMemo(() => useCases.letters(user), [useCases, user]);
  const many = check.cases.length > 1;
  const helpdesk = deps.config.roleTitles.cityHelpdeskManager;

  return (
    <>
      {panel.kind === "stepOne" ? (
        <LazyStepOneForm
          initial={stepOneDefaults(item)}
          onSubmit={(input) => useCases.raiseConcern(input, user, item)}
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
          onClose={close}
        />
      ) : null}
      {panel.kind === "referral" ? (
        <LazyReferralPanel
          useCases={useCases}
          user={user}
          caseRef={panel.ref}
          helpdeskTitle={helpdesk}
          onClose={close}
        />
      ) : null}
      {/* Hidden, not unmounted, under a form: the opener keeps its identity for focus. */}
      {/* `hidden` on a wrapper with no display of its own, so the attribute is not overridden. */}
      <div hidden={panel.kind !== "none"} ref={view}>
        <div className={styles.view}>
          <Verdict {...verdictProps(check.verdict, recheck)} />
          <div className={styles.content}>
            {check.cases.map((c) => (
              <CaseBlock
                key={c.ref}
                deps={deps}
                useCases={useCases}
                user={user}
                item={item}
                view={c}
              />
            ))}
            <div className={styles.actions} role="group" aria-label="Actions">
              {check.actions.raiseConcern ? (
                <Button onClick={() => open({ kind: "stepOne" })}>Raise a step-one concern</Button>
              ) : null}
              {check.cases
                .filter((c) => c.actions.logContact && takesOtherContact(c))
                .map((c) => (
                  <Button key={c.ref} onClick={() => open({ kind: "otherContact", view: c })}>
                    Log a call, letter or visit{many ? ` (${c.ref})` : ""}
                  </Button>
                ))}
              {check.cases
                .filter((c) => c.actions.refer && referralIsNext(c))
                .map((c) => (
                  <Button key={c.ref} onClick={() => open({ kind: "referral", ref: c.ref })}>
                    Refer to the {helpdesk}
                    {many ? ` (${c.ref})` : ""}
                  </Button>
                ))}
              {check.cases
                .filter((c) => c.actions.openCase)
                .map((c) => (
                  <Button key={c.ref} onClick={() => onOpenCase(c.ref)}>
                    Open case{many ? ` ${c.ref}` : ""}
                  </Button>
                ))}
              {check.actions.immediateAction ? (
                <Button
                  onClick={() =>
                    onImmediateAction({ name: item.fromName ?? "", email: item.from ?? "" })
                  }
                >
                  Record immediate action (threat to staff)
                </Button>
              ) : null}
            </div>
          </div>
        </div>
        {/* 5.2.1 "copies of any correspondence": managers keep the message with its case. */}
        {letters
          ? check.cases.map((c) => (
              <LazyKeepMessageCopy
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

/**
 * 5.2.1: a referral follows step one once the concern was confirmed to the customer and the
 * offer of a representative recorded (5.1). Managers who read the case file know whether they
 * were; the button waits for both (StepOneProgress shows what is missing).
 */
export function referralIsNext(c: CaseSummaryView): boolean {
  return (
    c.stepOne === undefined ||
    (c.stepOne.confirmedInWritingOn !== undefined && c.stepOne.offerRecorded)
  );
}

function CaseBlock(props: {
  readonly deps: AppDeps;
  readonly useCases: PaneUseCases;
  readonly user: SignedInUser;
  readonly item: MailItem;
  readonly view: CaseSummaryView;
}) {
  const { deps, useCases, user, item, view } = props;
  const { status, onLog } = useLogContact(
    useCases.outbox,
    { item, ref: view.ref, verdict: view.verdict },
    user,
    view.alreadyLogged,
    undefined,
    () => deps.mailbox.isCurrentItem(item),
  );
  const [forward, setForward] = useState<"idle" | "opening" | ActionOutcome>("idle");
  const announce = useAnnounce();
  const forwardToSpoc = async () => {
    setForward("opening");
    const outcome = await useCases.forwardToSpoc(view, user, item);
    setForward(outcome);
    announce(outcome.message);
  };
  return (
    <>
      <LazyCaseDetails
        view={view}
        onForwardToSpoc={
          view.actions.forwardToSpoc && view.spoc ? () => void forwardToSpoc() : undefined
        }
        forwarding={forward === "opening"}
      />
      {/* Announced through the pane's announcer as it arrives. */}
      {typeof forward === "object" ? (
        <MessageBar intent={forward.ok ? "success" : "error"}>
          <MessageBarBody>{forward.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view.stepOne ? (
        <LazyStepOneProgress
          useCases={useCases}
          user={user}
          caseRef={view.ref}
          stepOne={view.stepOne}
          today={localDateOf(deps.clock.now(), deps.config.timeZone)}
          {...(view.version ? { version: view.version } : {})}
        />
      ) : null}
      {view.actions.logContact ? (
        <LazyLogContact defaultSummary={item.subject} status={status} onLog={onLog} />
      ) : null}
    </>
  );
}
