import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { type FormEvent, type ReactNode, type RefObject, useId } from "react";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { useFormStyles } from "../../forms/forms.styles";
import { ViewHeading } from "../../shell/viewFocus";
import type { FormProblem } from "./useDecisionSubmit";

export type DecisionFormFrameProps = {
  readonly title: string;
  /** Who decides, in words: "You decide as the city helpdesk manager." */
  readonly decider: string;
  readonly submitLabel: string;
  readonly busy: boolean;
  /** The save has outlasted the person's wait: it goes on in the background. */
  readonly slow?: boolean;
  readonly problem: FormProblem | null;
  readonly formRef: RefObject<HTMLFormElement | null>;
  readonly messageRef: RefObject<HTMLDivElement | null>;
  readonly onSubmit: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
};

export const STILL_SAVING =
  "SharePoint is slow to answer. Your decision is still being saved: the pane keeps trying by itself and shows here whether it was saved. Do not record it again.";

/** The heading, the problem (if any), the fields and the buttons every decision form has. */
export function DecisionFormFrame({
  title,
  decider,
  submitLabel,
  busy,
  slow = false,
  problem,
  formRef,
  messageRef,
  onSubmit,
  onCancel,
  children,
}: DecisionFormFrameProps) {
  const styles = useFormStyles();
  const headingId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
    >
      <ViewHeading id={headingId} className={styles.heading} level={3}>
        {title}
      </ViewHeading>
      <p>{decider}</p>
      <div ref={messageRef} tabIndex={-1} role="alert">
        <ErrorSummary message={problem?.message} errors={problem?.errors} formRef={formRef} />
      </div>
      {children}
      <div role="status">
        {slow ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{STILL_SAVING}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {busy ? "Saving…" : submitLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
