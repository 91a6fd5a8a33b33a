import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { AppDeps } from "../../app/deps";
import type { MailItem, SignedInUser } from "../../app/ports";
import type { PolicyConfig } from "../../domain/config";
import type { CaseRef } from "../../domain/types";
import { LazyCaseWorkspace, LazyStepOneForm } from "../lazyPanels";
import type { ActionOutcome, CaseView, PaneApi, ReadCheck } from "../paneApi";
import { CaseDetails } from "./CaseDetails";
import { LogContact } from "./LogContact";
import { ReferralPanel } from "./ReferralPanel";
import { useLogContact } from "./useLogContact";
import { Verdict } from "./Verdict";
import { useReadViewStyles } from "./ReadView.styles";

type Panel =
  | { readonly kind: "none" }
  | { readonly kind: "stepOne" }
  | { readonly kind: "referral"; readonly ref: CaseRef }
  | { readonly kind: "workspace"; readonly ref?: CaseRef };

export type ReadViewProps = {
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly api: PaneApi;
  readonly item: MailItem;
  readonly check: ReadCheck;
  readonly recheck: () => void;
};

/** A message being read: the verdict, then each case of the sender, then the actions. */
export function ReadView({ deps, user, api, item, check, recheck }: ReadViewProps) {
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
  const { verdict, actions } = check;

  return (
    <>
      <Verdict {...verdict} onRetry={verdict.retryable ? recheck : undefined} />
      {panel.kind === "stepOne" ? (
        <LazyStepOneForm
          initial={{ customerName: item.fromName ?? "" }}
          onSubmit={(draft) => api.raiseConcern(item, draft, user)}
          onCancel={close}
        />
      ) : null}
      {panel.kind === "referral" ? (
        <ReferralPanel
          api={api}
          user={user}
          caseRef={panel.ref}
          config={deps.config}
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
      {/* Hidden, not unmounted, under a panel: the opener keeps its identity for focus. */}
      <div className={styles.content} hidden={panel.kind !== "none"}>
        {check.cases.map((c) => (
          <CaseBlock
            key={c.entry.ref}
            api={api}
            user={user}
            item={item}
            view={c}
            check={check}
            config={deps.config}
          />
        ))}
        <div className={styles.actions} role="group" aria-label="Actions">
          {actions.raiseConcern ? (
            <Button onClick={() => open({ kind: "stepOne" })}>Raise a step-one concern</Button>
          ) : null}
          {actions.refer
            ? check.cases.map((c) => (
                <Button
                  key={c.entry.ref}
                  onClick={() => open({ kind: "referral", ref: c.entry.ref })}
                >
                  Refer to the {deps.config.roleTitles.cityHelpdeskManager}
                  {check.cases.length > 1 ? ` (${c.entry.ref})` : ""}
                </Button>
              ))
            : null}
          {actions.openCase
            ? check.cases.map((c) => (
                <Button
                  key={c.entry.ref}
                  onClick={() => open({ kind: "workspace", ref: c.entry.ref })}
                >
                  Open case{check.cases.length > 1 ? ` ${c.entry.ref}` : ""}
                </Button>
              ))
            : null}
          {actions.findCase ? (
            <Button appearance="subtle" onClick={() => open({ kind: "workspace" })}>
              Find a case
            </Button>
          ) : null}
        </div>
      </div>
    </>
  );
}

function CaseBlock(props: {
  readonly api: PaneApi;
  readonly user: SignedInUser;
  readonly item: MailItem;
  readonly view: CaseView;
  readonly check: ReadCheck;
  readonly config: PolicyConfig;
}) {
  const { api, user, item, view, check, config } = props;
  const ref = view.entry.ref;
  const log = useCallback(
    (summary: string) => api.logContact(item, ref, summary, user),
    [api, item, ref, user],
  );
  const { status, onLog } = useLogContact(
    log,
    view.alreadyLogged ? { kind: "alreadyLogged" } : { kind: "idle" },
  );
  const [forward, setForward] = useState<"idle" | "opening" | ActionOutcome>("idle");
  const forwardToSpoc = async () => {
    setForward("opening");
    setForward(await api.forwardToSpoc(item, ref));
  };
  return (
    <>
      <CaseDetails
        entry={view.entry}
        usage={view.usage}
        adjustments={view.adjustments}
        config={config}
        onForwardToSpoc={
          check.actions.forwardToSpoc && view.entry.spoc ? () => void forwardToSpoc() : undefined
        }
        forwarding={forward === "opening"}
      />
      {typeof forward === "object" && !forward.ok ? (
        <MessageBar intent="error">
          <MessageBarBody>{forward.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {check.actions.logContact ? (
        <LogContact defaultSummary={item.subject} status={status} onLog={onLog} />
      ) : null}
    </>
  );
}
