/**
 * The deciders' case workspace (5.2.2–5.2.7, 6): find a case, read it, decide. The pane shell
 * lazy-loads this module, and the decision forms load on demand from here, so none of it is in
 * the pane's initial bundle. The assistant director and the City Solicitor (or deputy) can also
 * open a case with immediate action against a threat to staff (section 4).
 */
import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import { actorsOf } from "../../app/caseView";
import type { AppDeps } from "../../app/deps";
import type { SignedInUser } from "../../app/ports";
import { SENIOR_DECIDERS } from "../../domain/lifecycleRules";
import type { CaseRef } from "../../domain/types";
import { useCaseStyles } from "./case.styles";
import { CaseScreen } from "./CaseScreen";
import { CaseSearch } from "./CaseSearch";

const NewImmediateCaseForm = lazy(() =>
  import("./decisions/ImmediateActionForm").then((m) => ({ default: m.NewImmediateCaseForm })),
);

export type CaseWorkspaceProps = {
  /** The case to open (e.g. the sender's); without it the workspace starts with a search. */
  readonly caseRef?: CaseRef;
  /** Start with immediate action for this customer (a message's sender with no open case). */
  readonly immediateFor?: { readonly name: string; readonly email: string };
  readonly deps: AppDeps;
  readonly user: SignedInUser;
  readonly onClose: () => void;
};

type Showing =
  | { readonly kind: "search" }
  | { readonly kind: "case"; readonly ref: CaseRef }
  | { readonly kind: "immediate"; readonly customer?: { name: string; email: string } };

export default function CaseWorkspace(props: CaseWorkspaceProps) {
  const { caseRef, immediateFor, deps, user, onClose } = props;
  const styles = useCaseStyles();
  const [showing, setShowing] = useState<Showing>(() =>
    immediateFor
      ? { kind: "immediate", customer: immediateFor }
      : caseRef
        ? { kind: "case", ref: caseRef }
        : { kind: "search" },
  );
  const senior = actorsOf(user, deps.config, deps.clock.now()).find((a) =>
    SENIOR_DECIDERS.includes(a.role),
  );
  return (
    <section className={styles.root} aria-label="Case workspace">
      <div className={styles.actions}>
        {showing.kind !== "search" ? (
          <Button onClick={() => setShowing({ kind: "search" })}>Find another case</Button>
        ) : null}
        {senior && showing.kind === "search" ? (
          <Button onClick={() => setShowing({ kind: "immediate" })}>
            Record immediate action for a customer with no case
          </Button>
        ) : null}
        <Button onClick={onClose}>Close the case workspace</Button>
      </div>
      {showing.kind === "case" ? (
        <CaseScreen key={showing.ref} deps={deps} caseRef={showing.ref} user={user} />
      ) : null}
      {showing.kind === "search" ? (
        <CaseSearch deps={deps} user={user} onOpen={(ref) => setShowing({ kind: "case", ref })} />
      ) : null}
      {showing.kind === "immediate" && senior ? (
        <Suspense fallback={<Spinner size="small" label="Opening the form…" />}>
          <NewImmediateCaseForm
            deps={deps}
            actor={senior}
            {...(showing.customer ? { customer: showing.customer } : {})}
            onDecided={(decided) =>
              decided.kind === "saved"
                ? setShowing({ kind: "case", ref: decided.result.loaded.record.entry.ref })
                : setShowing({ kind: "search" })
            }
            onCancel={() => setShowing({ kind: "search" })}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
