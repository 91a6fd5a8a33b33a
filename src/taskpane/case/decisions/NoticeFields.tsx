/**
 * 5.2.4, 5.2.6: when (date and time) and how the customer was told, and how it was confirmed;
 * or, for a change on review only, why they are not told. The terms bind from the notice.
 */
import { Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { FieldErrors, NoticeInput } from "../../../app/decisions";
import type { PolicyConfig } from "../../../domain/config";
import { actorInWords } from "../../../domain/deputies";
import { NOTICE_METHODS, type Actor, type NoticeMethod } from "../../../domain/types";
import { localMoment } from "../../../domain/zonedTime";
import { useFormStyles } from "../../forms/forms.styles";
import { DateField, TextField, TimeField } from "./fields";

export type NoticeDraft = {
  readonly kind: "later" | "notified" | "notNotified";
  readonly on: string;
  readonly time: string;
  readonly method: NoticeMethod;
  readonly adjustment: string;
  readonly confirmKind: "inWriting" | "adjustment";
  readonly confirmOn: string;
  readonly confirmHow: string;
  readonly reason: string;
};

/** A fresh notice: today, at the current minute (UK time), by letter. */
export function newNoticeDraft(
  kind: NoticeDraft["kind"],
  now: Date,
  config: PolicyConfig,
): NoticeDraft {
  const { date, minutes } = localMoment(now, config.timeZone);
  const today: string = date;
  return {
    kind,
    on: today,
    time: `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`,
    method: "letter",
    adjustment: "",
    confirmKind: "inWriting",
    confirmOn: today,
    confirmHow: "",
    reason: "",
  };
}

const METHOD_LABELS: Readonly<Record<NoticeMethod, string>> = {
  letter: "By letter",
  email: "By email",
  phone: "By telephone",
  inPerson: "In person",
  other: "Another way, as a reasonable adjustment requires",
};

/** A letter or an email is itself the notice in writing; anything else is confirmed. */
function confirmsItself(method: NoticeMethod): boolean {
  return method === "letter" || method === "email";
}

export function noticeInput(draft: NoticeDraft): NoticeInput | undefined {
  switch (draft.kind) {
    case "later":
      return undefined;
    case "notified":
      return {
        kind: "notified",
        on: draft.on,
        time: draft.time,
        method: draft.method,
        ...(draft.method === "other" ? { adjustment: draft.adjustment } : {}),
        ...(confirmsItself(draft.method)
          ? {}
          : {
              confirmation:
                draft.confirmKind === "inWriting"
                  ? { kind: "inWriting", on: draft.confirmOn }
                  : { kind: "adjustment", how: draft.confirmHow },
            }),
      };
    case "notNotified":
      return { kind: "notNotified", reason: draft.reason };
  }
}

export function NoticeFields(props: {
  readonly value: NoticeDraft;
  readonly onChange: (value: NoticeDraft) => void;
  readonly errors: FieldErrors;
  /** Offer "record it later" (when deciding); recording the notice itself needs an answer. */
  readonly allowLater: boolean;
  /** The person may tell the customer of these restrictions (5.2.4, 5.2.5). */
  readonly mayTell: boolean;
  /** Who tells the customer, in words, when this person may not. */
  readonly givers?: string;
  /** The assistant director or City Solicitor, on a change made on review (5.2.6). */
  readonly notTellingBy: Actor | undefined;
  readonly config: PolicyConfig;
}) {
  const styles = useFormStyles();
  const { value, onChange, errors, notTellingBy, config } = props;
  const set = (change: Partial<NoticeDraft>) => onChange({ ...value, ...change });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Telling the customer (5.2.4, 5.2.6)</legend>
      <p>The restrictions bind the customer only from the moment they are told.</p>
      <Field label="The customer">
        <RadioGroup
          value={value.kind}
          onChange={(_e, d) => set({ kind: d.value as NoticeDraft["kind"] })}
        >
          {props.allowLater ? (
            <Radio value="later" label="Has not been told yet: record it when they are" />
          ) : null}
          {props.mayTell ? <Radio value="notified" label="Was told" /> : null}
          {notTellingBy ? (
            <Radio value="notNotified" label="Is not to be told (exceptional, 5.2.6)" />
          ) : null}
        </RadioGroup>
      </Field>
      {props.mayTell ? null : (
        <p>
          The notice is given by {props.givers ?? "the person the policy names"} (5.2.4): prepare it
          for them once the decision is saved.
        </p>
      )}
      {value.kind === "notified" ? (
        <>
          <DateField
            label="Date told"
            hint="The 28 days for an appeal count from this date (5.2.7)."
            value={value.on}
            onChange={(on) => set({ on })}
            error={errors["notice.on"]}
            required
          />
          <TimeField
            label="Time told (UK time)"
            hint="The restrictions bind from this moment."
            value={value.time}
            onChange={(time) => set({ time })}
            error={errors["notice.time"]}
            required
          />
          <Field label="How" required>
            <Select
              className={styles.select}
              value={value.method}
              onChange={(_e, d) => {
                const method = NOTICE_METHODS.find((m) => m === d.value);
                if (method) set({ method });
              }}
            >
              {NOTICE_METHODS.map((m) => (
                <option key={m} value={m}>
                  {METHOD_LABELS[m]}
                </option>
              ))}
            </Select>
          </Field>
          {value.method === "other" ? (
            <TextField
              label="The way the customer's reasonable adjustment requires"
              value={value.adjustment}
              onChange={(adjustment) => set({ adjustment })}
              error={errors["notice.adjustment"]}
              required
            />
          ) : null}
          {confirmsItself(value.method) ? (
            <p>The {value.method === "letter" ? "letter" : "email"} is the notice in writing.</p>
          ) : (
            <>
              <Field label="Confirmed">
                <RadioGroup
                  value={value.confirmKind}
                  onChange={(_e, d) => set({ confirmKind: d.value as NoticeDraft["confirmKind"] })}
                >
                  <Radio value="inWriting" label="In writing" />
                  <Radio value="adjustment" label="As a reasonable adjustment allows" />
                </RadioGroup>
              </Field>
              {value.confirmKind === "inWriting" ? (
                <DateField
                  label="Date of the written confirmation"
                  value={value.confirmOn}
                  onChange={(confirmOn) => set({ confirmOn })}
                  error={errors["notice.confirmation.on"]}
                  required
                />
              ) : (
                <TextField
                  label="How it was confirmed"
                  value={value.confirmHow}
                  onChange={(confirmHow) => set({ confirmHow })}
                  error={errors["notice.confirmation.how"]}
                  required
                />
              )}
            </>
          )}
        </>
      ) : null}
      {value.kind === "notNotified" && notTellingBy ? (
        <>
          <TextField
            label="Why telling the customer could incite further unreasonable behaviour"
            value={value.reason}
            onChange={(reason) => set({ reason })}
            error={errors["notice.reason"]}
            required
            multiline
          />
          <p>
            Decided by {actorInWords(notTellingBy, config)}. The change binds from the moment this
            is recorded.
          </p>
        </>
      ) : null}
    </fieldset>
  );
}
