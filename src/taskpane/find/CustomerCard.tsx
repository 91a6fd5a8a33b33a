/**
 * A customer found without a message (DESIGN §5): whether a call from them now is within the
 * terms, then what frontline staff see beside a message (terms, SPOC and deputy, this period's
 * allowance). From here staff log the call, letter or visit; managers also see step one's
 * progress and may refer. Read again whenever the case is written anywhere in the pane.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { AppDeps } from "../../app/deps";
import type { CustomerCard as Card, PaneUseCases } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { localDateOf } from "../../domain/zonedTime";
import { LazyOtherContactForm, LazyStepOneProgress } from "../lazyPanels";
import { CaseDetails } from "../read/CaseDetails";
import { referralIsNext, takesOtherContact } from "../read/ReadView";
import { ReferralPanel } from "../read/ReferralPanel";
import { Verdict } from "../read/Verdict";
import { verdictProps } from "../read/verdictProps";
import { Problem } from "../shell/Problem";
import { useFocusReturn, useMoved, ViewHeading } from "../shell/viewFocus";
import { useFindStyles } from "./find.styles";

export type CustomerCardProps = {
  readonly deps: AppDeps;
  readonly useCases: PaneUseCases;
  readonly user: SignedInUser;
  readonly caseRef: CaseRef;
  readonly onOpenCase: (ref: CaseRef) => void;
};

type Panel = "none" | "otherContact" | "referral";

export default function CustomerCard(props: CustomerCardProps) {
  const { deps, useCases, user, caseRef, onOpenCase } = props;
  const styles = useFindStyles();
  const moved = useMoved();
  const [card, setCard] = useState<Card | null>(null);
  const [panel, setPanel] = useState<Panel>("none");
  const opener = useFocusReturn();
  // Bumped to read the case again: it changed, or "Try again".
  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);
  useEffect(
    () =>
      useCases.changes.subscribe((change) => {
        if (change.ref === caseRef) setVersion((v) => v + 1);
      }),
    [useCases, caseRef],
  );
  useEffect(() => {
    let live = true;
    void useCases.customerCard(caseRef, user).then((next) => live && setCard(next));
    return () => {
      live = false;
    };
  }, [useCases, caseRef, user, version]);

  const open = (next: Panel) => {
    opener.remember();
    moved();
    setPanel(next);
  };
  const cardRef = useRef<HTMLDivElement>(null);
  const close = () => {
    setPanel("none");
    opener.restore(() => cardRef.current?.querySelector<HTMLElement>("h2"));
  };

  if (card === null) return <Spinner size="small" label="Reading the customer's case…" />;
  if (card.kind === "failed") {
    return (
      <>
        <ViewHeading className={styles.heading}>Case {caseRef}</ViewHeading>
        <Problem title={card.failure.title} detail={card.failure.detail}>
          <Button onClick={load}>Try again</Button>
        </Problem>
      </>
    );
  }
  const view = card.view;
  return (
    <>
      {panel === "otherContact" ? (
        <LazyOtherContactForm
          caseRef={view.ref}
          customerName={view.customerName}
          now={deps.clock.now()}
          timeZone={deps.config.timeZone}
          onSubmit={(input) => useCases.logOtherContact(input, user)}
          onClose={close}
        />
      ) : null}
      {panel === "referral" ? (
        <ReferralPanel
          useCases={useCases}
          user={user}
          caseRef={view.ref}
          helpdeskTitle={deps.config.roleTitles.cityHelpdeskManager}
          onClose={close}
        />
      ) : null}
      {/* Hidden, not unmounted, under a form: the opener keeps its identity for focus. */}
      <div hidden={panel !== "none"} ref={cardRef}>
        <article className={styles.root} aria-label={`Customer: ${view.customerName}`}>
          <ViewHeading className={styles.heading}>{view.customerName}</ViewHeading>
          <Verdict {...verdictProps(view.view, load)} label="If they contact you now" />
          <CaseDetails view={view} titled={false} />
          {view.stepOne ? (
            <LazyStepOneProgress
              useCases={useCases}
              user={user}
              caseRef={view.ref}
              stepOne={view.stepOne}
              today={localDateOf(deps.clock.now(), deps.config.timeZone)}
            />
          ) : null}
          <div className={styles.actions} role="group" aria-label="Actions">
            {takesOtherContact(view) ? (
              <Button appearance="primary" onClick={() => open("otherContact")}>
                Log a call, letter or visit
              </Button>
            ) : null}
            {view.actions.refer && referralIsNext(view) ? (
              <Button onClick={() => open("referral")}>
                Refer to the {deps.config.roleTitles.cityHelpdeskManager}
              </Button>
            ) : null}
            {view.actions.openCase ? (
              <Button onClick={() => onOpenCase(view.ref)}>Open the case</Button>
            ) : null}
          </div>
        </article>
      </div>
    </>
  );
}
