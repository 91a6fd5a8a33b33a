import { makeStyles, tokens } from "@fluentui/react-components";
import { headingRule, plainListRule, subheadingRule } from "../shell/sharedStyles";

export const useFindStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: headingRule,
  subheading: subheadingRule,
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: plainListRule,
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    overflowWrap: "anywhere",
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  name: { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});
