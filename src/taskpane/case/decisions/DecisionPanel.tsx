/**
 * The decisions this user may take on this case now (availableCommands, by role), each form
 * loaded on demand. After a decision: what happened, the case read again, the letter opened.
 */
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { type ComponentType, lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { CaseView, OfferedDecision } from "../../../app/caseView";
import { type DecisionSuccess, type LetterDraft, redraftNotice } from "../../../app/decisions";
import type { AppDeps } from "../../../app/deps";
import { letterService } from "../../../app/letters/delivery";
import { LetterActions } from "../../letters/LetterActions";
import type { CommandKind } from "../../../domain/lifecycleCommands";
import type { Actor } from "../../../domain/types";
import { useFocusAfterRender, useFocusReturn, useMoved } from "../../shell/viewFocus";
import { useCaseStyles } from "../case.styles";
import { CONFLICT_TEXT, failureText } from "../failureText";
import { DecisionOutcome } from "./DecisionOutcome";
import type { DecisionFormProps } from "./formProps";
import { type LetterOpened, openLetter } from "./openLetter";
import type { Decided } from "./useDecisionSubmit";

const AssessmentForm = lazy(() => import("./AssessmentForm"));
const RestrictionsForm = lazy(() => import("./RestrictionsForm"));
const ReviewRequestForm = lazy(() =>
  import("./ReviewForms").then((m) => ({ default: m.ReviewRequestForm })),
);
const StartReviewForm = lazy(() =>
  import("./ReviewForms").then((m) => ({ default: m.StartReviewForm })),
);
const ReviewDecisionForm = lazy(() =>
  import("./ReviewForms").then((m) => ({ default: m.ReviewDecisionForm })),
);
const LodgeAppealForm = lazy(() =>
  import("./AppealForms").then((m) => ({ default: m.LodgeAppealForm })),
);
const DecideAppealForm = lazy(() =>
  import("./AppealForms").then((m) => ({ default: m.DecideAppealForm })),
);
const RecordNoticeForm = lazy(() =>
  import("./SmallForms").then((m) => ({ default: m.RecordNoticeForm })),
);
const PrepareNoticeForm = lazy(() =>
  import("./SmallForms").then((m) => ({ default: m.PrepareNoticeForm })),
);
const LateAppealForm = lazy(() =>
  import("./AppealForms").then((m) => ({ default: m.LateAppealForm })),
);
const PassAppealForm = lazy(() =>
  import("./AppealForms").then((m) => ({ default: m.PassAppealForm })),
);
const ImmediateActionForm = lazy(() => import("./ImmediateActionForm"));
const ExpiryForm = lazy(() => import("./SmallForms").then((m) => ({ default: m.ExpiryForm })));
const CloseCaseForm = lazy(() =>
  import("./SmallForms").then((m) => ({ default: m.CloseCaseForm })),
);
const SubjectAccessExport = lazy(() => import("./SubjectAccessExport"));
const CorrectRecord = lazy(() => import("./CorrectRecord"));

const ExtremeForm = (props: DecisionFormProps) => <RestrictionsForm {...props} extreme />;
const OrdinaryRestrictionsForm = (props: DecisionFormProps) => (
  <RestrictionsForm {...props} extreme={false} />
);

type Choice = {
  readonly key: string;
  readonly label: string;
  readonly form: ComponentType<DecisionFormProps>;
};

/** The decisions the pane has a form for, in the order of the policy. */
const FORMS: readonly (readonly [CommandKind, Choice])[] = [
  ["assess", { key: "assess", label: "Assess the referral", form: AssessmentForm }],
  [
    "imposeRestrictions",
    { key: "restrict", label: "Impose restrictions", form: OrdinaryRestrictionsForm },
  ],
  [
    "prepareNotice",
    { key: "prepareNotice", label: "Prepare the notice for who gives it", form: PrepareNoticeForm },
  ],
  [
    "recordNotice",
    { key: "notice", label: "Record how the customer was told", form: RecordNoticeForm },
  ],
  [
    "requestReview",
    {
      key: "requestReview",
      label: "Record the customer's review request",
      form: ReviewRequestForm,
    },
  ],
  ["startReview", { key: "startReview", label: "Start a council review", form: StartReviewForm }],
  ["decideReview", { key: "decideReview", label: "Decide the review", form: ReviewDecisionForm }],
  ["lodgeAppeal", { key: "lodgeAppeal", label: "Record an appeal", form: LodgeAppealForm }],
  [
    "decideLateAppeal",
    {
      key: "decideLateAppeal",
      label: "Decide what happens to the late appeal",
      form: LateAppealForm,
    },
  ],
  [
    "passAppeal",
    { key: "passAppeal", label: "Pass the appeal to the director", form: PassAppealForm },
  ],
  ["decideAppeal", { key: "decideAppeal", label: "Decide the appeal", form: DecideAppealForm }],
  ["expire", { key: "expire", label: "Record that the restrictions have ended", form: ExpiryForm }],
  [
    "closeCase",
    { key: "closeCase", label: "Close the case without restrictions", form: CloseCaseForm },
  ],
  [
    "takeImmediateAction",
    {
      key: "immediateAction",
      label: "Record immediate action (threat to staff, section 4)",
      form: ImmediateActionForm,
    },
  ],
];

const EXTREME: Choice = { key: "extreme", label: "Impose extreme measures", form: ExtremeForm };

type Offer = Choice & { readonly actor: Actor };

function offersOf(view: CaseView): readonly Offer[] {
  const offers: Offer[] = [];
  for (const [kind, choice] of FORMS) {
    const offered: OfferedDecision | undefined = view.offered.find((d) => d.kind === kind);
    if (!offered) continue;
    offers.push({ ...choice, actor: offered.actor });
    // 5.2.5: extreme measures are a decision of their own, for the senior deciders only.
    if (kind === "imposeRestrictions" && view.seniorActor) {
      offers.push({ ...EXTREME, actor: view.seniorActor });
    }
  }
  return offers;
}

const HELD_BACK_LABEL: Partial<Record<CommandKind, string>> = {
  requestReview: "Review request",
  lodgeAppeal: "Appeal",
  recordNotice: "Notice",
  decideAppeal: "Appeal decision",
};

export type DecisionPanelProps = {
  readonly deps: AppDeps;
  readonly view: CaseView;
  readonly onReload: () => Promise<void>;
  /** A form opened (true) or closed: it replaces the case's tabs while open. */
  readonly onFormOpen?: (open: boolean) => void;
};

export function DecisionPanel({ deps, view, onReload, onFormOpen }: DecisionPanelProps) {
  const styles = useCaseStyles();
  const moved = useMoved();
  const [open, setOpenKey] = useState<string | null>(null);
  const setOpen = (key: string | null) => {
    if (key !== null) moved();
    setOpenKey(key);
  };
  const [saved, setSaved] = useState<DecisionSuccess | null>(null);
  /** Who decided: letters are printed, posted and kept as them. */
  const [decider, setDecider] = useState<Actor | null>(null);
  const [opened, setOpened] = useState<LetterOpened | "failed" | undefined>();
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const outcomeRef = useRef<HTMLHeadingElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusAfterRender();
  const opener = useFocusReturn();
  const offers = offersOf(view);
  const helpdesk = view.subjectAccessActor;
  const current = offers.find((o) => o.key === open);
  const formShown = current !== undefined && view.loaded !== undefined;
  useEffect(() => {
    onFormOpen?.(formShown);
  }, [onFormOpen, formShown]);

  async function decided(outcome: Decided) {
    if (current) setDecider(current.actor);
    setOpen(null);
    window.scrollTo({ top: 0 });
    if (outcome.kind === "conflict") {
      setConflict(true);
      focusLater(conflictRef);
      return;
    }
    const { result } = outcome;
    setSaved(result);
    setOpened(undefined);
    focusLater(outcomeRef);
    // The case is read again through the pane's case changes; this waits for that read too.
    await onReload();
    if (result.letter) {
      setOpened(await openLetter(deps.mailbox, result.letter).catch(() => "failed" as const));
    }
  }

  const [noticeProblem, setNoticeProblem] = useState<string | undefined>();
  const [redrafted, setRedrafted] = useState<LetterDraft | null>(null);
  const copier = view.subjectAccessActor ?? view.seniorActor;
  const deciderLetters = useMemo(
    () => (decider ? letterService(deps, decider) : null),
    [deps, decider],
  );
  const copierLetters = useMemo(
    () => (copier ? letterService(deps, copier) : null),
    [deps, copier],
  );
  // A copy of the notice in force, e.g. to post it, or once the date it was given is recorded.
  const canRedraft =
    view.loaded !== undefined &&
    view.entry.stage === "restricted" &&
    (view.subjectAccessActor !== undefined || view.seniorActor !== undefined);

  async function redraft() {
    setNoticeProblem(undefined);
    setRedrafted(null);
    try {
      const asking = view.seniorActor ?? view.subjectAccessActor;
      const letter = view.loaded ? await redraftNotice(deps, view.loaded, asking) : undefined;
      if (!letter) {
        setNoticeProblem(
          view.deadlines.notice === "notYetTold"
            ? "The notice is signed by the person who gives it: prepare it for them first."
            : "There is no notice to send for these restrictions.",
        );
      } else {
        setRedrafted(letter);
        await openLetter(deps.mailbox, letter);
      }
    } catch (e) {
      setNoticeProblem(failureText(e));
    }
  }

  async function reload() {
    setReloading(true);
    await onReload();
    setReloading(false);
    setConflict(false);
  }

  if (offers.length === 0 && view.heldBack.length === 0 && !helpdesk && !saved) {
    return <p className={styles.muted}>There is no decision for you to take on this case now.</p>;
  }

  return (
    <div className={styles.section}>
      {conflict ? (
        <div ref={conflictRef} tabIndex={-1}>
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>
              {CONFLICT_TEXT}
              <div className={styles.actions}>
                <Button onClick={() => void reload()} disabledFocusable={reloading}>
                  {reloading ? "Reloading…" : "Reload"}
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        </div>
      ) : null}

      {saved ? (
        <DecisionOutcome
          deps={deps}
          result={saved}
          opened={opened}
          headingRef={outcomeRef}
          letters={deciderLetters ?? copierLetters}
        />
      ) : null}

      {current && view.loaded ? (
        <Suspense fallback={<Spinner size="small" label="Opening the form…" />}>
          <current.form
            deps={deps}
            view={view}
            loaded={view.loaded}
            actor={current.actor}
            onDecided={(d) => void decided(d)}
            onCancel={() => {
              setOpen(null);
              opener.restore();
            }}
          />
        </Suspense>
      ) : (
        <>
          {offers.length > 0 ? (
            <ul className={styles.plainList} aria-label="Decisions you can take">
              {offers.map((o) => (
                <li key={o.key}>
                  <Button
                    onClick={() => {
                      opener.remember();
                      setSaved(null);
                      setOpen(o.key);
                    }}
                  >
                    {o.label}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>There is no decision for you to take on this case now.</p>
          )}
          {view.heldBack.length > 0 ? (
            <ul className={styles.list} aria-label="Not available now">
              {view.heldBack.map((h) => (
                <li key={h.kind}>
                  {HELD_BACK_LABEL[h.kind] ?? h.kind}: {h.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}

      {canRedraft && !current ? (
        <div className={styles.actions}>
          <Button onClick={() => void redraft()}>
            {view.deadlines.notice ? "Open the notice letter" : "Open the notice in force again"}
          </Button>
          {noticeProblem ? <p role="alert">{noticeProblem}</p> : null}
          {redrafted && copierLetters ? (
            <LetterActions
              letter={redrafted}
              letters={copierLetters}
              {...(redrafted.channel.kind === "email"
                ? { onOpenEmail: () => void openLetter(deps.mailbox, redrafted) }
                : {})}
            />
          ) : null}
        </div>
      ) : null}

      {helpdesk && !current ? (
        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          <SubjectAccessExport deps={deps} caseRef={view.entry.ref} actor={helpdesk} />
        </Suspense>
      ) : null}

      {view.correctionActor && !current ? (
        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          <CorrectRecord
            deps={deps}
            caseRef={view.entry.ref}
            actor={view.correctionActor}
            onChanged={onReload}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
