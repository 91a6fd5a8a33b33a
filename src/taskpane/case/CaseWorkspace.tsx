/**
 * The deciders' view of one case (5.2.2–5.2.7, 6): its header, the records in tabs and the
 * decisions. The pane lazy-loads this module, and the decision forms load on demand from here,
 * so none of it is in the pane's initial bundle. It reads the case again whenever the case is
 * written anywhere in the pane (caseChanges), so it never contradicts the verdict beside it.
 * Without a case, the assistant director and the City Solicitor (or deputy) open one here with
 * immediate action against a threat to staff (section 4).
 */
import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { actorsOf } from "../../app/caseView";
import type { AppDeps } from "../../app/deps";
import type { PaneUseCases } from "../../app/pane";
import type { SignedInUser } from "../../app/ports";
import { SENIOR_DECIDERS } from "../../domain/lifecycleRules";
import type { CaseRef } from "../../domain/types";
import { useCaseStyles } from "./case.styles";
import { CaseScreen } from "./CaseScreen";

const NewImmediateCaseForm = lazy(() =>
  import("./decisions/ImmediateActionForm").then((m) => ({ default: m.NewImmediateCaseForm })),
);

export type ImmediateCustomer = { readonly name: string; readonly email: string };

export type CaseWorkspaceProps = {
  readonly deps: AppDeps;
  readonly useCases: Pick<PaneUseCases, "changes">;
  readonly user: SignedInUser;
} & (
  | { readonly caseRef: CaseRef }
  | {
      /** Immediate action for a customer with no open case: from a message, its sender. */
      readonly immediateFor: ImmediateCustomer | undefined;
      /** The case the action opened. */
      readonly onOpenCase: (ref: CaseRef) => void;
      readonly onCancel: () => void;
    }
);

export default function CaseWorkspace(props: CaseWorkspaceProps) {
  const { deps, useCases, user } = props;
  const styles = useCaseStyles();
  if ("caseRef" in props) {
    return (
      <section className={styles.root} aria-label="Case workspace">
        <CaseScreen deps={deps} changes={useCases.changes} caseRef={props.caseRef} user={user} />
      </section>
    );
  }
  const senior = actorsOf(user, deps.config, deps.clock.now()).find((a) =>
    SENIOR_DECIDERS.includes(a.role),
  );
  if (!senior) {
    return (
      <p role="alert">
        Only the {deps.config.roleTitles.assistantDirector} or the{" "}
        {deps.config.roleTitles.citySolicitor} (or a deputy) can take immediate action (4).
      </p>
    );
  }
  const { immediateFor, onOpenCase, onCancel } = props;
  return (
    <section className={styles.root} aria-label="Immediate action">
      <Suspense fallback={<Spinner size="small" label="Opening the form…" />}>
        <NewImmediateCaseForm
          deps={deps}
          actor={senior}
          {...(immediateFor ? { customer: immediateFor } : {})}
          onDecided={(decided) =>
            decided.kind === "saved"
              ? onOpenCase(decided.result.loaded.record.entry.ref)
              : onCancel()
          }
          onCancel={onCancel}
        />
      </Suspense>
    </section>
  );
}
