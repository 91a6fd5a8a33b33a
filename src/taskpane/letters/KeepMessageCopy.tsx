/** "Keep a copy of this message with the case": one click, the message with its attachments. */
import { Button, Link } from "@fluentui/react-components";
import { useState } from "react";
import type { KeptCopy } from "../../app/letters/correspondence";
import { useCaseStyles } from "../case/case.styles";

export type KeepMessageCopyProps = {
  /** Shown when there is more than one case, e.g. " (UCB-2026-…)". */
  readonly label?: string;
  readonly keep: () => Promise<KeptCopy>;
  /** Told of each copy kept (the referral lists it). */
  readonly onKept?: (kept: Extract<KeptCopy, { kind: "done" }>) => void;
};

export function KeepMessageCopy({ label = "", keep, onKept }: KeepMessageCopyProps) {
  const styles = useCaseStyles();
  const [busy, setBusy] = useState(false);
  const [kept, setKept] = useState<KeptCopy | null>(null);
  async function run() {
    setBusy(true);
    try {
      const outcome = await keep();
      setKept(outcome);
      if (outcome.kind === "done") onKept?.(outcome);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className={styles.section}>
      <div className={styles.actions}>
        <Button disabledFocusable={busy} onClick={() => void run()}>
          {busy ? "Keeping a copy…" : `Keep a copy of this message with the case${label}`}
        </Button>
      </div>
      {kept?.kind === "done" ? (
        <p role="status">
          {kept.message}{" "}
          <Link href={kept.document.webUrl} target="_blank" rel="noreferrer">
            {kept.document.name}
          </Link>
        </p>
      ) : null}
      {kept && kept.kind !== "done" ? <p role="alert">{kept.message}</p> : null}
    </div>
  );
}
