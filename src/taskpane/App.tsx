/**
 * The pane's shell: Fluent's theme following Office, sign-in, and the access check. What is
 * shown for the message itself is in Pane.
 */
import { Button, Spinner } from "@fluentui/react-components";
import type { AppDeps } from "../app/deps";
import { useAppStyles } from "./App.styles";
import { Pane } from "./Pane";
import type { PaneApi } from "./paneApi";
import { PaneProvider } from "./shell/PaneProvider";
import { Problem } from "./shell/Problem";
import { SignedInFooter } from "./shell/SignedInFooter";
import { signInProblemText } from "./shell/signInProblem";
import { type ThemeSubscription, useOfficeTheme } from "./shell/useOfficeTheme";
import { useSignedInUser } from "./shell/useSignedInUser";

export type AppProps = {
  readonly deps: AppDeps;
  /** The use cases in the shape the views need (createPaneApi(deps) in production). */
  readonly api: PaneApi;
  /** Office theme changes (Mailbox 1.14); without it the pane keeps the theme it opened with. */
  readonly followTheme?: ThemeSubscription | undefined;
};

export function App({ deps, api, followTheme }: AppProps) {
  const theme = useOfficeTheme(() => deps.mailbox.theme(), followTheme);
  return (
    <PaneProvider theme={theme}>
      <SignedIn deps={deps} api={api} />
    </PaneProvider>
  );
}

function SignedIn({ deps, api }: { readonly deps: AppDeps; readonly api: PaneApi }) {
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
    const text = signInProblemText(state.error);
    return (
      <main className={styles.main}>
        {heading}
        <Problem title={text.summary} detail={text.detail}>
          {text.canRetry ? (
            <div className={styles.retry}>
              <Button onClick={retry}>Try again</Button>
            </div>
          ) : null}
        </Problem>
      </main>
    );
  }
  const { user } = state;
  return (
    <>
      <main className={styles.main}>
        {heading}
        {user.roles.length === 0 ? (
          <Problem
            intent="warning"
            title="You don't have access to this add-in; ask your administrator to assign you a role."
          />
        ) : (
          <Pane deps={deps} user={user} api={api} />
        )}
      </main>
      <SignedInFooter user={user} config={deps.config} />
    </>
  );
}
