/**
 * The case's "Letters and documents": how letters address the customer (and representative)
 * and reach them (large print; by post), and every document kept with the case, with links.
 */
import {
  Button,
  Checkbox,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { LoadedCase } from "../../app/caseCommands";
import type { AppDeps } from "../../app/deps";
import {
  type LetterDetailsInput,
  letterDetailsInputOf,
  type LetterDetailsOutcome,
  updateLetterDetails,
} from "../../app/letters/letterDetails";
import type { AddressingInput } from "../../app/letters/addressingInput";
import type { CaseDocument } from "../../app/ports";
import type { Actor } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { localDateOf } from "../../domain/zonedTime";
import { useCaseStyles } from "../case/case.styles";
import { failureText } from "../case/failureText";
import { TextField } from "../case/decisions/fields";

export type LettersAndDocumentsProps = {
  readonly deps: AppDeps;
  readonly loaded: LoadedCase;
  /** Who changes the details (a manager or decider); undefined: read only. */
  readonly actor: Actor | undefined;
  readonly onSaved: () => Promise<void>;
};

function AddressingFields(props: {
  readonly who: "customer" | "representative";
  readonly name: string;
  readonly value: AddressingInput;
  readonly onChange: (value: AddressingInput) => void;
  readonly errors: Readonly<Record<string, string>>;
}) {
  const styles = useCaseStyles();
  const set = (key: keyof AddressingInput) => (text: string) =>
    props.onChange({ ...props.value, [key]: text });
  const error = (key: string) => props.errors[`${props.who}.${key}`];
  return (
    <fieldset className={styles.section}>
      <legend className={styles.subheading}>
        {props.who === "customer" ? "The customer" : "The representative"}: {props.name}
      </legend>
      <TextField
        label="Title"
        hint="For example Mr, Ms, Mx or Dr."
        value={props.value.title ?? ""}
        onChange={set("title")}
        error={error("title")}
      />
      <TextField
        label="Surname"
        value={props.value.surname ?? ""}
        onChange={set("surname")}
        error={error("surname")}
      />
      <TextField
        label="Salutation they asked for"
        hint="What follows “Dear”, when it is not title and surname."
        value={props.value.salutation ?? ""}
        onChange={set("salutation")}
        error={error("salutation")}
      />
      <TextField
        label="Postal address"
        hint="One line each. Printed letters go here."
        multiline
        value={props.value.postalAddress ?? ""}
        onChange={set("postalAddress")}
        error={error("postalAddress")}
      />
    </fieldset>
  );
}

function Documents({ deps, loaded }: Pick<LettersAndDocumentsProps, "deps" | "loaded">) {
  const styles = useCaseStyles();
  const [documents, setDocuments] = useState<readonly CaseDocument[] | string | null>(null);
  useEffect(() => {
    let live = true;
    deps.documents
      .list(loaded.record.entry.ref)
      .then((d) => live && setDocuments(d))
      .catch((e: unknown) => live && setDocuments(failureText(e)));
    return () => {
      live = false;
    };
  }, [deps, loaded]);
  if (documents === null) return <Spinner size="tiny" label="Reading the case documents…" />;
  if (typeof documents === "string") return <p role="alert">{documents}</p>;
  if (documents.length === 0) return <p className={styles.muted}>No documents are kept yet.</p>;
  return (
    <ul className={styles.list} aria-label="Documents kept with the case">
      {documents.map((d) => (
        <li key={d.id}>
          {d.folder === "letters" ? "Letter" : "Correspondence"}:{" "}
          <Link href={d.webUrl} target="_blank" rel="noreferrer">
            {d.name}
          </Link>{" "}
          (kept {formatLongDate(localDateOf(d.createdAt, deps.config.timeZone))})
        </li>
      ))}
    </ul>
  );
}

export default function LettersAndDocuments(props: LettersAndDocumentsProps) {
  const { deps, loaded, actor } = props;
  const styles = useCaseStyles();
  const [input, setInput] = useState<LetterDetailsInput>(() => letterDetailsInputOf(loaded));
  const [outcome, setOutcome] = useState<LetterDetailsOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const { entry } = loaded.record;
  const errors = outcome?.kind === "invalid" ? outcome.errors : {};

  async function save() {
    if (!actor) return;
    setBusy(true);
    try {
      const result = await updateLetterDetails(deps, loaded, actor, input);
      setOutcome(result);
      if (result.kind === "done") await props.onSaved();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.section}>
      <h3 className={styles.subheading}>Documents kept with the case</h3>
      <Documents deps={deps} loaded={loaded} />
      <h3 className={styles.subheading}>How letters address and reach them</h3>
      <AddressingFields
        who="customer"
        name={entry.customerName}
        value={input.customer}
        onChange={(customer) => setInput((i) => ({ ...i, customer }))}
        errors={errors}
      />
      {entry.representative && input.representative ? (
        <AddressingFields
          who="representative"
          name={entry.representative.name}
          value={input.representative}
          onChange={(representative) => setInput((i) => ({ ...i, representative }))}
          errors={errors}
        />
      ) : null}
      <Checkbox
        label="Letters in large print (a reasonable adjustment)"
        checked={input.largePrint}
        onChange={(_e, d) => setInput((i) => ({ ...i, largePrint: d.checked === true }))}
      />
      <Checkbox
        label="Letters by post, not email (a reasonable adjustment)"
        checked={input.lettersByPost}
        onChange={(_e, d) => setInput((i) => ({ ...i, lettersByPost: d.checked === true }))}
      />
      {outcome && outcome.kind !== "done" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome?.kind === "done" ? <p role="status">{outcome.message}</p> : null}
      {actor ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
            {busy ? "Saving…" : "Save the letter details"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
