/**
 * 5.2.3–5.2.5: impose restrictions, or (for the assistant director or City Solicitor) extreme
 * measures. Conflicts with recorded reasonable adjustments are shown before saving.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  imposeRestrictions,
  type PersonInput,
  previewRestrictions,
  type RestrictionsInput,
} from "../../../app/decisions";
import type { Person } from "../../../domain/types";
import { useFormStyles } from "../../forms/forms.styles";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { DateField, PersonFields, StatementField, TextField } from "./fields";
import { type DecisionFormProps, deciderText } from "./formProps";
import { newNoticeDraft, type NoticeDraft, NoticeFields, noticeInput } from "./NoticeFields";
import { noticeGiversFor } from "../../../domain/lifecycleRules";
import { rolesInWords } from "../../../domain/lifecycleSupport";
import { TermsFields } from "./TermsFields";
import { draftFromTerms, type TermsDraft, termsFromDraft } from "./termsDraft";
import { useDecisionSubmit } from "./useDecisionSubmit";

export type RestrictionsFormProps = DecisionFormProps & { readonly extreme: boolean };

function personInput(person: Person | undefined): PersonInput {
  return { name: person?.name ?? "", email: person?.email ?? "" };
}

export default function RestrictionsForm(props: RestrictionsFormProps) {
  const { deps, view, loaded, extreme } = props;
  const styles = useFormStyles();
  const submit = useDecisionSubmit(props.onDecided);
  const { entry, file } = loaded.record;
  const [terms, setTerms] = useState<TermsDraft>(() => draftFromTerms(entry.terms));
  const [start, setStart] = useState<string>(view.deadlines.today);
  const [end, setEnd] = useState("");
  const [spoc, setSpoc] = useState(() => personInput(entry.spoc ?? file.stepOne?.proposedSpoc));
  const [deputy, setDeputy] = useState(() => personInput(entry.deputy));
  const [reasons, setReasons] = useState("");
  const [proportionality, setProportionality] = useState("");
  const [notice, setNotice] = useState<NoticeDraft>(() =>
    newNoticeDraft("later", deps.clock.now(), deps.config),
  );
  const senior = view.seniorActor;
  // Extreme measures are the senior deciders' (5.2.5).
  const actor = extreme && senior ? senior : props.actor;

  const parsed = useMemo(() => termsFromDraft(terms, extreme), [terms, extreme]);
  // Who tells the customer of these restrictions (5.2.4, 5.2.5): perhaps not the decider.
  const givers = noticeGiversFor("imposed", parsed.ok ? parsed.value : {});
  const input = (t: RestrictionsInput["terms"]): RestrictionsInput => {
    const told = noticeInput(notice);
    return {
      terms: t,
      start,
      end,
      spoc,
      deputy,
      reasons,
      proportionalityNote: proportionality,
      ...(told ? { notice: told } : {}),
    };
  };
  const preview = parsed.ok
    ? previewRestrictions(loaded.record, input(parsed.value), deps.config)
    : undefined;

  const save = () => {
    if (!parsed.ok) {
      submit.reject({ terms: parsed.error.message }, parsed.error.message);
      return;
    }
    void submit.run(() => imposeRestrictions(deps, loaded, actor, input(parsed.value)));
  };

  const termsError = submit.errors["terms"] ?? (parsed.ok ? undefined : parsed.error.message);
  return (
    <DecisionFormFrame
      title={extreme ? "Impose extreme measures (5.2.5)" : "Impose restrictions (5.2.3, 5.2.4)"}
      decider={deciderText(actor, deps.config)}
      submitLabel={extreme ? "Impose extreme measures" : "Impose restrictions"}
      {...submit}
      onSubmit={save}
      onCancel={props.onCancel}
    >
      <TermsFields value={terms} onChange={setTerms} extreme={extreme} error={termsError} />
      {preview && preview.sentences.length > 0 ? (
        <section aria-label="The terms in words" className={styles.fieldset}>
          <p className={styles.legend}>The terms will read:</p>
          <ul>
            {preview.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview && preview.warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>These terms conflict with a reasonable adjustment</MessageBarTitle>
            <ul>
              {preview.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            Make room for the adjustment before saving, or record why not.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <DateField
        label="First day"
        value={start}
        onChange={setStart}
        error={submit.errors["start"]}
        required
      />
      <DateField
        label="Last day"
        hint="How long the restrictions last (5.2.4)."
        value={end}
        onChange={setEnd}
        error={submit.errors["end"]}
        required
      />
      <PersonFields
        legend="Single point of contact (SPOC)"
        field="spoc"
        value={spoc}
        onChange={setSpoc}
        errors={submit.errors}
      />
      <PersonFields
        legend="Deputy (in the SPOC's absence)"
        field="deputy"
        value={deputy}
        onChange={setDeputy}
        errors={submit.errors}
      />
      <StatementField
        name="reasons"
        label="Reasons"
        value={reasons}
        onChange={setReasons}
        errors={submit.errors}
        hint="What action is being taken and why: quoted in the notice to the customer."
      />
      <TextField
        label="Why these restrictions are appropriate and proportionate (5.2.3)"
        value={proportionality}
        onChange={setProportionality}
        error={submit.errors["proportionalityNote"]}
        multiline
      />
      <NoticeFields
        value={notice}
        onChange={setNotice}
        errors={submit.errors}
        allowLater
        mayTell={givers.includes(actor.role)}
        givers={rolesInWords(givers, deps.config)}
        notTellingBy={undefined}
        config={deps.config}
      />
    </DecisionFormFrame>
  );
}
