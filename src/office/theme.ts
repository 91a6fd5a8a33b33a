/** Light or dark, from the Office theme's body colour (Outlook has no isDarkTheme). */
export type Theme = "light" | "dark";

/** "#RRGGBB" → relative luminance (WCAG), or null when it is not a colour. */
function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1, 4).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Dark when the body background is dark; light when Outlook does not say (before 1.14). */
export function themeFrom(
  officeTheme: { readonly bodyBackgroundColor?: string } | undefined,
): Theme {
  const l = luminance(officeTheme?.bodyBackgroundColor ?? "");
  // 0.18 is the luminance at which white and black text have equal contrast.
  return l !== null && l < 0.18 ? "dark" : "light";
}
