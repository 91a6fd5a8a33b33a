/**
 * 5.1 after the concern is raised, for the managers who may refer: record that it was
 * confirmed to the customer (in writing, or as a reasonable adjustment requires), the offer of
 * a representative, and the customer's answer to the arrangement. The use case (through the
 * domain) refuses what is not yet possible, in words shown here; something recorded on the
 * case since this screen read it refuses the record as someone else's change (8).
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
} from "@fluentui/react-components";
import { useId, useState } from "react";
import type { CaseVersion, FormOutcome, PaneUseCases } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import { normaliseAddress } from "../../domain/address";
import { WRITTEN_CHANNELS } from "../../domain/lifecycleSupport";
import { parseLocalDate } from "../../domain/localDate";
import { type CaseRef, type Channel, CHANNELS, type LocalDate } from "../../domain/types";
import { channelManner } from "../../domain/wording";
import { useReadViewStyles } from "./ReadView.styles";

type Answer = "pending" | "accepted" | "declined";

export function StepOneProgress(props: {
  readonly useCases: PaneUseCases;
  readonly user: SignedInUser;
  readonly caseRef: CaseRef;
  readonly today: LocalDate;
  /** The version of the case this screen shows. */
  readonly version?: CaseVersion;
  /** The case changed: check the message again. */
  readonly onRecorded: () => void;
}) {
  const { useCases, user, caseRef, today, onRecorded } = props;
  const styles = useReadViewStyles();
  const headingId = useId();
  const [on, setOn] = useState<string>(today);
  const [channel, setChannel] = useState<Channel>("letter");
  const [adjustment, setAdjustment] = useState("");
  const [offeredOn, setOfferedOn] = useState<string>(today);
  const [answer, setAnswer] = useState<Answer>("pending");
  const [repName, setRepName] = useState("");
  const [repEmail, setRepEmail] = useState("");
  const [busy, setBusy] = useState(false);
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
      onRecorded();
    }
  }

  function dateOf(raw: string, field: string): LocalDate | undefined {
    const date = parseLocalDate(raw);
    if (!date.ok) setFieldError({ field, message: date.error.message });
    return date.ok ? date.value : undefined;
  }

  function confirm() {
    setFieldError(null);
    const date = dateOf(on, "on");
    if (!date) return;
    void record({
      kind: "confirmInWriting",
      on: date,
      via: { channel, ...(adjustment.trim() ? { adjustment } : {}) },
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
      <h3 id={headingId} className={styles.subheading}>
        Step one: record progress
      </h3>
      <Field
        label="Date the concern was confirmed to the customer in writing, or as an adjustment allows"
        {...errorFor("on")}
      >
        <Input type="date" value={on} onChange={(_e, data) => setOn(data.value)} />
      </Field>
      <Field label="How it was confirmed">
        <Select
          value={channel}
          onChange={(_e, d) => {
            const chosen = CHANNELS.find((c) => c === d.value);
            if (chosen) setChannel(chosen);
          }}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {WRITTEN_CHANNELS.includes(c)
                ? `In writing, ${channelManner(c)}`
                : `${channelManner(c)} (a reasonable adjustment)`}
            </option>
          ))}
        </Select>
      </Field>
      {WRITTEN_CHANNELS.includes(channel) ? null : (
        <Field label="The reasonable adjustment that requires this" required>
          <Input value={adjustment} onChange={(_e, d) => setAdjustment(d.value)} />
        </Field>
      )}
      <div className={styles.actions}>
        <Button disabled={busy} onClick={confirm}>
          Record the confirmation
        </Button>
      </div>

      <Field label="Date the customer was offered a representative" {...errorFor("offeredOn")}>
        <Input type="date" value={offeredOn} onChange={(_e, d) => setOfferedOn(d.value)} />
      </Field>
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
        <Button disabled={busy} onClick={offer}>
          Record the offer of a representative
        </Button>
      </div>

      <div className={styles.actions} role="group" aria-label="The customer's answer">
        <Button
          disabled={busy}
          onClick={() => void record({ kind: "recordAgreement", agreed: true })}
        >
          The customer agreed the arrangement
        </Button>
        <Button
          disabled={busy}
          onClick={() => void record({ kind: "recordAgreement", agreed: false })}
        >
          The customer did not agree
        </Button>
      </div>
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
