/**
 * Find any customer without an email (DESIGN §5), for every role: by any word of the name (in
 * any order, accents and apostrophes as typed or not), a case reference or an email address.
 * Results are surname first; choosing one opens the customer (frontline staff and service
 * managers: what to do when they phone; deciders: the case).
 */
import { Button, Field, Input, Link, Spinner } from "@fluentui/react-components";
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import type { CaseSearch, PaneUseCases } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import type { PolicyConfig } from "../../domain/config";
import { describeStage } from "../../domain/lifecycleRules";
import type { CaseRef } from "../../domain/types";
import { failureText } from "../case/failureText";
import { useFocusAfterRender, ViewHeading } from "../shell/viewFocus";
import { useFindStyles } from "./find.styles";

export type FindCustomerProps = {
  readonly useCases: Pick<PaneUseCases, "findCustomers" | "changes">;
  readonly user: SignedInUser;
  readonly config: PolicyConfig;
  /** The last search, shown again when the user comes back to this view. */
  readonly lastQuery: string;
  readonly onSearched: (query: string) => void;
  readonly onOpenCase: (ref: CaseRef) => void;
};

type SearchState =
  | { readonly kind: "idle" }
  | { readonly kind: "searching" }
  | { readonly kind: "done"; readonly outcome: CaseSearch }
  | { readonly kind: "failed"; readonly message: string };

const READ_AS = { reference: "reference", address: "email address", name: "name" } as const;

export default function FindCustomer(props: FindCustomerProps) {
  const { useCases, config, onOpenCase, onSearched } = props;
  const styles = useFindStyles();
  const headingId = useId();
  const resultsId = useId();
  const [text, setText] = useState(props.lastQuery);
  const [state, setState] = useState<SearchState>({ kind: "idle" });
  const latest = useRef(0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusAfterRender();

  /** `toResults`: a search the user asked for takes focus to what it found (not a wrong query). */
  const run = useCallback(
    async (query: string, toResults = false) => {
      const call = ++latest.current;
      setState({ kind: "searching" });
      try {
        const outcome = await useCases.findCustomers(query);
        if (call !== latest.current) return;
        setState({ kind: "done", outcome });
        if (toResults && outcome.kind === "results") focusLater(resultsHeading);
      } catch (e) {
        if (call === latest.current) setState({ kind: "failed", message: failureText(e) });
      }
    },
    [useCases, focusLater],
  );

  // Back from a customer: the same results, as they are now.
  const first = useRef(props.lastQuery);
  useEffect(() => {
    if (first.current.trim() !== "") void run(first.current);
  }, [run]);

  function search(event: FormEvent) {
    event.preventDefault();
    onSearched(text);
    void run(text, true);
  }

  const outcome = state.kind === "done" ? state.outcome : undefined;
  const results = outcome?.kind === "results" ? outcome : undefined;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <ViewHeading id={headingId} className={styles.heading}>
        Find a customer
      </ViewHeading>
      <form role="search" aria-label="Find a customer" className={styles.form} onSubmit={search}>
        <Field
          label="Name, case reference or email address"
          hint="Any word of the name, such as the surname. For example: obrien, Schäfer, UCB-2026-7KQ2MX."
          validationState={outcome?.kind === "invalid" ? "error" : "none"}
          validationMessage={outcome?.kind === "invalid" ? outcome.message : undefined}
        >
          <Input
            type="search"
            value={text}
            autoComplete="off"
            onChange={(_e, data) => setText(data.value)}
          />
        </Field>
        <div>
          <Button type="submit" appearance="primary" disabledFocusable={state.kind === "searching"}>
            Search
          </Button>
        </div>
      </form>

      <section aria-labelledby={resultsId} aria-live="polite" className={styles.results}>
        <h3 id={resultsId} className={styles.subheading} ref={resultsHeading} tabIndex={-1}>
          {results
            ? `Customers found (${results.results.length}${results.more ? "+" : ""})`
            : "Customers found"}
        </h3>
        {state.kind === "searching" ? <Spinner size="tiny" label="Searching…" /> : null}
        {state.kind === "failed" ? <p role="alert">{state.message}</p> : null}
        {state.kind === "idle" ? (
          <p className={styles.muted}>Search to see customers here.</p>
        ) : null}
        {results && results.results.length === 0 ? (
          <p>
            No case has the {READ_AS[results.readAs]} “{results.query}”.
          </p>
        ) : null}
        {results && results.results.length > 0 ? (
          <ol className={styles.list}>
            {results.results.map((r) => (
              <li key={r.ref} className={styles.item}>
                <Link as="button" className={styles.name} onClick={() => onOpenCase(r.ref)}>
                  {`${r.customerName}, ${r.ref}`}
                </Link>
                <span className={styles.muted}>
                  {`${capitalised(describeStage(r.stage, config))} · ${r.serviceArea}`}
                </span>
              </li>
            ))}
          </ol>
        ) : null}
        {results?.more ? (
          <p className={styles.muted}>
            More customers match than are shown: type more of the name.
          </p>
        ) : null}
      </section>
    </section>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
