import { Button, Field, MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { LogStatus } from "../../app/pane";
import { useLogContactStyles } from "./LogContact.styles";

/** The outbox's status of this message's contact, or "idle" before anything was tried. */
export type LogContactStatus = LogStatus | { readonly kind: "idle" };

export type LogContactProps = {
  /** Pre-filled from the message (its subject); staff may edit it before logging. */
  readonly defaultSummary: string;
  readonly status: LogContactStatus;
  readonly onLog: (summary: string) => void;
};

const STATUS_TEXT: Record<"saved" | "alreadyLogged", string> = {
  saved: "Logged. This contact is now in the case's contact log.",
  alreadyLogged: "Already logged: this message is in the case's contact log.",
};

/** "Log this contact": one button; the result said beside it, for screen readers too. */
export function LogContact({ defaultSummary, status, onLog }: LogContactProps) {
  const styles = useLogContactStyles();
  const [summary, setSummary] = useState(defaultSummary);
  const headingId = useId();
  const done = status.kind === "saved" || status.kind === "alreadyLogged";
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Log this contact
      </h2>
      <Field label="Summary" hint="Taken from the subject; change it if it helps the case.">
        <Textarea
          value={summary}
          onChange={(_e, data) => setSummary(data.value)}
          disabled={status.kind === "saving" || done}
          maxLength={255}
          resize="vertical"
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={status.kind === "saving" || done}
          onClick={() => onLog(summary)}
        >
          {status.kind === "saving" ? "Logging…" : "Log this contact"}
        </Button>
      </div>
      <div aria-live="polite">
        {done ? (
          <MessageBar intent="success">
            <MessageBarBody>{STATUS_TEXT[status.kind]}</MessageBarBody>
          </MessageBar>
        ) : null}
        {status.kind === "pending" ? (
          <MessageBar intent="warning">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {status.kind === "failed" ? (
          <MessageBar intent="error">
            <MessageBarBody>{status.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
