import { makeStyles, tokens } from "@fluentui/react-components";
import { headingRule, plainListRule, subheadingRule } from "../shell/sharedStyles";

const itemRule = {
  paddingLeft: tokens.spacingHorizontalS,
  overflowWrap: "anywhere",
  display: "flex",
  flexDirection: "column",
  alignItems: "flex-start",
  gap: tokens.spacingVerticalXXS,
} as const;

export const useWorkStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: headingRule,
  queue: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  queueHeading: subheadingRule,
  items: plainListRule,
  item: {
    ...itemRule,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  overdueItem: {
    ...itemRule,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
  },
  name: { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  overdueText: {
    margin: 0,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});
