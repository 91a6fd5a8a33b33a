/** What a saved decision did, its warnings, and its letter. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type RefObject, useState } from "react";
import { appendEvents } from "../../../app/caseCommands";
import type { DecisionSuccess } from "../../../app/decisions";
import type { AppDeps } from "../../../app/deps";
import type { LetterService } from "../../../app/letters/delivery";
import { LetterActions } from "../../letters/LetterActions";
import { useCaseStyles } from "../case.styles";
import { failureText } from "../failureText";
import { type LetterOpened, openLetter } from "./openLetter";

export type OutcomeProps = {
  readonly deps: AppDeps;
  readonly result: DecisionSuccess;
  /** Undefined while the letter is being opened, or when there is none. */
  readonly opened: LetterOpened | "failed" | undefined;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  /** Printing, recording as posted and keeping copies, as the decider. */
  readonly letters: LetterService | null;
};

const OPENED_WORDS: Readonly<Record<Exclude<LetterOpened, "printable">, string>> = {
  reply: "is open in Outlook as a reply to the customer's message",
  newMessage: "is open in Outlook as a new message",
};

function openedText(name: string, opened: OutcomeProps["opened"]): string {
  if (opened === undefined) return "Opening the letter…";
  if (opened === "failed") {
    return `The letter to ${name} could not be opened in Outlook: copy it from below.`;
  }
  if (opened === "printable") return `The letter to ${name} is to be printed and posted.`;
  return `The letter to ${name} ${OPENED_WORDS[opened]}: check it before it goes.`;
}

export function DecisionOutcome({ deps, result, opened, headingRef, letters }: OutcomeProps) {
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
      {result.appealRoute === "late" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The appeal was late. The {deps.config.roleTitles.director} or the{" "}
            {deps.config.roleTitles.cityHelpdeskManager} now chooses whether to consider it or to
            refer the customer to the review process (5.2.7). No letter has gone yet.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result.noticeNeededFrom ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Restrictions decided; the customer has not yet been told. They bind once{" "}
            {result.noticeNeededFrom} tells the customer (5.2.4): prepare the notice for them.
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
          <p role="status">{openedText(letter.addresseeName, opened)}</p>
          {letters ? (
            <LetterActions
              letter={letter}
              letters={letters}
              {...(letter.channel.kind === "email"
                ? { onOpenEmail: () => void openLetter(deps.mailbox, letter) }
                : {})}
            />
          ) : null}
          <p className={styles.subheading}>{letter.subject}</p>
          {/* Focusable: it scrolls when long, and keyboard users must be able to scroll it. */}
          <div className={styles.letter} role="document" aria-label="The letter" tabIndex={0}>
            {letter.body}
          </div>
        </>
      ) : null}
    </section>
  );
}
