/**
 * The notice (5.2.4, 5.2.6): prepared by the helpdesk manager for the person who gives it, and
 * recorded by that person; and the end of a period (6).
 */
import { Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { closeCase, prepareNotice, recordExpiry, recordNotice } from "../../../app/decisions";
import type { CloseOutcome } from "../../../domain/lifecycleCommands";
import { mayDecideNotToTell, noticeGivers } from "../../../domain/lifecycleRules";
import { rolesInWords } from "../../../domain/lifecycleSupport";
import { formatLastDay, formatLongDate } from "../../../domain/wording";
import type { Role } from "../../../domain/types";
import { useFormStyles } from "../../forms/forms.styles";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { PersonFields, StatementField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { newNoticeDraft, type NoticeDraft, NoticeFields, noticeInput } from "./NoticeFields";
import { useDecisionSubmit } from "./useDecisionSubmit";

export function RecordNoticeForm(props: DecisionFormProps) {
  const { deps, view, loaded } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const { period, terms } = loaded.record.entry;
  const givers = period && terms ? noticeGivers(period, terms) : [];
  const mayTell = givers.includes(props.actor.role);
  const senior = view.seniorActor;
  const notTellingBy =
    senior && period && mayDecideNotToTell(period, senior.role) ? senior : undefined;
  const [notice, setNotice] = useState<NoticeDraft>(() =>
    newNoticeDraft(mayTell ? "notified" : "notNotified", deps.clock.now(), deps.config),
  );
  const actor = notice.kind === "notNotified" && notTellingBy ? notTellingBy : props.actor;
  const save = () => {
    const input = noticeInput(notice);
    if (input) void submit.run(() => recordNotice(deps, loaded, actor, input));
  };
  return (
    <DecisionFormFrame
      title="Record how the customer was told (5.2.4, 5.2.6)"
      decider={
        notice.kind === "notified"
          ? `Recorded as told by ${actor.name}: you record that you told the customer.`
          : deciderText(actor, deps.config)
      }
      submitLabel="Record the notice"
      {...submit}
      onSubmit={save}
      onCancel={props.onCancel}
    >
      {period ? (
        <p>
          Restrictions decided on {formatLongDate(period.decidedOn)}, for{" "}
          {formatLongDate(period.start)} to {formatLastDay(period.end)}.
        </p>
      ) : null}
      <NoticeFields
        value={notice}
        onChange={setNotice}
        errors={submit.errors}
        allowLater={false}
        mayTell={mayTell}
        givers={rolesInWords(givers, deps.config)}
        notTellingBy={notTellingBy}
        config={deps.config}
      />
    </DecisionFormFrame>
  );
}

/** 5.2.4: the helpdesk manager prepares the notice for the person who gives it. */
export function PrepareNoticeForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const forms = useFormStyles();
  const submit = useDecisionSubmit(props.onDecided);
  const { period, terms } = loaded.record.entry;
  const givers: readonly Role[] = period && terms ? noticeGivers(period, terms) : [];
  const [role, setRole] = useState<Role>(givers[0] ?? "assistantDirector");
  const [giver, setGiver] = useState({ name: "", email: "" });
  return (
    <DecisionFormFrame
      title="Prepare the notice for the person who gives it (5.2.4)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Prepare the notice"
      {...submit}
      onSubmit={() =>
        void submit.run(() => prepareNotice(deps, loaded, actor, { giver: { ...giver, role } }))
      }
      onCancel={props.onCancel}
    >
      <p>
        The notice is given by {rolesInWords(givers, deps.config)}. The letter is drafted for their
        signature; they record when and how they told the customer, and the restrictions bind from
        then.
      </p>
      <Field label="Their role" required>
        <Select
          className={forms.select}
          value={role}
          onChange={(_e, d) => {
            const chosen = givers.find((g) => g === d.value);
            if (chosen) setRole(chosen);
          }}
        >
          {givers.map((g) => (
            <option key={g} value={g}>
              {deps.config.roleTitles[g]}
            </option>
          ))}
        </Select>
      </Field>
      <PersonFields
        legend="Who gives the notice"
        field="giver"
        value={giver}
        onChange={setGiver}
        errors={submit.errors}
      />
    </DecisionFormFrame>
  );
}

export function ExpiryForm(props: DecisionFormProps) {
  const { deps, view, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const end = view.entry.period?.end;
  return (
    <DecisionFormFrame
      title="Record that the restrictions have ended (6)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the end of the restrictions"
      {...submit}
      onSubmit={() => void submit.run(() => recordExpiry(deps, loaded, actor))}
      onCancel={props.onCancel}
    >
      <p>
        {end ? `The restrictions ended on ${formatLongDate(end)}. ` : ""}The case stops being
        flagged, and the file is kept for six years from that day (6).
      </p>
    </DecisionFormFrame>
  );
}

const CLOSE_OUTCOMES: readonly { readonly value: CloseOutcome; readonly label: string }[] = [
  { value: "resolved", label: "Resolved: the behaviour stopped or the concern fell away" },
  { value: "notUnreasonable", label: "On reflection, the behaviour was not unreasonable" },
  { value: "withdrawn", label: "Withdrawn: the concern or referral is not going ahead" },
];

/** Closing without restrictions: the case then gets its retention date (6). */
export function CloseCaseForm(props: DecisionFormProps) {
  const { deps, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const forms = useFormStyles();
  const [outcome, setOutcome] = useState<CloseOutcome>("resolved");
  const [reasons, setReasons] = useState("");
  return (
    <DecisionFormFrame
      title="Close the case without restrictions"
      decider={deciderText(actor, deps.config)}
      submitLabel="Close the case"
      {...submit}
      onSubmit={() => void submit.run(() => closeCase(deps, loaded, actor, { outcome, reasons }))}
      onCancel={props.onCancel}
    >
      <Field label="Why it closes">
        <Select
          className={forms.select}
          value={outcome}
          onChange={(_e, d) => setOutcome(d.value as CloseOutcome)}
        >
          {CLOSE_OUTCOMES.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <StatementField
        name="reasons"
        label="Reasons"
        hint="Kept with the case file, and shown in a subject access request."
        value={reasons}
        onChange={setReasons}
        errors={submit.errors}
      />
      <p>
        The file is then kept for {deps.config.closedRetentionYears} years from today and destroyed
        (6).
      </p>
    </DecisionFormFrame>
  );
}
