import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  mergeThemeOverrides,
} from "@mantine/core";

// A quiet slate-teal. Shade 8 carries white text at better than 6:1 (WCAG AA and more).
const calm: MantineColorsTuple = [
  "#eef6f7",
  "#dcebed",
  "#b6d5d9",
  "#8dbec4",
  "#6aa9b1",
  "#4f9aa3",
  "#3f8a93",
  "#33767e",
  "#2b6470",
  "#1f4e57",
];

/** Calm and legible: system fonts, soft corners, no loud colours, dark enough for every contrast check. */
export const theme = createTheme({
  primaryColor: "calm",
  primaryShade: 8,
  colors: { calm },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: "600" },
  defaultRadius: "md",
  focusRing: "auto",
  cursorType: "pointer",
  respectReducedMotion: true,
  components: {
    Button: { defaultProps: { size: "md" } },
    TextInput: { defaultProps: { size: "md" } },
    PasswordInput: { defaultProps: { size: "md" } },
    Select: { defaultProps: { size: "md" } },
    MultiSelect: { defaultProps: { size: "md" } },
    // A dialog's header is not the page's banner: without this, every open dialog adds a second
    // banner landmark (axe: landmark-no-duplicate-banner).
    Modal: {
      defaultProps: { attributes: { header: { role: "presentation" } } },
      styles: { title: { fontWeight: 600, fontSize: "var(--mantine-font-size-lg)" } },
    },
    // Sentence case and never cut off: "Deactivated" must be read whole.
    Badge: { defaultProps: { tt: "none", size: "md", miw: "max-content" } },
  },
});

/**
 * Mantine's default grey for descriptions and red for errors are too light to read comfortably
 * (below WCAG AA on white); these are darker.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-7)",
  },
  dark: {},
});

/**
 * Labels Mantine draws itself (close buttons of dialogs and notifications), in the interface
 * language: a button without a name is a button a screen reader cannot announce.
 */
export function themeWithLabels(labels: { close: string }) {
  return mergeThemeOverrides(
    theme,
    createTheme({
      components: {
        Modal: { defaultProps: { closeButtonProps: { "aria-label": labels.close } } },
        Drawer: { defaultProps: { closeButtonProps: { "aria-label": labels.close } } },
        Notification: { defaultProps: { closeButtonProps: { "aria-label": labels.close } } },
        Alert: { defaultProps: { closeButtonLabel: labels.close } },
      },
    }),
  );
}
