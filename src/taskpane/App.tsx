/**
 * The pane's shell: Fluent's theme following Office, sign-in, and the access check. What is
 * shown for the message itself is in Pane.
 */
import { Button, Spinner } from "@fluentui/react-components";
import type { AppDeps } from "../app/deps";
import { accessFor, describeFailure, NO_ACCESS_TITLE, type PaneUseCases } from "../app/pane";
import { useAppStyles } from "./App.styles";
import { LazyOutboxStatus } from "./lazyPanels";
import { Pane } from "./Pane";
import { PaneProvider } from "./shell/PaneProvider";
import { Problem } from "./shell/Problem";
import { SignedInFooter } from "./shell/SignedInFooter";
import { type ThemeSubscription, useOfficeTheme } from "./shell/useOfficeTheme";
import { useSignedInUser } from "./shell/useSignedInUser";

export type AppProps = {
  readonly deps: AppDeps;
  /** createPaneUseCases(deps, …): one per pane, sharing the session's cache and outbox. */
  readonly useCases: PaneUseCases;
  /** Office theme changes (Mailbox 1.14); without it the pane keeps the theme it opened with. */
  readonly followTheme?: ThemeSubscription | undefined;
};

export function App({ deps, useCases, followTheme }: AppProps) {
  const theme = useOfficeTheme(() => deps.mailbox.theme(), followTheme);
  return (
    <PaneProvider theme={theme}>
      <SignedIn deps={deps} useCases={useCases} />
    </PaneProvider>
  );
}

function SignedIn({ deps, useCases }: { readonly deps: AppDeps; readonly useCases: PaneUseCases }) {
  const styles = useAppStyles();
  const { state, retry } = useSignedInUser(deps.session);
  const heading = <h1 className={styles.visuallyHidden}>Customer contact restrictions</h1>;

  if (state.kind === "signingIn") {
    return (
      <main className={styles.main}>
        {heading}
        <Spinner size="small" label="Signing in…" />
      </main>
    );
  }
  if (state.kind === "failed") {
    const failure = describeFailure(state.error);
    return (
      <main className={styles.main}>
        {heading}
        <Problem title={failure.title} detail={failure.detail}>
          {failure.forIt ? (
            <p className={styles.forIt}>For your IT service desk: {failure.forIt}</p>
          ) : null}
          {failure.retryable ? (
            <div className={styles.retry}>
              <Button onClick={retry}>Try again</Button>
            </div>
          ) : null}
        </Problem>
      </main>
    );
  }
  const { user } = state;
  const access = accessFor(user);
  return (
    <>
      <main className={styles.main}>
        {heading}
        {access.allowed ? (
          <>
            <Pane deps={deps} user={user} useCases={useCases} />
            <LazyOutboxStatus outbox={useCases.outbox} />
          </>
        ) : (
          <Problem intent="warning" title={NO_ACCESS_TITLE} detail={access.message} />
        )}
      </main>
      <SignedInFooter user={user} config={deps.config} />
    </>
  );
}
