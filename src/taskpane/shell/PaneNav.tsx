/**
 * The pane's own navigation, one row at the top: the message open in Outlook, the user's work
 * queues (deciding roles), and finding any customer. The view shown is marked as current.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { CaseRef } from "../../domain/types";

export type PaneView =
  | { readonly kind: "message" }
  | { readonly kind: "myWork" }
  | { readonly kind: "find" }
  /** A decider's case workspace. */
  | { readonly kind: "case"; readonly ref: CaseRef }
  /** A customer as frontline staff and service managers see them, found without a message. */
  | { readonly kind: "customer"; readonly ref: CaseRef }
  /** Immediate action (section 4) opening a case: for a message's sender, or anyone. */
  | {
      readonly kind: "immediate";
      readonly customer?: { readonly name: string; readonly email: string };
    };

const useStyles = makeStyles({
  nav: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline" },
});

export function PaneNav(props: {
  readonly current: PaneView;
  readonly hasMessage: boolean;
  readonly hasWork: boolean;
  readonly onGo: (view: PaneView) => void;
}) {
  const styles = useStyles();
  const { current, onGo } = props;
  const item = (kind: "message" | "myWork" | "find", label: string) => {
    const here = current.kind === kind;
    return (
      <Button
        size="small"
        appearance="subtle"
        className={here ? styles.current : undefined}
        aria-current={here ? "page" : undefined}
        // The view shown already: nothing moves, so focus stays here.
        onClick={() => (here ? undefined : onGo({ kind }))}
      >
        {label}
      </Button>
    );
  };
  return (
    <nav aria-label="Pane" className={styles.nav}>
      {props.hasMessage ? item("message", "This message") : null}
      {props.hasWork ? item("myWork", "My work") : null}
      {item("find", "Find a customer")}
    </nav>
  );
}
