import { makeStyles, tokens } from "@fluentui/react-components";
import {
  bulletListRule,
  factsRule,
  factTermRule,
  headingRule,
  subheadingRule,
} from "../shell/sharedStyles";

export const useCaseDetailsStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: headingRule,
  subheading: subheadingRule,
  list: bulletListRule,
  facts: factsRule,
  term: factTermRule,
  definition: { margin: 0, overflowWrap: "anywhere" },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
  spoc: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
});
