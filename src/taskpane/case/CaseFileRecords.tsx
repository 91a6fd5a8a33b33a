/** The case file's records: step one (5.1), the referral (5.2.1) and the assessment (5.2.2). */
import type { ReactNode } from "react";
import type { PolicyConfig } from "../../domain/config";
import { describeBehaviour } from "../../domain/behaviour";
import type { ArrangementAgreement, CaseFile } from "../../domain/types";
import { immediateActionsInWords, immediateUntil } from "../../domain/lifecycleImmediate";
import { meansInWords } from "../../domain/lifecycleSupport";
import { formatLongDate } from "../../domain/wording";
import { useCaseStyles } from "./case.styles";
import { actorText, personText } from "./caseWords";

export type RecordProps = { readonly file: CaseFile; readonly config: PolicyConfig };

const AGREEMENT: Readonly<Record<ArrangementAgreement, string>> = {
  pending: "Awaiting the customer's answer",
  agreed: "Agreed by the customer",
  notAgreed: "Not agreed by the customer",
};

function Facts({ rows }: { readonly rows: readonly (readonly [string, ReactNode])[] }) {
  const styles = useCaseStyles();
  return (
    <dl className={styles.facts}>
      {rows
        .filter(([, value]) => value !== undefined && value !== "")
        .map(([label, value]) => (
          <div key={label} className={styles.group}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.definition}>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

export function StepOneRecord({ file, config }: RecordProps) {
  const styles = useCaseStyles();
  const s = file.stepOne;
  if (!s) return <p className={styles.muted}>No step-one record is held.</p>;
  return (
    <Facts
      rows={[
        ["Raised", `${formatLongDate(s.raisedOn)} by ${actorText(s.raisedBy, config)}`],
        ["Service most affected", s.serviceMostImpacted],
        [
          "Behaviour (4.1)",
          <ul className={styles.list}>
            {s.behaviourExamples.map((b) => (
              <li key={b}>{describeBehaviour(b).label}</li>
            ))}
          </ul>,
        ],
        ["Details", s.behaviourDetail],
        ["Representative offered", representativeText(s)],
        ["Proposed SPOC", s.proposedSpoc && personText(s.proposedSpoc)],
        ["Proposed arrangement", s.proposedArrangement],
        [
          "Confirmed in writing",
          s.confirmedInWritingOn
            ? `${formatLongDate(s.confirmedInWritingOn)}${s.confirmedVia ? `, ${meansInWords(s.confirmedVia)}` : ""}`
            : "Not yet",
        ],
        [
          "Arrangement",
          `${AGREEMENT[s.agreement]}${s.agreementRecordedOn ? ` (${formatLongDate(s.agreementRecordedOn)})` : ""}`,
        ],
      ]}
    />
  );
}

function representativeText(s: NonNullable<CaseFile["stepOne"]>): string {
  const offer = s.representativeOffer;
  if (!offer) return s.representativeOffered ? "Yes" : "Not yet recorded";
  const answer = {
    pending: "no answer yet",
    accepted: `accepted${offer.representative ? `: ${personText(offer.representative)}` : ""}`,
    declined: "declined",
  }[offer.answer];
  return `${formatLongDate(offer.offeredOn)}; ${answer}`;
}

/** Section 4: the immediate action recorded on the case file, when there is one. */
export function ImmediateActionRecord({ file, config }: RecordProps) {
  const a = file.immediateAction;
  if (!a) return null;
  return (
    <Facts
      rows={[
        ["Taken", `${formatLongDate(a.decidedOn)} by ${actorText(a.decidedBy, config)}`],
        ["Behaviour", a.behaviour],
        ["Action", immediateActionsInWords(a.actions)],
        ["Police reference", a.policeReference],
        ["Premises", a.premises],
        ["Lasts", immediateUntil(a.until)],
        ["Review on", formatLongDate(a.reviewOn)],
        ["Reasons", a.reasons],
      ]}
    />
  );
}

export function ReferralRecord({ file, config }: RecordProps) {
  const styles = useCaseStyles();
  const r = file.referral;
  const a = file.assessment;
  if (!r) return <p className={styles.muted}>The case has not been referred.</p>;
  return (
    <div className={styles.section}>
      <Facts
        rows={[
          ["Referred", `${formatLongDate(r.referredOn)} by ${actorText(r.referredBy, config)}`],
          ["Behaviour", r.behaviour],
          ["Work undertaken", r.workUndertaken],
          [
            "Correspondence",
            <ul className={styles.list}>
              {r.correspondence.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>,
          ],
          ["Arrangement", r.arrangement],
          ["Monitoring evidence", r.monitoringEvidence],
          ["Logged contacts drawn on", String(r.contactCount)],
        ]}
      />
      {a ? (
        <>
          <h3 className={styles.subheading}>Assessment (5.2.2)</h3>
          <Facts
            rows={[
              ["Decided", `${formatLongDate(a.decidedOn)} by ${actorText(a.decidedBy, config)}`],
              [
                "Consulted",
                a.consulted
                  .map((c) => `${actorText(c, config)}${c.on ? `, ${formatLongDate(c.on)}` : ""}`)
                  .join("; "),
              ],
              ["Behaviour unreasonable", a.unreasonable ? "Yes" : "No"],
              ["Restrictions needed", a.restrictionsNeeded ? "Yes" : "No"],
              ["Reasons", a.reasons],
            ]}
          />
        </>
      ) : null}
    </div>
  );
}
