import type { AppDeps } from "../app/deps";
import type { SignedInUser } from "../app/ports";
import { useItemCheck } from "./item/useItemCheck";
import { Verdict, VerdictPending } from "./read/Verdict";

export type PaneProps = { readonly deps: AppDeps; readonly user: SignedInUser };

// Placeholder until the message-check use case lands in src/app.
const noCheck = () => Promise.resolve(null);

/** What the pane shows for the item Outlook has open now. */
export function Pane({ deps }: PaneProps) {
  const { state } = useItemCheck(deps.mailbox, noCheck);
  switch (state.kind) {
    case "reading":
    case "checking":
      return <VerdictPending label="Checking this message…" />;
    case "noItem":
      return <Verdict kind="noItem" intent="info" title="Select a message" />;
    case "unreadable":
    case "checked":
      return <Verdict intent="info" title="…" />;
  }
}
