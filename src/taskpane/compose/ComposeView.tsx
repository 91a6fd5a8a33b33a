import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PolicyConfig } from "../../domain/config";
import type { ComposeCheck } from "../paneApi";
import { CaseDetails } from "../read/CaseDetails";
import { Verdict } from "../read/Verdict";
import { useComposeViewStyles } from "./ComposeView.styles";

/** A message being written: the flag and terms for each restricted recipient. */
export function ComposeView(props: {
  readonly check: ComposeCheck;
  readonly config: PolicyConfig;
  readonly recheck: () => void;
}) {
  const { check, config, recheck } = props;
  const styles = useComposeViewStyles();
  const flagged = check.recipients.filter((r) => r.case !== undefined || r.verdict.retryable);
  return (
    <>
      <Verdict {...check.verdict} onRetry={check.verdict.retryable ? recheck : undefined} />
      {flagged.map((recipient) => (
        <section
          key={recipient.address}
          aria-label={`Recipient ${recipient.address}`}
          className={styles.recipient}
        >
          <MessageBar intent={recipient.verdict.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{recipient.address}</MessageBarTitle>
              <span>{recipient.verdict.title}</span>
              {recipient.verdict.reasons.length > 0 ? (
                <ul className={styles.list}>
                  {recipient.verdict.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              ) : null}
            </MessageBarBody>
          </MessageBar>
          {recipient.case ? (
            <CaseDetails
              entry={recipient.case.entry}
              usage={recipient.case.usage}
              adjustments={recipient.case.adjustments}
              config={config}
            />
          ) : null}
        </section>
      ))}
    </>
  );
}
