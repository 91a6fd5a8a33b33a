/**
 * Correct the record (UK GDPR Art. 16, 17): a customer's name, a fact in the case file, an
 * address that is not theirs, or erase a case opened in error. Each with a reason; each is
 * recorded in the history without the wrong or erased details (app/corrections.ts).
 */
import { Button, Checkbox, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { AppDeps } from "../../../app/deps";
import {
  CORRECTABLE_FACTS,
  type CorrectableFact,
  type Correction,
  correctCase,
  eraseCase,
} from "../../../app/corrections";
import { normaliseAddress } from "../../../domain/address";
import type { Actor, CaseRef } from "../../../domain/types";
import { useFormStyles } from "../../forms/forms.styles";
import { useCaseStyles } from "../case.styles";
import { failureText } from "../failureText";
import { TextField } from "./fields";

export type CorrectRecordProps = {
  readonly deps: AppDeps;
  readonly caseRef: CaseRef;
  /** The user as a manager (service manager and above). */
  readonly actor: Actor;
  /** Read the case again after a change. */
  readonly onChanged: () => Promise<void>;
};

type What =
  | "customerName"
  | "fact"
  | "removeEmailAddress"
  | "removeCustomerPost"
  | "removeRepresentativePost"
  | "erase";

const WHAT_WORDS: Readonly<Record<What, string>> = {
  customerName: "The customer's name",
  fact: "A fact in the case file",
  removeEmailAddress: "Remove an email address that is not theirs",
  removeCustomerPost: "Remove the customer's postal address",
  removeRepresentativePost: "Remove the representative's postal address",
  erase: "Erase the whole case: it was opened in error",
};

export default function CorrectRecord({ deps, caseRef, actor, onChanged }: CorrectRecordProps) {
  const styles = useCaseStyles();
  const formStyles = useFormStyles();
  const [what, setWhat] = useState<What>("customerName");
  const [value, setValue] = useState("");
  const [fact, setFact] = useState<CorrectableFact>("stepOneDetail");
  const [reason, setReason] = useState("");
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();

  function correction(): Correction | string {
    switch (what) {
      case "customerName":
        return { kind: "customerName", name: value };
      case "fact":
        return { kind: "fact", fact, text: value };
      case "removeEmailAddress": {
        const address = normaliseAddress(value);
        return address.ok
          ? { kind: "removeEmailAddress", address: address.value }
          : "Give the email address to remove.";
      }
      case "removeCustomerPost":
        return { kind: "removePostalAddress", whose: "customer" };
      case "removeRepresentativePost":
        return { kind: "removePostalAddress", whose: "representative" };
      case "erase":
        return "erase";
    }
  }

  async function submit() {
    setProblem(undefined);
    setDone(undefined);
    const asked = correction();
    if (typeof asked === "string" && asked !== "erase") return setProblem(asked);
    if (asked === "erase" && !sure) {
      return setProblem("Tick the box to confirm the whole case is to be erased.");
    }
    setBusy(true);
    try {
      const result =
        asked === "erase"
          ? await eraseCase(deps, actor, caseRef, reason)
          : await correctCase(deps, actor, caseRef, asked, reason);
      if (!result.ok) setProblem(result.error.message);
      else {
        setDone(
          asked === "erase"
            ? `Case ${caseRef} was erased. The record of the erasure keeps only the reference and your reason.`
            : `Corrected. ${result.value.event.summary}`,
        );
        setValue("");
        setReason("");
        setSure(false);
        await onChanged();
      }
    } catch (e) {
      setProblem(failureText(e, { ref: caseRef }));
    } finally {
      setBusy(false);
    }
  }

  const needsValue = what === "customerName" || what === "fact" || what === "removeEmailAddress";
  return (
    <section className={styles.section} aria-labelledby="correct-record">
      <h3 id="correct-record" className={styles.subheading}>
        Correct the record
      </h3>
      <p>
        Put right what is wrong, or erase a case opened in error. The history records who did it and
        why, but not the wrong details.
      </p>
      <Field label="What to correct">
        <Select
          className={formStyles.select}
          value={what}
          onChange={(_e, d) => setWhat(d.value as What)}
        >
          {(Object.keys(WHAT_WORDS) as What[]).map((key) => (
            <option key={key} value={key}>
              {WHAT_WORDS[key]}
            </option>
          ))}
        </Select>
      </Field>
      {what === "fact" ? (
        <Field label="Which fact">
          <Select
            className={formStyles.select}
            value={fact}
            onChange={(_e, d) => setFact(d.value as CorrectableFact)}
          >
            {(Object.keys(CORRECTABLE_FACTS) as CorrectableFact[]).map((key) => (
              <option key={key} value={key}>
                {CORRECTABLE_FACTS[key].label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {needsValue ? (
        <TextField
          label={
            what === "removeEmailAddress"
              ? "Email address to remove"
              : what === "fact"
                ? "The corrected text"
                : "The correct name"
          }
          value={value}
          onChange={setValue}
          multiline={what === "fact"}
          required
        />
      ) : null}
      <TextField
        label="Why the record is wrong"
        hint="Do not repeat the wrong details: they would stay in the history."
        value={reason}
        onChange={setReason}
        multiline
        required
      />
      {what === "erase" ? (
        <Checkbox
          checked={sure}
          onChange={(_e, d) => setSure(d.checked === true)}
          label="I am sure: everything held for this case, its letters and documents will be deleted."
        />
      ) : null}
      <div className={styles.actions}>
        <Button onClick={() => void submit()} disabled={busy}>
          {busy ? "Saving…" : what === "erase" ? "Erase the case" : "Correct"}
        </Button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {done ? <p role="status">{done}</p> : null}
    </section>
  );
}
