import { useCallback, useEffect, useState } from "react";
import type { Session, SignedInUser } from "../../app/ports";

export type SignInState =
  | { readonly kind: "signingIn" }
  | { readonly kind: "signedIn"; readonly user: SignedInUser }
  | { readonly kind: "failed"; readonly error: unknown };

/** Signs in once when the pane opens; `retry` tries again after a failure. */
export function useSignedInUser(session: Session): {
  readonly state: SignInState;
  readonly retry: () => void;
} {
  const [state, setState] = useState<SignInState>({ kind: "signingIn" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ kind: "signingIn" });
    session.currentUser().then(
      (user) => current && setState({ kind: "signedIn", user }),
      (error: unknown) => current && setState({ kind: "failed", error }),
    );
    return () => {
      current = false;
    };
  }, [session, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
