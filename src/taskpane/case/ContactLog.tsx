/** The contact log, newest first; contacts outside the terms are marked in words, not only colour. */
import { type CaseView, VERDICT_IN_WORDS } from "../../app/caseView";
import type { PolicyConfig } from "../../domain/config";
import { channelName } from "../../domain/wording";
import { ContactsChart } from "../charts/ContactsChart";
import { useCaseStyles } from "./case.styles";
import { formatInstant } from "./caseWords";

export type ContactLogProps = { readonly view: CaseView; readonly config: PolicyConfig };

export function ContactLog({ view, config }: ContactLogProps) {
  const styles = useCaseStyles();
  if (view.contacts.length === 0) return <p className={styles.muted}>No contact is logged.</p>;
  const breaches = view.contacts.filter((c) => c.breach).length;
  return (
    <div className={styles.section}>
      <ContactsChart data={view.chart} />
      <p>
        {view.contacts.length} logged {view.contacts.length === 1 ? "contact" : "contacts"},{" "}
        {breaches} outside the terms.
      </p>
      <ol className={styles.plainList}>
        {view.contacts.map(({ contact, verdict, breach, reasons }) => (
          <li key={contact.id} className={breach ? styles.breach : styles.item}>
            <p className={styles.muted}>
              {formatInstant(contact.at, config)}: {channelName(contact.channel)}{" "}
              {contact.direction === "inbound" ? "from the customer" : "to the customer"}
            </p>
            <p className={styles.definition}>{contact.subject}</p>
            <p className={breach ? styles.breachLabel : styles.muted}>
              {breach ? <span aria-hidden="true">⚠ </span> : null}
              {VERDICT_IN_WORDS[verdict]}
            </p>
            {reasons.length > 0 ? (
              <ul className={styles.list}>
                {reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
