/**
 * 5.1 after the concern is raised, for the managers who record it: what is recorded (raised,
 * confirmed on … and how, the offer of a representative, the customer's answer) and only what
 * can be recorded next. The use case (through the domain) refuses what is not possible, in
 * words shown here; something recorded on the case since this screen read it refuses the
 * record as someone else's change (8). Once saved, the pane's case changes bring the new state.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import type { CaseVersion, FormOutcome, PaneUseCases, StepOneView } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import { normaliseAddress } from "../../domain/address";
import { parseLocalDate } from "../../domain/localDate";
import type { MeansInput } from "../../app/decisions";
import type { CaseRef, LocalDate } from "../../domain/types";
import { MeansFields } from "../case/decisions/fields";
import { useFormStyles } from "../forms/forms.styles";
import { UkDateField } from "../forms/UkDateField";
import { useFocusAfterRender, useFocusReturn } from "../shell/viewFocus";
import { useReadViewStyles } from "./ReadView.styles";

type Answer = "pending" | "accepted" | "declined";

const DATE_HINT = "Give the date as day/month/year, for example 24/11/2026.";

export type StepOneProgressProps = {
  readonly useCases: PaneUseCases;
  readonly user: SignedInUser;
  readonly caseRef: CaseRef;
  readonly stepOne: StepOneView;
  readonly today: LocalDate;
  /** The version of the case this screen shows. */
  readonly version?: CaseVersion;
};

function answerText(view: StepOneView): string {
  const on = view.agreementRecordedOn ? ` (recorded on ${view.agreementRecordedOn.text})` : "";
  switch (view.agreement) {
    case "pending":
      return view.confirmedInWritingOn ? "Awaited." : "Not asked yet: confirm the concern first.";
    case "agreed":
      return `Agreed${on}. Their contact is monitored against the arrangement.`;
    case "notAgreed":
      return view.offerRecorded
        ? `Did not agree${on}. The case can be referred (5.2.1).`
        : `Did not agree${on}. Record the offer of a representative, then the case can be referred (5.1, 5.2.1).`;
  }
}

