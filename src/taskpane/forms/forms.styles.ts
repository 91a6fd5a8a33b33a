import { makeStyles, tokens } from "@fluentui/react-components";
import { actionsRule, headingRule, plainTextRule } from "../shell/sharedStyles";

export const useFormStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  heading: headingRule,
  fieldset: {
    // A fieldset is as wide as its widest content by default (min-content): a long choice in
    // a Select would push the pane sideways at 320 pixels.
    minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  errorList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  // Lines that may hold a long address or file name: they wrap anywhere rather than widen.
  wrapAnywhere: { overflowWrap: "anywhere", minWidth: 0 },
  // A <select> is as wide as its longest choice unless it may shrink: at 320 pixels a choice
  // such as "Social media (a reasonable adjustment)" would push the pane sideways.
  select: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, maxWidth: "100%" } },
  actions: actionsRule,
  evidence: plainTextRule,
});
