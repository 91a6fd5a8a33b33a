/** The case at a glance: terms, who deals with the customer, and the policy's dates. */
import type { CaseView } from "../../app/caseView";
import type { PolicyConfig } from "../../domain/config";
import { actorInWords } from "../../domain/deputies";
import { formatLastDay, formatLongDate } from "../../domain/wording";
import { ContactsChart } from "../charts/ContactsChart";
import { useCaseStyles } from "./case.styles";
import { ImmediateActionRecord } from "./CaseFileRecords";
import { dateOrDash, formatInstant, personText } from "./caseWords";

export type CaseSummaryProps = { readonly view: CaseView; readonly config: PolicyConfig };

export function CaseSummary({ view, config }: CaseSummaryProps) {
  const styles = useCaseStyles();
  const { entry, deadlines, file } = view;
  const fact = (label: string, value: string | undefined) =>
    value === undefined ? null : (
      <>
        <dt className={styles.term}>{label}</dt>
        <dd className={styles.definition}>{value}</dd>
      </>
    );
  const period = entry.period;
  return (
    <div className={styles.section}>
      <h3 className={styles.subheading}>Terms</h3>
      {view.terms.length > 0 ? (
        <ul className={styles.list}>
          {view.terms.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : (
        <p className={styles.muted}>No restrictions are recorded.</p>
      )}

      {view.contacts.length > 0 ? <ContactsChart data={view.chart} /> : null}

      <h3 className={styles.subheading}>People</h3>
      <dl className={styles.facts}>
        {fact("Service", entry.serviceArea)}
        {fact("SPOC", entry.spoc && personText(entry.spoc))}
        {fact("Deputy", entry.deputy && personText(entry.deputy))}
        {fact("Representative", entry.representative && personText(entry.representative))}
      </dl>

      <h3 className={styles.subheading}>Dates</h3>
      <dl className={styles.facts}>
        {period
          ? fact(
              `Restriction period ${period.number}`,
              `${formatLongDate(period.start)} to ${formatLastDay(period.end)}`,
            )
          : null}
        {period ? fact("Customer told", noticeText(view, config)) : null}
        {entry.superseded
          ? fact(
              "Until the customer is told, these terms still apply",
              entry.superseded.termsSummary ?? "The terms of the previous period.",
            )
          : null}
        {fact("Review due", entry.reviewDue && dateOrDash(entry.reviewDue))}
        {fact("Appeal by", entry.appealBy && dateOrDash(entry.appealBy))}
        {entry.stage === "restricted"
          ? fact(
              "Review request",
              deadlines.customerReviewAvailable
                ? "The customer may still request one review in this period (5.2.6)."
                : `Used in this period${requestDates(view)} (5.2.6).`,
            )
          : null}
        {fact("Restrictions ended", entry.endedOn && dateOrDash(entry.endedOn))}
        {fact("Closed", entry.closedOn && dateOrDash(entry.closedOn))}
        {fact("Keep until", entry.retainUntil && `${dateOrDash(entry.retainUntil)} (6)`)}
      </dl>

      {file?.immediateAction ? (
        <>
          <h3 className={styles.subheading}>Immediate action (4)</h3>
          <ImmediateActionRecord file={file} config={config} />
        </>
      ) : null}
      {file ? (
        <>
          <h3 className={styles.subheading}>Reasonable adjustments</h3>
          {file.reasonableAdjustments.length > 0 ? (
            <ul className={styles.list}>
              {file.reasonableAdjustments.map((a) => (
                <li key={a.description}>{a.description}</li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>None recorded.</p>
          )}
          {file.proportionalityNote ? (
            <>
              <h3 className={styles.subheading}>Why the restrictions are proportionate</h3>
              <p className={styles.definition}>{file.proportionalityNote}</p>
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function requestDates(view: CaseView): string {
  const dates = view.entry.period?.customerReviewRequests ?? [];
  return dates.length > 0 ? ` (requested on ${dates.map(formatLongDate).join(", ")})` : "";
}

function noticeText(view: CaseView, config: PolicyConfig): string {
  const notice = view.entry.period?.notice;
  switch (notice?.kind) {
    case undefined:
    case "pending": {
      const prepared = notice?.prepared
        ? ` The notice was prepared for ${actorInWords(notice.prepared.giver, config)} to give.`
        : "";
      return `Restrictions decided; the customer has not yet been told. They bind, and the 28 days for an appeal start, when they are (5.2.4, 5.2.7).${prepared}`;
    }
    case "notified": {
      const when = notice.at ? formatInstant(notice.at, config) : formatLongDate(notice.on);
      return notice.givenBy ? `${when}, by ${actorInWords(notice.givenBy, config)}` : when;
    }
    case "notNotified":
      // Frontline staff's copy holds no reason (domain/needToKnow.ts).
      return `Not told, decided by ${actorInWords(notice.decidedBy, config)} on ${formatLongDate(notice.decidedOn)}${notice.reason ? `: ${notice.reason}` : ""}`;
    case "notRequired":
      return "Immediate action: the customer need not be warned (4).";
  }
}
