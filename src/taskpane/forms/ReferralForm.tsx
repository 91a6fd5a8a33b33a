/**
 * "Refer to the city helpdesk manager" (5.2.1), for a case at step one or under monitoring.
 * Shows the evidence the use case compiled from the case file and the contact log, in fields
 * the manager may complete or correct, then refers and opens the message to the helpdesk
 * manager. Loaded on demand.
 */
import { Field, Textarea } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ContactChartData } from "../../app/contactChart";
import type { KeptCopy } from "../../app/letters/correspondence";
import type { FormOutcome, ReferralDraft, ReferralField, ReferralSent } from "../../app/pane";
import { KeepMessageCopy } from "../letters/KeepMessageCopy";
import { ContactsChart } from "../charts/ContactsChart";
import { FormDone, PaneForm } from "./PaneFormParts";
import { usePaneFormSubmit } from "./usePaneFormSubmit";

export type ReferralFormProps = {
  /** The helpdesk manager's title, from the policy configuration. */
  readonly helpdeskTitle: string;
  /** prepareReferral's draft: the evidence compiled, editable before it is sent (its
   * `sections` repeat the same text, so the fields alone show it). */
  readonly draft: ReferralDraft;
  /** The contacts per week behind the monitoring evidence. */
  readonly chart?: ContactChartData;
  readonly onSubmit: (draft: ReferralDraft) => Promise<FormOutcome<ReferralSent>>;
  readonly onCancel: () => void;
  /** Keeps the message being read with the case; its line is added to the correspondence. */
  readonly onKeepMessage?: () => Promise<KeptCopy>;
};

type TextField = Exclude<ReferralField, "contactCount">;

const FIELDS: readonly { field: TextField; label: string; hint?: string }[] = [
  { field: "behaviour", label: "The behaviour" },
  { field: "workUndertaken", label: "What has been done to resolve it" },
  { field: "arrangement", label: "The arrangement that was agreed or proposed" },
  { field: "correspondence", label: "Correspondence", hint: "One item per line." },
  { field: "monitoringEvidence", label: "Monitoring evidence from the contact log" },
];

export default function ReferralForm(props: ReferralFormProps) {
  const headingId = useId();
  const [draft, setDraft] = useState<ReferralDraft>(props.draft);
  const { formRef, resultRef, busy, outcome, errors, submit } = usePaneFormSubmit(props.onSubmit);

  if (outcome?.kind === "done") {
    return (
      <FormDone
        headingId={headingId}
        title={`Referred to the ${props.helpdeskTitle}`}
        resultRef={resultRef}
        message={outcome.message}
        warning={outcome.value.messageProblem}
        onClose={props.onCancel}
      />
    );
  }

  return (
    <PaneForm
      headingId={headingId}
      title={`Refer ${draft.customerName} (${draft.ref}) to the ${props.helpdeskTitle}`}
      formRef={formRef}
      resultRef={resultRef}
      outcome={outcome}
      busy={busy}
      submitLabel="Refer and open the message"
      busyLabel="Referring…"
      onSubmit={(e) => void submit(e, draft)}
      onCancel={props.onCancel}
    >
      <p>Contacts logged since step one: {draft.contactCount}</p>
      {props.chart ? <ContactsChart data={props.chart} /> : null}
      {props.onKeepMessage ? (
        <KeepMessageCopy
          keep={props.onKeepMessage}
          onKept={(kept) => {
            const { line } = kept;
            setDraft((d) =>
              d.correspondence.includes(kept.document.name)
                ? d
                : {
                    ...d,
                    correspondence: [d.correspondence.trim(), line].filter(Boolean).join("\n"),
                  },
            );
          }}
        />
      ) : null}
      {FIELDS.map(({ field, label, hint }) => (
        <Field
          key={field}
          label={label}
          hint={hint}
          validationMessage={errors[field]}
          validationState={errors[field] ? "error" : "none"}
        >
          <Textarea
            rows={Math.min(12, Math.max(3, draft[field].split("\n").length + 1))}
            value={draft[field]}
            onChange={(_e, data) => setDraft((d) => ({ ...d, [field]: data.value }))}
            resize="vertical"
          />
        </Field>
      ))}
    </PaneForm>
  );
}
