/**
 * "Log a call, letter or visit" (5.2.3: restrictions cover every channel): contact that did not
 * come by email, logged against one case. Loaded on demand (React.lazy). The use case checks the
 * input (nothing is kept when it is wrong), judges the contact against the case's terms and logs
 * it through the contact outbox; this form shows each error beside its field and then the
 * verdict on this contact.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
} from "@fluentui/react-components";
import { type FormEvent, useId, useRef, useState } from "react";
import {
  type LogOtherInput,
  type LogStatus,
  OTHER_CHANNELS,
  type OtherContactOutcome,
  SUMMARY_LIMIT,
} from "../../app/pane";
import type { CaseRef, Direction } from "../../domain/types";
import { useFormStyles } from "../forms/forms.styles";
import { OtherConditions } from "./CaseDetails";
import { UK_DATE_HINT } from "../forms/ukDate";
import { useFocusAfterRender, ViewHeading } from "../shell/viewFocus";
import { contactTimeText, parseContactTime } from "./contactTime";
import { Verdict } from "./Verdict";
import { verdictProps } from "./verdictProps";

export type OtherContactFormProps = {
  readonly caseRef: CaseRef;
  readonly customerName: string;
  readonly now: Date;
  readonly timeZone: string;
  /** The case's conditions in words, which the add-in cannot check: shown before logging. */
  readonly otherConditions?: readonly string[];
  /** Logs the contact; never rejects. */
  readonly onSubmit: (input: LogOtherInput) => Promise<OtherContactOutcome>;
  /** `logged`: a contact was logged, so the case's counts changed. */
  readonly onClose: (logged: boolean) => void;
};

type OtherChannel = LogOtherInput["channel"];

const CHANNEL_LABEL: Readonly<Record<OtherChannel, string>> = {
  phone: "Telephone call",
  letter: "Letter",
  inPerson: "Visit in person",
  webForm: "Website form",
  socialMedia: "Social media",
};

const DIRECTION_LABEL: Readonly<Record<Direction, string>> = {
  inbound: "From the customer",
  outbound: "To the customer (the council made contact)",
};

const STATUS_TEXT: Readonly<Partial<Record<LogStatus["kind"], string>>> = {
  saved: "Logged. This contact is now in the case's contact log.",
  alreadyLogged: "Already logged: this contact is in the case's contact log.",
  saving: "Logging…",
};

function statusBar(status: LogStatus) {
  const intent =
    status.kind === "failed" ? "error" : status.kind === "pending" ? "warning" : "success";
  const text = "message" in status ? status.message : (STATUS_TEXT[status.kind] ?? "");
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

type Errors = Readonly<
  Partial<Record<"channel" | "direction" | "date" | "time" | "summary", string>>
>;

export default function OtherContactForm(props: OtherContactFormProps) {
  const { caseRef, customerName, now, timeZone, onSubmit, onClose } = props;
  const styles = useFormStyles();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const initial = contactTimeText(now, timeZone);
  const [channel, setChannel] = useState<OtherChannel>("phone");
  const [direction, setDirection] = useState<Direction>("inbound");
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  const [summary, setSummary] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | undefined>();
  const [logged, setLogged] = useState<Extract<OtherContactOutcome, { kind: "logged" }>>();
  // A double click can land before React re-renders the disabled button.
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);

  const focusLater = useFocusAfterRender();
  function focusNext(invalid: boolean) {
    focusLater(() => {
      const target = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
      return invalid && target ? target : resultRef.current;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (inFlight.current) return;
    const when = parseContactTime({ date, time }, timeZone);
    if (!when.ok) {
      setErrors({
        ...(when.date ? { date: when.date } : {}),
        ...(when.time ? { time: when.time } : {}),
      });
      setMessage("Nothing was logged: correct the fields shown.");
      focusNext(true);
      return;
    }
    inFlight.current = true;
    setBusy(true);
    const outcome = await onSubmit({ ref: caseRef, channel, direction, at: when.at, summary });
    inFlight.current = false;
    setBusy(false);
    if (outcome.kind === "invalid") {
      const { at, ...rest } = outcome.fieldErrors;
      // The time is checked as a whole (not in the future): say so under both parts' field.
      setErrors({ ...rest, ...(at ? { date: at } : {}) });
      setMessage(outcome.message);
      focusNext(true);
      return;
    }
    setErrors({});
    setMessage(undefined);
    setLogged(outcome);
    focusNext(false);
  }

  const done = logged !== undefined;
  const disabled = busy || done;

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <ViewHeading id={headingId} className={styles.heading}>
        Log a call, letter or visit: {customerName} ({caseRef})
      </ViewHeading>
      <OtherConditions conditions={props.otherConditions ?? []} />
      <Field
        label="How was the contact made?"
        validationMessage={errors.channel}
        validationState={errors.channel ? "error" : "none"}
      >
        <RadioGroup
          value={channel}
          disabled={disabled}
          onChange={(_e, data) => setChannel(data.value as OtherChannel)}
        >
          {OTHER_CHANNELS.map((c) => (
            <Radio key={c} value={c} label={CHANNEL_LABEL[c]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="Who made the contact?"
        validationMessage={errors.direction}
        validationState={errors.direction ? "error" : "none"}
      >
        <RadioGroup
          value={direction}
          disabled={disabled}
          onChange={(_e, data) => setDirection(data.value as Direction)}
        >
          <Radio value="inbound" label={DIRECTION_LABEL.inbound} />
          <Radio value="outbound" label={DIRECTION_LABEL.outbound} />
        </RadioGroup>
      </Field>
      <Field
        label="Date"
        hint={UK_DATE_HINT}
        required
        validationMessage={errors.date}
        validationState={errors.date ? "error" : "none"}
      >
        <Input
          value={date}
          disabled={disabled}
          inputMode="numeric"
          autoComplete="off"
          onChange={(_e, data) => setDate(data.value)}
        />
      </Field>
      <Field
        label="Time (UK time)"
        hint="24-hour clock, for example 14:30."
        required
        validationMessage={errors.time}
        validationState={errors.time ? "error" : "none"}
      >
        <Input
          value={time}
          disabled={disabled}
          autoComplete="off"
          onChange={(_e, data) => setTime(data.value)}
        />
      </Field>
      <Field
        label="Summary"
        hint={`What the contact was about, in a few words (${summary.trim().length} of ${SUMMARY_LIMIT} characters).`}
        required
        validationMessage={errors.summary}
        validationState={errors.summary ? "error" : "none"}
      >
        <Textarea
          value={summary}
          disabled={disabled}
          resize="vertical"
          onChange={(_e, data) => setSummary(data.value)}
        />
      </Field>
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className={styles.form}>
        {message ? (
          <MessageBar intent="error">
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {logged ? statusBar(logged.status) : null}
        {logged?.verdict ? (
          <Verdict
            {...verdictProps(logged.verdict, () => undefined)}
            onRetry={undefined}
            label="Verdict on this contact"
          />
        ) : null}
        {logged?.note ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{logged.note}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.actions}>
        {done ? null : (
          <Button appearance="primary" type="submit" disabledFocusable={busy}>
            {busy ? "Logging the contact…" : "Log the contact"}
          </Button>
        )}
        <Button onClick={() => onClose(done)} disabledFocusable={busy}>
          {done ? "Close" : "Cancel"}
        </Button>
      </div>
    </form>
  );
}
