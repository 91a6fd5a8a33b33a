/**
 * Style rules the pane's views share, so a heading, a row of buttons or a block of letter text
 * looks the same wherever it appears. Each view's makeStyles picks the rules it needs.
 */
import { type GriffelStyle, tokens } from "@fluentui/react-components";

/** A view's or form's heading (h2/h3). */
export const headingRule: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
};

export const subheadingRule: GriffelStyle = {
  margin: 0,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  fontWeight: tokens.fontWeightSemibold,
};

/** Buttons side by side, wrapping in a narrow pane. */
export const actionsRule: GriffelStyle = {
  display: "flex",
  gap: tokens.spacingHorizontalS,
  flexWrap: "wrap",
};

/** A dl of label and value pairs, in two columns. */
export const factsRule: GriffelStyle = {
  display: "grid",
  // minmax(0, …): a long value wraps instead of widening the pane (320 px).
  gridTemplateColumns: "max-content minmax(0, 1fr)",
  columnGap: tokens.spacingHorizontalM,
  rowGap: tokens.spacingVerticalXS,
  margin: 0,
};

export const factTermRule: GriffelStyle = { color: tokens.colorNeutralForeground3 };

export const bulletListRule: GriffelStyle = { margin: 0, paddingLeft: tokens.spacingHorizontalL };

/** A list without bullets, its items stacked with a small gap. */
export const plainListRule: GriffelStyle = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
};

/** Plain text as written (a letter, evidence): line breaks kept, scrolls when long. */
export const plainTextRule: GriffelStyle = {
  margin: 0,
  whiteSpace: "pre-wrap",
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase200,
  maxHeight: "16rem",
  overflowY: "auto",
  padding: tokens.spacingHorizontalS,
  backgroundColor: tokens.colorNeutralBackground2,
  borderRadius: tokens.borderRadiusMedium,
};
