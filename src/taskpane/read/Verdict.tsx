import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { RetryCountdown } from "./RetryCountdown";
import { useVerdictStyles } from "./Verdict.styles";

export type VerdictIntent = "success" | "warning" | "error" | "info";

export type VerdictProps = {
  /**
   * The verdict kind, exposed as `data-verdict` for the harness and browser tests to wait on.
   * Absent while the message is being checked (the section is then aria-busy).
   */
  readonly kind?: string | undefined;
  readonly intent: VerdictIntent;
  readonly title: string;
  /** Each reason in its own sentence (outside terms: channel, hours, volume, SPOC). */
  readonly reasons?: readonly string[];
  /** What to do, most important first. */
  readonly advice?: readonly string[];
  readonly onRetry?: (() => void) | undefined;
  /** The pane checks again by itself: a live countdown to when (`afterMs` from now). */
  readonly retry?: { readonly at: Date; readonly afterMs: number } | undefined;
  /** The region's name: "Verdict" for the message; another verdict on screen needs its own. */
  readonly label?: string;
  readonly children?: ReactNode;
};

/** The verdict for this message: the first thing in the pane. */
export function Verdict(props: VerdictProps) {
  const styles = useVerdictStyles();
  const { kind, intent, title, reasons = [], advice = [], label = "Verdict" } = props;
  return (
    <section aria-label={label} data-verdict={kind} aria-busy={kind === undefined}>
      <MessageBar intent={intent} layout="multiline" className={styles.bar}>
        <MessageBarBody className={styles.body}>
          {/* Focusable (not tabbable): where focus returns when what was offered is done. */}
          <h2 className={styles.title} tabIndex={-1}>
            {title}
          </h2>
          {reasons.length > 0 ? (
            <ul className={styles.list} aria-label="Reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
          {advice.map((line) => (
            <p key={line} className={styles.advice}>
              {line}
            </p>
          ))}
          {props.retry ? (
            <RetryCountdown
              key={props.retry.at.getTime()}
              afterMs={props.retry.afterMs}
              className={styles.advice}
            />
          ) : null}
          {props.children}
        </MessageBarBody>
        {props.onRetry ? (
          <MessageBarActions>
            <Button onClick={props.onRetry}>Try again</Button>
          </MessageBarActions>
        ) : null}
      </MessageBar>
    </section>
  );
}

/** The verdict's place while the message is read or checked: the pane does not jump. */
export function VerdictPending({ label }: { readonly label: string }) {
  const styles = useVerdictStyles();
  return (
    <section aria-label="Verdict" aria-busy="true" className={styles.pending}>
      <Spinner size="tiny" label={label} />
    </section>
  );
}
