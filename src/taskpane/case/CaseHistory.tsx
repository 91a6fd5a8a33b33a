/** The audit trail (UCB Case Events), newest first: who, when, what, why. */
import type { CaseView } from "../../app/caseView";
import type { PolicyConfig } from "../../domain/config";
import type { CaseEvent } from "../../domain/types";
import { useCaseStyles } from "./case.styles";
import { actorText, formatInstant } from "./caseWords";

export type CaseHistoryProps = { readonly view: CaseView; readonly config: PolicyConfig };

function why(event: CaseEvent): string | undefined {
  const reasons = event.detail["reasons"] ?? event.detail["grounds"];
  return typeof reasons === "string" && reasons.trim() !== "" ? reasons : undefined;
}

export function CaseHistory({ view, config }: CaseHistoryProps) {
  const styles = useCaseStyles();
  if (view.eventsWithheld) {
    return <p className={styles.muted}>Only managers can read a case's history.</p>;
  }
  if (view.events.length === 0) return <p className={styles.muted}>Nothing recorded yet.</p>;
  return (
    <ol className={styles.plainList}>
      {view.events.map((event, index) => {
        const reasons = why(event);
        return (
          <li key={`${event.at.getTime()}-${event.action}-${index}`} className={styles.item}>
            <p className={styles.muted}>
              {formatInstant(event.at, config)}, {actorText(event.actor, config)}
            </p>
            <p className={styles.definition}>{event.summary}</p>
            {reasons ? <p className={styles.definition}>Why: {reasons}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
