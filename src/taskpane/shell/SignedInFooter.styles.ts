import { makeStyles, tokens } from "@fluentui/react-components";

export const useSignedInFooterStyles = makeStyles({
  root: {
    marginTop: "auto",
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});
