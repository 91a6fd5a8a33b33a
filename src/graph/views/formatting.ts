/**
 * JSON column formatting (SharePoint's CustomFormatter) so the register reads at a glance: the
 * stage as a coloured pill, an overdue review date and a passed appeal deadline in red with
 * words that say so (colour is never the only signal), and the terms in plain words as readable
 * text. Each formatter reads its own column only (@currentField, @now), because another column's
 * value reaches a formatter only when that column is in the view.
 * Schema and syntax: learn.microsoft.com/sharepoint/dev/declarative-customization/column-formatting
 * and formatting-syntax-reference.
 */
import type { ListName } from "../../app/ports";
import type { Stage } from "../../domain/types";
import type { ColumnOf } from "../schema";
import { STAGE } from "../vocabulary";

export const COLUMN_FORMATTING_SCHEMA =
  "https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json";

/** Background and text colours per stage (Fluent palette; text contrast at least 4.5:1). */
const STAGE_COLOURS: Readonly<
  Record<Stage, { readonly background: string; readonly text: string }>
> = {
  stepOne: { background: "#deecf9", text: "#004578" },
  monitoring: { background: "#e1f5f5", text: "#005b70" },
  referred: { background: "#fff4ce", text: "#6d4c00" },
  assessed: { background: "#efe6fa", text: "#5c2e91" },
  restricted: { background: "#fde7e9", text: "#a4262c" },
  ended: { background: "#edebe9", text: "#323130" },
  closed: { background: "#f3f2f1", text: "#605e5c" },
};

const quote = (s: string): string => `'${s.replaceAll("'", "\\'")}'`;

/** `=if(@currentField == 'A', a, if(@currentField == 'B', b, fallback))` over the stages. */
function byStage(
  pick: (c: { background: string; text: string }) => string,
  fallback: string,
): string {
  const stages = Object.keys(STAGE_COLOURS) as Stage[];
  return `=${stages.reduceRight(
    (rest, stage) =>
      `if(@currentField == ${quote(STAGE.label(stage))}, ${quote(pick(STAGE_COLOURS[stage]))}, ${rest})`,
    quote(fallback),
  )}`;
}

export const STAGE_PILL = {
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: "div",
  children: [
    {
      elmType: "span",
      txtContent: "@currentField",
      style: {
        display: "=if(@currentField == '', 'none', 'inline-block')",
        padding: "2px 10px",
        "border-radius": "12px",
        "font-weight": "600",
        "line-height": "20px",
        "background-color": byStage((c) => c.background, "#f3f2f1"),
        color: byStage((c) => c.text, "#323130"),
      },
    },
  ],
} as const;

/** A date-only value is the start of its day, so it is past once the next day has begun. */
const PASSED = "@currentField != '' && addDays(@currentField, 1) <= @now";

function dateInRed(label: string) {
  return {
    $schema: COLUMN_FORMATTING_SCHEMA,
    elmType: "div",
    txtContent: `=if(@currentField == '', '', if(${PASSED}, ${quote(`${label}: `)} + toLocaleDateString(@currentField), toLocaleDateString(@currentField)))`,
    style: {
      color: `=if(${PASSED}, '#a4262c', '')`,
      "font-weight": `=if(${PASSED}, '600', '')`,
    },
  } as const;
}

/** "Overdue: 14/06/2026" in red once the review date has passed. */
export const REVIEW_DUE = dateInRed("Overdue");

/** "Closed: 14/06/2026" in red once the 28 days to appeal have passed. */
export const APPEAL_BY = dateInRed("Closed");

export const TERMS_SUMMARY = {
  $schema: COLUMN_FORMATTING_SCHEMA,
  elmType: "div",
  txtContent: "=if(@currentField == '', 'No terms recorded', @currentField)",
  style: {
    "white-space": "pre-wrap",
    "word-wrap": "break-word",
    "line-height": "1.45",
    "max-width": "420px",
    padding: "4px 0",
    color: "=if(@currentField == '', '#605e5c', '')",
  },
} as const;

export type ColumnFormat<L extends ListName = ListName> = {
  readonly list: L;
  readonly field: ColumnOf<L>;
  readonly formatter: object;
  /** What it does, in plain words, for the provisioning report. */
  readonly shows: string;
};

export const COLUMN_FORMATS: readonly ColumnFormat<"register">[] = [
  {
    list: "register",
    field: "Stage",
    formatter: STAGE_PILL,
    shows: "the stage as a coloured pill",
  },
  {
    list: "register",
    field: "ReviewDue",
    formatter: REVIEW_DUE,
    shows: "an overdue review date in red",
  },
  {
    list: "register",
    field: "AppealBy",
    formatter: APPEAL_BY,
    shows: "a passed appeal deadline in red",
  },
  {
    list: "register",
    field: "TermsSummary",
    formatter: TERMS_SUMMARY,
    shows: "the terms as readable text",
  },
];
