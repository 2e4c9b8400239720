import { Center, Loader, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * "Loading…" while a page or a list loads: a spinner for the eye and the words for screen readers
 * (a spinner's own label would sit on an element that may not carry one).
 */
export function Loading({ page = false }: { page?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center mih={page ? "50vh" : 120} role="status">
      <Loader aria-hidden />
      <VisuallyHidden>{t("status.loading")}</VisuallyHidden>
    </Center>
  );
}
