/**
 * The bars themselves, drawn by Fluent's own chart package (@fluentui/react-charts), in a chunk
 * of their own that loads only when a chart is shown (docs/decisions.md, evidence chart).
 */
import { makeStyles } from "@fluentui/react-components";
import {
  DataVizPalette,
  getColorFromToken,
  ResponsiveContainer,
  VerticalStackedBarChart,
  type VerticalStackedChartProps,
} from "@fluentui/react-charts";
import type { ContactChartData } from "../../app/contactChart";
import { usePaneTheme } from "../shell/PaneProvider";

const useStyles = makeStyles({
  // The legends are our sentences: Fluent's capitals ("Within The Terms") would change them.
  legend: { textTransform: "none" },
});

export default function ContactsBarChart({ data }: { readonly data: ContactChartData }) {
  const styles = useStyles();
  const dark = usePaneTheme() === "dark";
  const colour = (token: string) => getColorFromToken(token, dark);
  const highest = Math.max(
    data.allowance?.max ?? 0,
    ...data.buckets.map((b) => b.within + b.outside + b.notChecked),
  );
  // Whole numbers on the axis: contacts are counted, never measured.
  const yMax = Math.max(4, Math.ceil(highest / 4) * 4);
  const points: VerticalStackedChartProps[] = data.buckets.map((b) => ({
    xAxisPoint: b.label,
    xAxisCalloutData: b.longLabel,
    chartData: [
      { legend: "Within the terms", data: b.within, color: colour(DataVizPalette.success) },
      { legend: "Outside the terms", data: b.outside, color: colour(DataVizPalette.error) },
      ...(b.notChecked > 0
        ? [{ legend: "Not checked", data: b.notChecked, color: colour(DataVizPalette.disabled) }]
        : []),
    ],
    ...(data.allowance
      ? {
          lineData: [
            {
              y: data.allowance.max,
              legend: data.allowance.text,
              color: colour(DataVizPalette.warning),
            },
          ],
        }
      : {}),
  }));
  // The container measures the pane: the chart redraws when Outlook's pane is made wider.
  return (
    <ResponsiveContainer width="100%" height={280}>
      <VerticalStackedBarChart
        data={points}
        barWidth="auto"
        yMaxValue={yMax}
        yAxisTickCount={5}
        yAxisTickFormat={(v: number) => (Number.isInteger(v) ? String(v) : "")}
        chartTitle={data.summary}
        legendProps={{ enabledWrapLines: true, styles: { legend: styles.legend } }}
      />
    </ResponsiveContainer>
  );
}