export function StepOneProgress(props: StepOneProgressProps) {
  const { useCases, user, caseRef, stepOne, today } = props;
  const styles = useReadViewStyles();
  const forms = useFormStyles();
  const headingId = useId();
  const [on, setOn] = useState<string>(today);
  const [means, setMeans] = useState<MeansInput>({ channel: "letter" });
  const [offering, setOffering] = useState(false);
  const [offeredOn, setOfferedOn] = useState<string>(today);
  const [answer, setAnswer] = useState<Answer>("pending");
  const [repName, setRepName] = useState("");
  const [repEmail, setRepEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusAfterRender();
  const offerRef = useRef<HTMLFieldSetElement>(null);
  const offerOpener = useFocusReturn();
  const [outcome, setOutcome] = useState<FormOutcome<unknown> | null>(null);
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  // The version this screen last saw: what it read, or what its own last record left, until
  // the screen reads the case again.
  const [own, setOwn] = useState<{ readonly after?: CaseVersion; readonly version: CaseVersion }>();
  const version = own && own.after === props.version ? own.version : props.version;

  async function record(progress: Parameters<PaneUseCases["recordStepOneProgress"]>[1]) {
    setBusy(true);
    const result = await useCases.recordStepOneProgress(caseRef, progress, user, version);
    setBusy(false);
    setOutcome(result);
    if (result.kind === "done") {
      setOwn({ ...(props.version ? { after: props.version } : {}), version: result.value.version });
      setOffering(false);
      // The button pressed gives way to the next step: focus to what is now recorded.
      focusLater(headingRef);
    }
  }

  function dateOf(raw: string, field: string): LocalDate | undefined {
    const date = parseLocalDate(raw);
    if (!date.ok) setFieldError({ field, message: DATE_HINT });
    return date.ok ? date.value : undefined;
  }

  function confirm() {
    setFieldError(null);
    const date = dateOf(on, "on");
    if (!date) return;
    void record({
      kind: "confirmInWriting",
      on: date,
      via: {
        channel: means.channel,
        ...(means.adjustment?.trim() ? { adjustment: means.adjustment } : {}),
      },
    });
  }

  function offer() {
    setFieldError(null);
    const date = dateOf(offeredOn, "offeredOn");
    if (!date) return;
    let representative;
    if (answer === "accepted") {
      const email = normaliseAddress(repEmail);
      if (!email.ok || repName.trim() === "") {
        setFieldError({
          field: "representative",
          message: "Give the representative's name and email address in full.",
        });
        return;
      }
      representative = { name: repName.trim(), email: email.value };
    }
    void record({
      kind: "recordRepresentativeOffer",
      offeredOn: date,
      answer,
      ...(representative ? { representative } : {}),
    });
  }

  const errorFor = (field: string) =>
    fieldError?.field === field
      ? { validationMessage: fieldError.message, validationState: "error" as const }
      : {};

  return (
    <section aria-labelledby={headingId} className={styles.content}>
      <h3 id={headingId} className={styles.subheading} ref={headingRef} tabIndex={-1}>
        Step one (5.1)
      </h3>
      <dl className={styles.facts}>
        <dt className={styles.term}>Raised</dt>
        <dd className={styles.definition}>
          {stepOne.raisedOn.text} by {stepOne.raisedBy}
        </dd>
        <dt className={styles.term}>Proposed</dt>
        <dd className={styles.definition}>{stepOne.proposedArrangement}</dd>
        <dt className={styles.term}>Confirmed to the customer</dt>
        <dd className={styles.definition}>
          {stepOne.confirmedInWritingOn
            ? `${stepOne.confirmedInWritingOn.text}${stepOne.confirmedVia ? `, ${stepOne.confirmedVia}` : ""}.`
            : "Not yet."}
        </dd>
        <dt className={styles.term}>Representative</dt>
        <dd className={styles.definition}>{stepOne.representative}</dd>
        <dt className={styles.term}>Customer's answer</dt>
        <dd className={styles.definition}>{answerText(stepOne)}</dd>
      </dl>
      {stepOne.next === "confirmInWriting" ? (
        <>
          <UkDateField
            label="Date the concern was confirmed to the customer in writing, or as an adjustment allows"
            value={on}
            onChange={setOn}
            error={fieldError?.field === "on" ? fieldError.message : undefined}
            disabled={busy}
          />
          <MeansFields
            legend="How it was confirmed"
            value={means}
            onChange={setMeans}
            errors={{}}
            field="via"
          />
          <div className={styles.actions}>
            <Button disabledFocusable={busy} onClick={confirm}>
              Record the confirmation
            </Button>
          </div>
        </>
      ) : null}
      {stepOne.next === "recordAgreement" ? (
        <div className={styles.actions} role="group" aria-label="The customer's answer">
          <Button
            disabledFocusable={busy}
            onClick={() => void record({ kind: "recordAgreement", agreed: true })}
          >
            The customer agreed the arrangement
          </Button>
          <Button
            disabledFocusable={busy}
            onClick={() => void record({ kind: "recordAgreement", agreed: false })}
          >
            The customer did not agree
          </Button>
        </div>
      ) : null}
      {stepOne.offerRepresentative && !offering ? (
        <div className={styles.actions}>
          <Button
            appearance="subtle"
            disabledFocusable={busy}
            onClick={() => {
              offerOpener.remember();
              setOffering(true);
              // The button gives way to the offer's fields: focus to the first of them.
              focusLater(() => offerRef.current?.querySelector<HTMLElement>("input"));
            }}
          >
            Record the offer of a representative
          </Button>
        </div>
      ) : null}
      {stepOne.offerRepresentative && offering ? (
        <fieldset className={forms.fieldset} ref={offerRef}>
          <legend className={forms.legend}>The offer of a representative (5.1)</legend>
          <UkDateField
            label="Date the customer was offered a representative"
            value={offeredOn}
            onChange={setOfferedOn}
            error={fieldError?.field === "offeredOn" ? fieldError.message : undefined}
            disabled={busy}
          />
          <Field label="The customer's answer">
            <RadioGroup value={answer} onChange={(_e, d) => setAnswer(d.value as Answer)}>
              <Radio value="pending" label="No answer yet" />
              <Radio value="accepted" label="Appointed a representative" />
              <Radio value="declined" label="Declined" />
            </RadioGroup>
          </Field>
          {answer === "accepted" ? (
            <>
              <Field label="Representative's name" required {...errorFor("representative")}>
                <Input value={repName} onChange={(_e, d) => setRepName(d.value)} />
              </Field>
              <Field label="Representative's email address" required>
                <Input value={repEmail} onChange={(_e, d) => setRepEmail(d.value)} />
              </Field>
            </>
          ) : null}
          <div className={styles.actions}>
            <Button disabledFocusable={busy} onClick={offer}>
              Record the offer
            </Button>
            <Button
              disabledFocusable={busy}
              onClick={() => {
                setOffering(false);
                offerOpener.restore();
              }}
            >
              Cancel
            </Button>
          </div>
        </fieldset>
      ) : null}
      <div aria-live="polite">
        {outcome ? (
          <MessageBar intent={outcome.kind === "done" ? "success" : "error"} layout="multiline">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
