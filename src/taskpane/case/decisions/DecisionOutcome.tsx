/** What a saved decision did, its warnings, and its letter. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type RefObject, useState } from "react";
import { appendEvents } from "../../../app/caseCommands";
import type { DecisionSuccess } from "../../../app/decisions";
import type { AppDeps } from "../../../app/deps";
import { useCaseStyles } from "../case.styles";
import { failureText } from "../failureText";
import { type LetterOpened, openLetter } from "./openLetter";

export type OutcomeProps = {
  readonly deps: AppDeps;
  readonly result: DecisionSuccess;
  /** Undefined while the letter is being opened, or when there is none. */
  readonly opened: LetterOpened | "failed" | undefined;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
};

const OPENED_WORDS: Readonly<Record<LetterOpened, string>> = {
  reply: "is open in Outlook as a reply to the customer's message",
  newMessage: "is open in Outlook as a new message",
  noAddress: "could not be emailed: no email address is held. Print it and post it",
};

export function DecisionOutcome({ deps, result, opened, headingRef }: OutcomeProps) {
  const styles = useCaseStyles();
  const [unsaved, setUnsaved] = useState(result.unsavedEvents);
  const [retryProblem, setRetryProblem] = useState<string | undefined>();
  const { letter } = result;

  async function retry() {
    try {
      const left = await appendEvents(deps.store, unsaved);
      setUnsaved(left);
      setRetryProblem(left.length > 0 ? "Some entries still could not be written." : undefined);
    } catch (e) {
      setRetryProblem(failureText(e));
    }
  }

  return (
    <section className={styles.section} aria-labelledby="decision-outcome">
      <h3 id="decision-outcome" ref={headingRef} tabIndex={-1} className={styles.subheading}>
        Decision saved
      </h3>
      <ul className={styles.list}>
        {result.events
          .filter((e) => e.action !== "letterDrafted")
          .map((e, i) => (
            <li key={i}>{e.summary}</li>
          ))}
      </ul>
      {result.appealRoute === "review" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The appeal was late, so it was taken as the customer's review request (5.2.7).
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result.warnings.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Reasonable adjustments</MessageBarTitle>
            <ul>
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {unsaved.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            The decision is saved, but {unsaved.length} history{" "}
            {unsaved.length === 1 ? "entry" : "entries"} could not be written. {retryProblem}
            <div className={styles.actions}>
              <Button onClick={() => void retry()}>Write the history again</Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {letter ? (
        <>
          <p role="status">
            {opened === undefined
              ? "Opening the letter…"
              : opened === "failed"
                ? `The letter to ${letter.addresseeName} could not be opened in Outlook: copy it from below.`
                : `The letter to ${letter.addresseeName} ${OPENED_WORDS[opened]}: check it before it goes.`}
          </p>
          <p className={styles.subheading}>{letter.subject}</p>
          {/* Focusable: it scrolls when long, and keyboard users must be able to scroll it. */}
          <div className={styles.letter} role="document" aria-label="The letter" tabIndex={0}>
            {letter.body}
          </div>
          {letter.to.length > 0 ? (
            <div className={styles.actions}>
              <Button onClick={() => void openLetter(deps.mailbox, letter)}>
                Open the letter again
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
