import { makeStyles, tokens } from "@fluentui/react-components";

export const useComposeViewStyles = makeStyles({
  recipient: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  advice: { margin: 0 },
});
