import { useCallback, useEffect, useRef, useState } from "react";
import type { CaseChanges } from "../../app/caseChanges";
import { type CaseView, loadCaseView } from "../../app/caseView";
import { GRAPH_BUDGET_MS, withDeadline } from "../../app/deadline";
import type { AppDeps } from "../../app/deps";
import type { SignedInUser } from "../../app/ports";
import type { CaseRef } from "../../domain/types";
import { failureText } from "./failureText";

export type CaseViewState =
  | { readonly kind: "loading" }
  | { readonly kind: "loaded"; readonly view: CaseView }
  | { readonly kind: "notFound" }
  | { readonly kind: "failed"; readonly message: string };

/**
 * The case as the store holds it now, read again whenever it is written anywhere in the pane
 * (`changes`), keeping what is on screen meanwhile; `reload` reads it again by hand (a conflict).
 */
export function useCaseView(deps: AppDeps, ref: CaseRef, user: SignedInUser, changes: CaseChanges) {
  const [state, setState] = useState<CaseViewState>({ kind: "loading" });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const call = ++latest.current;
    try {
      // Bounded: a busy or silent SharePoint gives "could not load" in words, not a spinner.
      const view = await withDeadline(deps.store, GRAPH_BUDGET_MS, (store) =>
        loadCaseView({ ...deps, store }, ref, user),
      );
      // A later read (another reload, another case) wins over this one.
      if (call !== latest.current) return;
      setState(view ? { kind: "loaded", view } : { kind: "notFound" });
    } catch (e) {
      if (call === latest.current) setState({ kind: "failed", message: failureText(e, { ref }) });
    }
  }, [deps, ref, user]);

  useEffect(() => {
    setState({ kind: "loading" });
    void reload();
  }, [reload]);

  useEffect(
    () =>
      changes.subscribe((change) => {
        if (change.ref === ref) void reload();
      }),
    [changes, ref, reload],
  );

  return { state, reload };
}
