/**
 * "My work" (DESIGN §5): the signed-in user's queues, by role, each with its count and the
 * oldest item first; overdue items are marked in words, not by colour alone. Each item opens
 * its case. Read again whenever a case is written anywhere in the pane (caseChanges).
 */
import { Button, Link, Spinner } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { MyWork as Work, PaneUseCases, WorkQueue } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { failureText } from "../case/failureText";
import { ViewHeading } from "../shell/viewFocus";
import { useWorkStyles } from "./MyWork.styles";

export type MyWorkProps = {
  readonly useCases: Pick<PaneUseCases, "myWork" | "changes">;
  readonly user: SignedInUser;
  readonly onOpenCase: (ref: CaseRef) => void;
};

type State =
  | { readonly kind: "loading" }
  | { readonly kind: "loaded"; readonly work: Work }
  | { readonly kind: "failed"; readonly message: string };

export default function MyWork({ useCases, user, onOpenCase }: MyWorkProps) {
  const styles = useWorkStyles();
  const headingId = useId();
  const [state, setState] = useState<State>({ kind: "loading" });
  // Bumped to read the queues again: a case changed, or "Try again".
  const [version, setVersion] = useState(0);
  const load = () => setVersion((v) => v + 1);
  useEffect(() => useCases.changes.subscribe(() => setVersion((v) => v + 1)), [useCases]);
  useEffect(() => {
    let live = true;
    useCases.myWork(user).then(
      (work) => live && setState({ kind: "loaded", work }),
      (e: unknown) => live && setState({ kind: "failed", message: failureText(e) }),
    );
    return () => {
      live = false;
    };
  }, [useCases, user, version]);

  const queues = state.kind === "loaded" ? state.work.queues : [];
  const total = queues.reduce((n, q) => n + (q.state === "loaded" ? q.items.length : 0), 0);
  const overdue = queues.reduce((n, q) => n + (q.state === "loaded" ? q.overdue : 0), 0);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <ViewHeading id={headingId} className={styles.heading}>
        My work
      </ViewHeading>
      {state.kind === "loading" ? <Spinner size="tiny" label="Reading your work…" /> : null}
      {state.kind === "failed" ? (
        <div role="alert" className={styles.queue}>
          <p className={styles.overdueText}>{state.message}</p>
          <div>
            <Button onClick={load}>Try again</Button>
          </div>
        </div>
      ) : null}
      {state.kind === "loaded" ? (
        <>
          <p className={styles.muted}>
            {total === 0
              ? "Nothing is waiting for you."
              : `${total} ${total === 1 ? "item" : "items"}, oldest first${
                  overdue > 0 ? `; ${overdue} overdue` : ""
                }.`}
          </p>
          {queues.map((queue) => (
            <Queue key={queue.key} queue={queue} onOpenCase={onOpenCase} onRetry={load} />
          ))}
        </>
      ) : null}
    </section>
  );
}

function Queue(props: {
  readonly queue: WorkQueue;
  readonly onOpenCase: (ref: CaseRef) => void;
  readonly onRetry: () => void;
}) {
  const { queue, onOpenCase } = props;
  const styles = useWorkStyles();
  const headingId = useId();
  const count = queue.state === "loaded" ? queue.items.length : undefined;
  return (
    <section aria-labelledby={headingId} className={styles.queue} data-queue={queue.key}>
      <h3 id={headingId} className={styles.queueHeading}>
        {queue.title}
        {count === undefined ? "" : ` (${count})`}
      </h3>
      {queue.state === "failed" ? (
        <div role="alert">
          <p className={styles.overdueText}>{queue.message}</p>
          <Button size="small" onClick={props.onRetry}>
            Try again
          </Button>
        </div>
      ) : queue.items.length === 0 ? (
        <p className={styles.muted}>{queue.empty}</p>
      ) : (
        <ol className={styles.items} aria-label={queue.title}>
          {queue.items.map((item) => (
            <li
              key={`${queue.key} ${item.ref}`}
              className={item.overdue ? styles.overdueItem : styles.item}
            >
              <Link as="button" className={styles.name} onClick={() => onOpenCase(item.ref)}>
                {`${item.customerName}, ${item.ref}`}
              </Link>
              <p className={styles.detail}>{item.detail}</p>
              {item.dueText ? (
                <p className={item.overdue ? styles.overdueText : styles.muted}>{item.dueText}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
