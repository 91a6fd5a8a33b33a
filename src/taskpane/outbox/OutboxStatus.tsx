import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { type ContactOutbox, isWaiting } from "../../app/pane";
import { useOutboxStatusStyles } from "./OutboxStatus.styles";

/**
 * Contacts not yet in the contact log (kept on this computer): each with why, and for those
 * refused, Try again or Don't log. Nothing shows while everything is stored.
 */
export type OutboxStatusProps = { readonly outbox: ContactOutbox };

export function OutboxStatus({ outbox }: OutboxStatusProps) {
  const styles = useOutboxStatusStyles();
  // entries() builds a new list on each call, so it is read on each change, not on each render.
  const [all, setAll] = useState(() => outbox.entries());
  useEffect(() => outbox.subscribe(() => setAll(outbox.entries())), [outbox]);
  const entries = all.filter(isWaiting);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="outbox-heading" className={styles.root}>
      <h2 id="outbox-heading" className={styles.heading}>
        Contacts waiting to be logged
      </h2>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <MessageBar
              intent={entry.status.kind === "failed" ? "error" : "warning"}
              layout="multiline"
            >
              <MessageBarBody>
                <strong>{entry.summary}</strong> ({entry.ref}).{" "}
                {entry.status.kind === "failed" || entry.status.kind === "pending"
                  ? entry.status.message
                  : null}
              </MessageBarBody>
            </MessageBar>
            {entry.status.kind === "failed" ? (
              <div className={styles.actions}>
                <Button size="small" onClick={() => void outbox.retry(entry.id)}>
                  Try again
                </Button>
                <Button size="small" appearance="subtle" onClick={() => outbox.discard(entry.id)}>
                  Don&apos;t log it
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
