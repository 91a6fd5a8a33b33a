import { makeStyles, tokens } from "@fluentui/react-components";

export const useVerdictStyles = makeStyles({
  bar: { alignItems: "flex-start" },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  advice: { margin: 0 },
  pending: {
    minHeight: "48px",
    display: "flex",
    alignItems: "center",
  },
});
