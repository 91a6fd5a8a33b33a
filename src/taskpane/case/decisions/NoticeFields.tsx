/** 5.2.4, 5.2.6: the date the customer was told, or (exceptionally) why they are not told. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { FieldErrors, NoticeInput } from "../../../app/decisions";
import type { PolicyConfig } from "../../../domain/config";
import type { Actor } from "../../../domain/types";
import { useFormStyles } from "../../forms/forms.styles";
import { DateField, TextField } from "./fields";

export type NoticeDraft = {
  readonly kind: "later" | "notified" | "notNotified";
  readonly on: string;
  readonly reason: string;
};

export function noticeInput(draft: NoticeDraft): NoticeInput | undefined {
  switch (draft.kind) {
    case "later":
      return undefined;
    case "notified":
      return { kind: "notified", on: draft.on };
    case "notNotified":
      return { kind: "notNotified", reason: draft.reason };
  }
}

export function NoticeFields(props: {
  readonly value: NoticeDraft;
  readonly onChange: (value: NoticeDraft) => void;
  readonly errors: FieldErrors;
  /** Offer "record it later" (when imposing); recording the notice itself needs an answer. */
  readonly allowLater: boolean;
  /** The user as the assistant director or City Solicitor: only they may decide not to tell. */
  readonly senior: Actor | undefined;
  readonly config: PolicyConfig;
}) {
  const styles = useFormStyles();
  const { value, onChange, errors, senior, config } = props;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Telling the customer (5.2.4, 5.2.6)</legend>
      <Field label="The customer">
        <RadioGroup
          value={value.kind}
          onChange={(_e, d) => onChange({ ...value, kind: d.value as NoticeDraft["kind"] })}
        >
          {props.allowLater ? (
            <Radio value="later" label="Will be told: record the date later" />
          ) : null}
          <Radio value="notified" label="Was told on a date" />
          {senior ? (
            <Radio value="notNotified" label="Is not to be told (exceptional, 5.2.6)" />
          ) : null}
        </RadioGroup>
      </Field>
      {senior ? null : (
        <p>
          Only the {config.roleTitles.assistantDirector} or the {config.roleTitles.citySolicitor}{" "}
          can decide not to tell the customer (5.2.6).
        </p>
      )}
      {value.kind === "notified" ? (
        <DateField
          label="Date the customer was told"
          hint="The 28 days for an appeal count from this date (5.2.7)."
          value={value.on}
          onChange={(on) => onChange({ ...value, on })}
          error={errors["notice.on"]}
          required
        />
      ) : null}
      {value.kind === "notNotified" && senior ? (
        <>
          <TextField
            label="Why telling the customer could incite further unreasonable behaviour"
            value={value.reason}
            onChange={(reason) => onChange({ ...value, reason })}
            error={errors["notice.reason"]}
            required
            multiline
          />
          <p>
            Decided by {senior.name}, {config.roleTitles[senior.role]}.
          </p>
        </>
      ) : null}
    </fieldset>
  );
}
