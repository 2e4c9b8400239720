import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    // The label lives on the status region: axe refuses aria-label on the loader's bare span.
    <Center mih="50vh" role="status" aria-live="polite" aria-label={t("status.loading")}>
      <Loader aria-hidden />
    </Center>
  );
}
