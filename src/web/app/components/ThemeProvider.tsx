import { MantineProvider } from "@mantine/core";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { cssVariablesResolver, themeWithLabels } from "../theme";

/** Mantine with the calm theme, light only (no colour-scheme script is needed, none would pass the CSP). */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t("actions.close");
  const theme = useMemo(() => themeWithLabels({ close }), [close]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      {children}
    </MantineProvider>
  );
}
