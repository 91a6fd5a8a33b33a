import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { PolicyConfig } from "../../domain/config";
import { describeStage } from "../../domain/lifecycleRules";
import { describeTerms } from "../../domain/termsDescription";
import type { Person, ReasonableAdjustment, RegisterEntry } from "../../domain/types";
import type { AllowanceUsage } from "../../domain/volumeUsage";
import { contactUnit, formatLongDate } from "../../domain/wording";
import { useCaseDetailsStyles } from "./CaseDetails.styles";

export type CaseDetailsProps = {
  readonly entry: RegisterEntry;
  readonly usage: readonly AllowanceUsage[];
  /** Absent when this user may not read the case file (frontline staff). */
  readonly adjustments?: readonly ReasonableAdjustment[] | undefined;
  readonly config: PolicyConfig;
  /** Absent when there is no SPOC to forward to, or this is not a message being read. */
  readonly onForwardToSpoc?: (() => void) | undefined;
  readonly forwarding?: boolean;
};

function personText(person: Person): string {
  return `${person.name} (${person.email})`;
}

/** The case as staff need it beside the verdict: terms, who to contact, counts and dates. */
export function CaseDetails(props: CaseDetailsProps) {
  const { entry, usage, adjustments, config } = props;
  const styles = useCaseDetailsStyles();
  const headingId = `case-${entry.ref}`;
  const terms = entry.terms
    ? describeTerms(
        entry.terms,
        {
          ...(entry.spoc ? { spoc: entry.spoc } : {}),
          ...(entry.deputy ? { deputy: entry.deputy } : {}),
          ...(entry.period ? { periodStart: entry.period.start } : {}),
        },
        config,
      )
    : [];

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {entry.customerName}
      </h2>
      <dl className={styles.facts}>
        <dt className={styles.term}>Case</dt>
        <dd className={styles.definition}>{entry.ref}</dd>
        <dt className={styles.term}>Stage</dt>
        <dd className={styles.definition}>{describeStage(entry.stage, config)}</dd>
        <dt className={styles.term}>Service</dt>
        <dd className={styles.definition}>{entry.serviceArea}</dd>
      </dl>

      {terms.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Terms</h3>
          <ul className={styles.list}>
            {terms.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      ) : null}

      {usage.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Contact so far</h3>
          {usage.map((u) => {
            const text = `${u.used} of ${u.max} ${contactUnit(u.allowance.channels, u.max)} in the ${u.period.label}`;
            return (
              <Field
                key={`${u.allowance.per}-${u.allowance.channels?.join() ?? "all"}`}
                label={text}
                validationState={u.used >= u.max ? "warning" : "none"}
                validationMessage={
                  u.used >= u.max ? "The allowance for this period is used up." : undefined
                }
              >
                <ProgressBar
                  value={Math.min(u.used, u.max)}
                  max={u.max}
                  color={u.used >= u.max ? "warning" : "brand"}
                />
              </Field>
            );
          })}
        </>
      ) : null}

      {entry.spoc || entry.deputy || entry.representative ? (
        <>
          <h3 className={styles.subheading}>Who deals with this customer</h3>
          <dl className={styles.facts}>
            {entry.spoc ? (
              <>
                <dt className={styles.term}>SPOC</dt>
                <dd className={styles.definition}>{personText(entry.spoc)}</dd>
              </>
            ) : null}
            {entry.deputy ? (
              <>
                <dt className={styles.term}>Deputy</dt>
                <dd className={styles.definition}>{personText(entry.deputy)}</dd>
              </>
            ) : null}
            {entry.representative ? (
              <>
                <dt className={styles.term}>Representative</dt>
                <dd className={styles.definition}>{personText(entry.representative)}</dd>
              </>
            ) : null}
          </dl>
          {props.onForwardToSpoc ? (
            <div className={styles.spoc}>
              <Button onClick={props.onForwardToSpoc} disabled={props.forwarding === true}>
                Forward to the SPOC
              </Button>
            </div>
          ) : null}
        </>
      ) : null}

      {adjustments && adjustments.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Reasonable adjustments</h3>
          <ul className={styles.list}>
            {adjustments.map((a) => (
              <li key={a.description}>{a.description}</li>
            ))}
          </ul>
        </>
      ) : null}

      {entry.period || entry.reviewDue || entry.appealBy ? (
        <>
          <h3 className={styles.subheading}>Dates</h3>
          <dl className={styles.facts}>
            {entry.period ? (
              <>
                <dt className={styles.term}>Restrictions</dt>
                <dd className={styles.definition}>
                  {formatLongDate(entry.period.start)} to {formatLongDate(entry.period.end)}
                </dd>
              </>
            ) : null}
            {entry.reviewDue ? (
              <>
                <dt className={styles.term}>Review due</dt>
                <dd className={styles.definition}>{formatLongDate(entry.reviewDue)}</dd>
              </>
            ) : null}
            {entry.appealBy ? (
              <>
                <dt className={styles.term}>Appeal by</dt>
                <dd className={styles.definition}>{formatLongDate(entry.appealBy)}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
    </section>
  );
}
