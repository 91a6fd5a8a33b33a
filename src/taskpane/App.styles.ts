import { makeStyles, tokens } from "@fluentui/react-components";
import { actionsRule } from "./shell/sharedStyles";

export const useAppStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  retry: { marginTop: tokens.spacingVerticalS },
  // What IT must fix can hold long URIs and codes: they wrap at 320 px rather than overflow.
  forIt: {
    marginTop: tokens.spacingVerticalS,
    marginBottom: 0,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
  },
  actions: { ...actionsRule, marginTop: tokens.spacingVerticalM },
  // Read by screen readers, not shown: the verdict stays at the top of the pane.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
