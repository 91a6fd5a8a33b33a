/**
 * The bars themselves, drawn by Fluent's own chart package (@fluentui/react-charts), in a chunk
 * of their own that loads only when a chart is shown (docs/decisions.md, evidence chart).
 */
import {
  DataVizPalette,
  VerticalStackedBarChart,
  type VerticalStackedChartProps,
} from "@fluentui/react-charts";
import type { ContactChartData } from "../../app/contactChart";

export default function ContactsBarChart({ data }: { readonly data: ContactChartData }) {
  const points: VerticalStackedChartProps[] = data.buckets.map((b) => ({
    xAxisPoint: b.label,
    xAxisCalloutData: b.longLabel,
    chartData: [
      { legend: "Within the terms", data: b.within, color: DataVizPalette.success },
      { legend: "Outside the terms", data: b.outside, color: DataVizPalette.error },
      ...(b.notChecked > 0
        ? [{ legend: "Not checked", data: b.notChecked, color: DataVizPalette.disabled }]
        : []),
    ],
    ...(data.allowance
      ? {
          lineData: [
            {
              y: data.allowance.max,
              legend: data.allowance.text,
              color: DataVizPalette.warning,
            },
          ],
        }
      : {}),
  }));
  return (
    <VerticalStackedBarChart
      data={points}
      height={200}
      barWidth="auto"
      yAxisTickCount={4}
      chartTitle={data.summary}
      hideLegend={false}
      roundedTicks
    />
  );
}
