import { makeStyles, tokens } from "@fluentui/react-components";
import {
  actionsRule,
  bulletListRule,
  factsRule,
  factTermRule,
  headingRule,
  plainListRule,
  plainTextRule,
  subheadingRule,
} from "../shell/sharedStyles";

export const useCaseStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { ...headingRule, overflowWrap: "anywhere" },
  subheading: subheadingRule,
  facts: factsRule,
  /** A dt/dd pair wrapped for React keys; invisible to layout. */
  group: { display: "contents" },
  term: factTermRule,
  definition: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  list: bulletListRule,
  plainList: plainListRule,
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  breach: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
  breachLabel: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: actionsRule,
  letter: plainTextRule,
});
