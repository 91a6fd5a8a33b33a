/**
 * Evidence at a glance: the customer's contacts per week (or per the allowance's period),
 * within and outside the terms, with the allowance drawn. The numbers are also a table, for
 * keyboards, screen readers and anyone who prefers them; the chart itself loads on demand.
 */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useId } from "react";
import type { ContactChartData } from "../../app/contactChart";
import { subheadingRule } from "../shell/sharedStyles";

const ContactsBarChart = lazy(
  () => import(/* webpackChunkName: "contacts-chart" */ "./ContactsBarChart"),
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: subheadingRule,
  summary: { margin: 0 },
  chart: { minHeight: "280px", minWidth: 0 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "right",
      paddingLeft: tokens.spacingHorizontalS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& th:first-child, & td:first-child": { textAlign: "left", paddingLeft: 0 },
  },
});

const TITLE = {
  week: "Contacts per week",
  fortnight: "Contacts per fortnight",
  month: "Contacts per month",
};

export function ContactsChart({ data }: { readonly data: ContactChartData }) {
  const styles = useStyles();
  const headingId = useId();
  const showChecked = data.buckets.some((b) => b.notChecked > 0);
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        {TITLE[data.per]}
      </h3>
      <p className={styles.summary}>{data.summary}</p>
      {/* A picture of the table below: Fluent's chart puts hidden focus guards round its bars
        and legend, which a screen reader would meet as blanks, so the picture is inert (out of
        the tab order and the accessibility tree) and the numbers are read from the table. */}
      <div className={styles.chart} data-chart="" inert>
        <Suspense fallback={<Spinner size="tiny" label="Drawing the chart…" />}>
          <ContactsBarChart data={data} />
        </Suspense>
      </div>
      <details>
        <summary>The numbers</summary>
        <table className={styles.table}>
          <caption className={styles.summary}>
            {data.allowance?.text ?? "No allowance to compare with."}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                {data.per === "month"
                  ? "Month"
                  : `${data.per === "week" ? "Week" : "Fortnight"} from`}
              </th>
              <th scope="col">Within</th>
              <th scope="col">Outside</th>
              {showChecked ? <th scope="col">Not checked</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.buckets.map((b) => (
              <tr key={b.firstDay}>
                <th scope="row">{b.label}</th>
                <td>{b.within}</td>
                <td>{b.outside}</td>
                {showChecked ? <td>{b.notChecked}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
