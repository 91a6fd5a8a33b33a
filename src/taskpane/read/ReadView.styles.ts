import { makeStyles, tokens } from "@fluentui/react-components";
import { factsRule, factTermRule } from "../shell/sharedStyles";

export const useReadViewStyles = makeStyles({
  /** The verdict, then the case: spaced like the pane's own children. */
  view: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  content: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  facts: factsRule,
  term: factTermRule,
  definition: { margin: 0, overflowWrap: "anywhere" },
});
