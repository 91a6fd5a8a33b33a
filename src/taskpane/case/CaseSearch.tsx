/** Finding a case by name, reference or email address; reviews due for the helpdesk manager. */
import { Button, Field, Input, Spinner } from "@fluentui/react-components";
import { type FormEvent, useEffect, useId, useState } from "react";
import { type CaseSearch as SearchOutcome, searchCases } from "../../app/caseView";
import { overdueReviews, type ReviewDueItem } from "../../app/decisions";
import type { AppDeps } from "../../app/deps";
import type { SignedInUser } from "../../app/ports";
import { describeStage } from "../../domain/lifecycleRules";
import type { CaseRef } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import { useCaseStyles } from "./case.styles";
import { failureText } from "./failureText";

export type CaseSearchProps = {
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly onOpen: (ref: CaseRef) => void;
};

type SearchState =
  | { readonly kind: "idle" }
  | { readonly kind: "searching" }
  | { readonly kind: "done"; readonly outcome: SearchOutcome }
  | { readonly kind: "failed"; readonly message: string };

const READ_AS = { reference: "reference", address: "email address", name: "name" } as const;

export function CaseSearch({ deps, user, onOpen }: CaseSearchProps) {
  const styles = useCaseStyles();
  const resultsId = useId();
  const [text, setText] = useState("");
  const [state, setState] = useState<SearchState>({ kind: "idle" });

  async function search(event: FormEvent) {
    event.preventDefault();
    setState({ kind: "searching" });
    try {
      setState({ kind: "done", outcome: await searchCases(deps.store, text) });
    } catch (e) {
      setState({ kind: "failed", message: failureText(e) });
    }
  }

  const outcome = state.kind === "done" ? state.outcome : undefined;
  return (
    <div className={styles.root}>
      <form role="search" className={styles.section} onSubmit={(e) => void search(e)}>
        <Field
          label="Find a case by name, reference or email address"
          validationState={outcome?.kind === "invalid" ? "error" : "none"}
          validationMessage={outcome?.kind === "invalid" ? outcome.message : undefined}
        >
          <Input type="search" value={text} onChange={(_e, data) => setText(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={state.kind === "searching"}>
            Search
          </Button>
        </div>
      </form>

      <section aria-labelledby={resultsId} aria-live="polite" className={styles.section}>
        <h2 id={resultsId} className={styles.subheading}>
          Cases found
        </h2>
        {state.kind === "searching" ? <Spinner size="tiny" label="Searching…" /> : null}
        {state.kind === "failed" ? <p role="alert">{state.message}</p> : null}
        {state.kind === "idle" ? <p className={styles.muted}>Search to see cases here.</p> : null}
        {outcome?.kind === "results" && outcome.results.length === 0 ? (
          <p>
            No case has the {READ_AS[outcome.readAs]} “{outcome.query}”.
          </p>
        ) : null}
        {outcome?.kind === "results" && outcome.results.length > 0 ? (
          <ul className={styles.plainList}>
            {outcome.results.map((r) => (
              <li key={r.ref}>
                <Button appearance="subtle" onClick={() => onOpen(r.ref)}>
                  {`${r.customerName}, ${r.ref}: ${describeStage(r.stage, deps.config)} (${r.serviceArea})`}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {user.roles.includes("cityHelpdeskManager") ? (
        <ReviewsDue deps={deps} onOpen={onOpen} />
      ) : null}
    </div>
  );
}

/** 5.2.6: restricted cases whose review is due within a fortnight or overdue. */
function ReviewsDue({ deps, onOpen }: Pick<CaseSearchProps, "deps" | "onOpen">) {
  const styles = useCaseStyles();
  const headingId = useId();
  const [items, setItems] = useState<readonly ReviewDueItem[] | string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    overdueReviews(deps.store, deps.clock.now(), deps.config, { withinDays: 14 }).then(
      (found) => live && setItems(found),
      (e: unknown) => live && setItems(failureText(e)),
    );
    return () => {
      live = false;
    };
  }, [deps]);

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.subheading}>
        Reviews due (5.2.6)
      </h2>
      {items === undefined ? <Spinner size="tiny" label="Reading reviews due…" /> : null}
      {typeof items === "string" ? <p role="alert">{items}</p> : null}
      {Array.isArray(items) && items.length === 0 ? (
        <p className={styles.muted}>No review is due in the next 14 days.</p>
      ) : null}
      {Array.isArray(items) && items.length > 0 ? (
        <ul className={styles.plainList}>
          {(items as readonly ReviewDueItem[]).map((item) => (
            <li key={item.ref} className={item.overdue ? styles.breach : styles.item}>
              <Button appearance="subtle" onClick={() => onOpen(item.ref)}>
                {`${item.customerName}, ${item.ref}`}
              </Button>
              <p className={item.overdue ? styles.breachLabel : styles.muted}>
                {reviewDueText(item)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function reviewDueText(item: ReviewDueItem): string {
  const due = formatLongDate(item.reviewDue);
  if (item.reviewUnderWay) return `Review under way (was due ${due}).`;
  if (item.overdue) {
    const days = item.daysOverdue === 1 ? "1 day" : `${item.daysOverdue} days`;
    return `Overdue: the review was due on ${due} (${days} ago).`;
  }
  return `Review due on ${due}.`;
}
