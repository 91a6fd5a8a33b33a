import { makeStyles, tokens } from "@fluentui/react-components";
import { actionsRule, headingRule } from "../shell/sharedStyles";

export const useLogContactStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: headingRule,
  actions: actionsRule,
});
