// The pane follows Office's theme: Office.context.officeTheme (when the host reports it) decides between Fluent's
// light and dark web themes, and its body colours are used for the page background and text so the pane blends
// with the Office chrome (e.g. Excel's "Dark Gray" or "Black" themes).
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}

function rgb(hex: string | undefined): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex?.trim() ?? "");
  if (!m) return null;
  const n = parseInt(m[1] as string, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Relative luminance (WCAG), 0 = black, 1 = white. */
export function luminance(hex: string | undefined): number | null {
  const c = rgb(hex);
  if (!c) return null;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDark(colors: OfficeThemeColors | null | undefined): boolean {
  const l = luminance(colors?.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

/** The Fluent theme for Office's colours: light or dark, with Office's own body background and text colour. */
export function themeFor(colors: OfficeThemeColors | null | undefined): Theme {
  const base = isDark(colors) ? webDarkTheme : webLightTheme;
  const bg = rgb(colors?.bodyBackgroundColor) ? (colors?.bodyBackgroundColor as string) : null;
  const fg = rgb(colors?.bodyForegroundColor) ? (colors?.bodyForegroundColor as string) : null;
  // Only adopt Office's text colour when it contrasts with its background as the chosen base theme expects.
  const fgOk = fg !== null && (luminance(fg) ?? 0.5) > 0.5 === isDark(colors);
  return {
    ...base,
    ...(bg ? { colorNeutralBackground1: bg } : {}),
    ...(fg && fgOk ? { colorNeutralForeground1: fg } : {}),
  };
}

/** Office's theme colours when the host reports them (Office on the web and Windows/Mac with ExcelApi ≥ 1.x). */
export function officeThemeColors(office: typeof Office | undefined): OfficeThemeColors | null {
  try {
    const theme = (office?.context as { officeTheme?: OfficeThemeColors } | undefined)?.officeTheme;
    return theme && typeof theme === "object" ? theme : null;
  } catch {
    return null;
  }
}
