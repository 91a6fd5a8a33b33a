/**
 * 5.2.7: record an appeal as received; for a late one, the choice to consider it or to refer the
 * customer to review; pass it to the director with the information gathered; the outcome.
 */
import { Checkbox, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  type AppealOutcomeInput,
  appealTiming,
  decideAppeal,
  decideLateAppeal,
  lodgeAppeal,
  type MeansInput,
  passAppeal,
} from "../../../app/decisions";
import { keptDocumentLines } from "../../../app/letters/correspondence";
import { formatLongDate } from "../../../domain/wording";
import { useFormStyles } from "../../forms/forms.styles";
import { AmendedTermsFields, amendedDraft, checkedAmendedTerms } from "./AmendedTermsFields";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { DateField, MeansFields, StatementField, TextField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { type OutcomeChoice, OutcomeForm, useOutcome } from "./OutcomeForm";
import { useDecisionSubmit } from "./useDecisionSubmit";

export function LodgeAppealForm(props: DecisionFormProps) {
  const { deps, view, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [lodgedOn, setLodgedOn] = useState<string>(view.deadlines.today);
  const [grounds, setGrounds] = useState("");
  const [receivedVia, setReceivedVia] = useState<MeansInput>({ channel: "letter" });
  const timing = appealTiming(loaded.record, lodgedOn, deps.clock.now(), deps.config);
  const late = timing.route === "late";
  return (
    <DecisionFormFrame
      title="Record an appeal (5.2.7)"
      decider={deciderText(actor, deps.config)}
      submitLabel={late ? "Record the late appeal" : "Record the appeal"}
      {...submit}
      onSubmit={() =>
        void submit.run(() => lodgeAppeal(deps, loaded, actor, { lodgedOn, grounds, receivedVia }))
      }
      onCancel={props.onCancel}
    >
      <p>
        {timing.appealBy
          ? `Appeals are in time up to ${formatLongDate(timing.appealBy)} (28 days from the notice).`
          : "The notice is not yet recorded, so an appeal now is in time."}
      </p>
      <DateField
        label="Date the appeal was received"
        value={lodgedOn}
        onChange={setLodgedOn}
        error={submit.errors["lodgedOn"]}
        required
      />
      {late ? (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            Late appeal: it was received after the 28 days. Once it is recorded, the{" "}
            {deps.config.roleTitles.director} or the {deps.config.roleTitles.cityHelpdeskManager}{" "}
            chooses whether to consider it anyway or to refer the customer to the review process
            (5.2.7).
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <MeansFields
        legend="How the appeal arrived (in writing, or as a reasonable adjustment requires)"
        field="receivedVia"
        value={receivedVia}
        onChange={setReceivedVia}
        errors={submit.errors}
      />
      {timing.route === "refused" && lodgedOn.trim() !== "" ? (
        <MessageBar intent="error" layout="multiline" role="status">
          <MessageBarBody>{timing.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      <StatementField
        name="grounds"
        label="Why the customer disagrees with the decision"
        value={grounds}
        onChange={setGrounds}
        errors={submit.errors}
      />
    </DecisionFormFrame>
  );
}

type AppealChoice = AppealOutcomeInput["kind"];

const APPEAL_OUTCOMES: readonly OutcomeChoice<AppealChoice>[] = [
  { value: "confirmed", label: "Confirm the conditions" },
  { value: "amended", label: "Amend the conditions" },
  { value: "removed", label: "Remove the conditions" },
];

export function DecideAppealForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const { submit, choice, reasons, form } = useOutcome<AppealChoice>(props, "confirmed");
  const forms = useFormStyles();
  const [amended, setAmended] = useState(() => amendedDraft(loaded.record.entry));
  const appeal = loaded.record.entry.appeal;

  const save = () => {
    let outcome: AppealOutcomeInput;
    if (choice === "amended") {
      const terms = checkedAmendedTerms(amended, submit.reject);
      if (!terms) return;
      outcome = { kind: "amended", ...terms };
    } else outcome = { kind: choice };
    void submit.run(() => decideAppeal(deps, loaded, actor, { outcome, reasons }));
  };

  return (
    <OutcomeForm
      {...form}
      title="Decide the appeal (5.2.7)"
      submitLabel="Record the appeal decision"
      onSubmit={save}
      intro={
        appeal.status === "passed" ? (
          <>
            <p>
              Appeal received on {formatLongDate(appeal.lodgedOn)}. The customer's grounds:{" "}
              {appeal.grounds}
            </p>
            <p>
              Passed to you on {formatLongDate(appeal.passedOn)} by {appeal.passedBy.name}, with:
            </p>
            <ul className={forms.wrapAnywhere}>
              {appeal.information.map((item) => (
                <li key={item}>
                  <PaperLine line={item} />
                </li>
              ))}
            </ul>
          </>
        ) : null
      }
      choices={APPEAL_OUTCOMES}
      reasonsHint="Quoted in the letter to the customer."
    >
      {choice === "amended" ? (
        <AmendedTermsFields
          value={amended}
          onChange={setAmended}
          errors={submit.errors}
          config={deps.config}
        />
      ) : null}
    </OutcomeForm>
  );
}

type LateChoice = "consider" | "referToReview";

const LATE_CHOICES: readonly OutcomeChoice<LateChoice>[] = [
  { value: "consider", label: "Consider the appeal anyway" },
  { value: "referToReview", label: "Do not consider it: refer the customer to the review process" },
];

/** 5.2.7: an appeal after 28 days: the director or the helpdesk manager chooses, with reasons. */
export function LateAppealForm(props: DecisionFormProps) {
  const { deps, view, loaded, actor } = props;
  const { submit, choice, reasons, form } = useOutcome<LateChoice>(props, "consider");
  const [asReviewRequest, setAsReviewRequest] = useState(false);
  const appeal = loaded.record.entry.appeal;
  return (
    <OutcomeForm
      {...form}
      title="Decide what happens to a late appeal (5.2.7)"
      submitLabel="Record the choice"
      onSubmit={() =>
        void submit.run(() =>
          decideLateAppeal(deps, loaded, actor, { choice, reasons, asReviewRequest }),
        )
      }
      intro={
        appeal.status === "late" ? (
          <p>
            The appeal arrived on {formatLongDate(appeal.lodgedOn)}, after the last day,{" "}
            {formatLongDate(appeal.appealBy)}. The council may decide not to consider it and refer
            the customer to the review process instead; nothing happens until you choose.
          </p>
        ) : null
      }
      choiceLabel="Choice"
      choices={LATE_CHOICES}
      reasonsHint="Kept in the case history; quoted in the letter to the customer."
    >
      {choice === "referToReview" && view.deadlines.customerReviewAvailable ? (
        <Checkbox
          checked={asReviewRequest}
          onChange={(_e, d) => setAsReviewRequest(d.checked === true)}
          label="Take the appeal as the customer's review request for this period (5.2.6)"
        />
      ) : null}
    </OutcomeForm>
  );
}

/** A line of the appeal's papers; a copy kept with the case ends with its link, shown as one. */
function PaperLine({ line }: { readonly line: string }) {
  const linked = /^(.*) (https:\/\/\S+)$/.exec(line);
  if (!linked) return <>{line}</>;
  return (
    <>
      {linked[1]}{" "}
      <Link href={linked[2]} target="_blank" rel="noreferrer">
        open it
      </Link>
    </>
  );
}

/** 5.2.7: what the helpdesk manager gathered and passes to the director, one item a line. */
export function PassAppealForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const appeal = loaded.record.entry.appeal;
  const decided = loaded.record.entry.period?.decidedOn;
  const first = [
    decided ? `The decision of ${formatLongDate(decided)} and its reasons` : "The decision",
    appeal.status === "lodged"
      ? `The customer's appeal of ${formatLongDate(appeal.lodgedOn)}`
      : "The appeal",
    "The contact log since the restrictions began",
  ].join("\n");
  const [information, setInformation] = useState(first);
  // The letters and copies of correspondence kept with the case go with it (5.2.7), with their
  // links, unless the helpdesk manager has already changed the list.
  const ref = loaded.record.entry.ref;
  useEffect(() => {
    let current = true;
    void keptDocumentLines(deps, ref).then((lines) => {
      if (current && lines.length > 0) {
        setInformation((text) => (text === first ? [first, ...lines].join("\n") : text));
      }
    });
    return () => {
      current = false;
    };
  }, [deps, ref, first]);
  return (
    <DecisionFormFrame
      title={`Pass the appeal to the ${deps.config.roleTitles.director} (5.2.7)`}
      decider={deciderText(actor, deps.config)}
      submitLabel="Pass the appeal on"
      {...submit}
      onSubmit={() =>
        void submit.run(() =>
          passAppeal(deps, loaded, actor, { information: information.split(/\r?\n/) }),
        )
      }
      onCancel={props.onCancel}
    >
      {appeal.status === "lodged" ? (
        <p>
          The customer's grounds: {appeal.grounds}
          {appeal.late ? " (late, considered anyway)" : ""}
        </p>
      ) : null}
      <TextField
        label="What is passed on, one item a line"
        hint="Recorded in the case history, so the director's decision can be checked against it."
        value={information}
        onChange={setInformation}
        required
        multiline
      />
    </DecisionFormFrame>
  );
}
