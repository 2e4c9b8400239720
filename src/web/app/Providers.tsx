import { Notifications } from "@mantine/notifications";
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { i18n } from "../i18n/i18n";
import { ThemeProvider } from "./components/ThemeProvider";

interface ProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Language, theme, data: in that order, so the theme can carry translated labels. */
export function Providers({ queryClient, children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider>
        <QueryClientProvider client={queryClient}>
          <Notifications position="top-center" />
          {children}
        </QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>
  );
}
