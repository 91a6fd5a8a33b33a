import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ComposeCheck } from "../../app/pane";
import { LazyCaseDetails } from "../lazyPanels";
import { useComposeViewStyles } from "./ComposeView.styles";

export type ComposeViewProps = { readonly check: ComposeCheck };

/** A message being written: the flag and terms for each recipient who belongs to a case. */
export function ComposeView({ check }: ComposeViewProps) {
  const styles = useComposeViewStyles();
  const unchecked = check.uncheckedRecipients ?? [];
  return (
    <>
      {unchecked.length > 0 ? (
        <section aria-label="Recipients not checked" className={styles.recipient}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Could not check</MessageBarTitle>
              <span>
                Outlook gave no email address for these recipients, so the register could not be
                asked about them:
              </span>
              <ul className={styles.list}>
                {unchecked.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        </section>
      ) : null}
      {check.recipients.map((recipient) => (
        <section
          key={`${recipient.address} ${recipient.case.ref}`}
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
              {recipient.verdict.advice.map((line) => (
                <p key={line} className={styles.advice}>
                  {line}
                </p>
              ))}
            </MessageBarBody>
          </MessageBar>
          <LazyCaseDetails view={recipient.case} />
        </section>
      ))}
    </>
  );
}
