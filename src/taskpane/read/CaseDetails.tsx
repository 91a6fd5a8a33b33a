import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { ArrangementView, CaseSummaryView, DateView } from "../../app/pane";
import type { Person } from "../../domain/types";
import { useCaseDetailsStyles } from "./CaseDetails.styles";

export type CaseDetailsProps = {
  readonly view: CaseSummaryView;
  /** Absent when this user may not forward, or there is no SPOC. */
  readonly onForwardToSpoc?: (() => void) | undefined;
  readonly forwarding?: boolean;
  /** False where the view above already names the customer (a customer found by search). */
  readonly titled?: boolean;
};

function personText(person: Person): string {
  return `${person.name} (${person.email})`;
}

function Fact({ label, children }: { readonly label: string; readonly children: string }) {
  const styles = useCaseDetailsStyles();
  return (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.definition}>{children}</dd>
    </>
  );
}

function dateFact(label: string, date: DateView | undefined) {
  return date ? <Fact label={label}>{date.text}</Fact> : null;
}

/**
 * Conditions in the decider's own words (5.2.3): prominent, and plainly not checked by the
 * add-in, so nobody reads the verdict as covering them.
 */
export function OtherConditions({ conditions }: { readonly conditions: readonly string[] }) {
  const styles = useCaseDetailsStyles();
  if (conditions.length === 0) return null;
  return (
    <section aria-label="Other conditions, not checked by the add-in">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Other conditions: not checked by the add-in</MessageBarTitle>
          <ul className={styles.list}>
            {conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p className={styles.definition}>Check each contact against these yourself.</p>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}

/** The step-one arrangement (5.1): agreed and checked, proposed, or in words only. */
function Arrangement({ arrangement }: { readonly arrangement: ArrangementView }) {
  const styles = useCaseDetailsStyles();
  const title =
    arrangement.status === "agreed" ? "Arrangement agreed at step one" : "Arrangement proposed";
  return (
    <>
      <h3 className={styles.subheading}>{title}</h3>
      {arrangement.sentences.length > 0 ? (
        <ul className={styles.list}>
          {arrangement.sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : null}
      {arrangement.agreedOn ? (
        <p className={styles.note}>
          Agreed on {arrangement.agreedOn.text}: each contact is checked against it.
        </p>
      ) : null}
      {arrangement.note ? <p className={styles.note}>{arrangement.note}</p> : null}
    </>
  );
}

/** The case as staff need it beside the verdict: terms, who to contact, counts and dates. */
export function CaseDetails({
  view,
  onForwardToSpoc,
  forwarding,
  titled = true,
}: CaseDetailsProps) {
  const styles = useCaseDetailsStyles();
  const headingId = `case-${view.ref}`;
  const hasPeople = view.spoc ?? view.deputy ?? view.representative;
  const hasDates =
    view.restrictionStarts ?? view.restrictionEnds ?? view.reviewDue ?? view.appealBy;

  return (
    <section
      className={styles.root}
      {...(titled ? { "aria-labelledby": headingId } : { "aria-label": "The case" })}
    >
      {titled ? (
        <h2 id={headingId} className={styles.heading}>
          {view.customerName}
        </h2>
      ) : null}
      <dl className={styles.facts}>
        <Fact label="Case">{view.ref}</Fact>
        <Fact label="Stage">{view.stageInWords}</Fact>
        <Fact label="Service">{view.serviceArea}</Fact>
        {view.matchedAs === "representative" ? (
          <Fact label="Matched">{`${view.matchedAddress}, the customer's representative`}</Fact>
        ) : null}
      </dl>

      {view.terms.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Terms</h3>
          <ul className={styles.list}>
            {view.terms.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      ) : null}
      {view.arrangement ? <Arrangement arrangement={view.arrangement} /> : null}
      <OtherConditions conditions={view.otherConditions} />

      {view.usage.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Contact this period</h3>
          {view.usage.map((u) => (
            <Field key={u.text} label={u.text} validationState={u.usedUp ? "warning" : "none"}>
              <ProgressBar
                value={Math.min(u.used, u.max)}
                max={u.max}
                color={u.usedUp ? "warning" : "brand"}
              />
            </Field>
          ))}
        </>
      ) : null}

      {hasPeople ? (
        <>
          <h3 className={styles.subheading}>Who deals with this customer</h3>
          <dl className={styles.facts}>
            {view.spoc ? <Fact label="SPOC">{personText(view.spoc)}</Fact> : null}
            {view.deputy ? <Fact label="Deputy">{personText(view.deputy)}</Fact> : null}
            {view.representative ? (
              <Fact label="Representative">{personText(view.representative)}</Fact>
            ) : null}
          </dl>
          {onForwardToSpoc ? (
            <div className={styles.spoc}>
              <Button onClick={onForwardToSpoc} disabledFocusable={forwarding === true}>
                Forward to the SPOC
              </Button>
            </div>
          ) : null}
        </>
      ) : null}

      {view.adjustments && view.adjustments.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Reasonable adjustments</h3>
          <ul className={styles.list}>
            {view.adjustments.map((a) => (
              <li key={a.description}>{a.description}</li>
            ))}
          </ul>
        </>
      ) : null}
      {view.adjustmentsProblem ? <p className={styles.note}>{view.adjustmentsProblem}</p> : null}

      {hasDates ? (
        <>
          <h3 className={styles.subheading}>Dates</h3>
          <dl className={styles.facts}>
            {dateFact("Restrictions start", view.restrictionStarts)}
            {dateFact("Restrictions end", view.restrictionEnds)}
            {dateFact("Review due", view.reviewDue)}
            {dateFact("Appeal by", view.appealBy)}
          </dl>
        </>
      ) : null}
    </section>
  );
}
