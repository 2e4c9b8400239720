import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface CursorPaginationProps {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  busy?: boolean;
}

/** Previous / next for lists the server pages with a cursor (it does not count the whole list). */
export function CursorPagination(props: CursorPaginationProps) {
  const { t } = useTranslation();
  if (!props.hasPrevious && !props.hasNext) return null;
  return (
    <Group component="nav" aria-label={t("pagination.label")} justify="space-between">
      <Button variant="default" onClick={props.onPrevious} disabled={!props.hasPrevious || props.busy}>
        {t("pagination.previous")}
      </Button>
      <Text size="sm" aria-live="polite">
        {t("pagination.page", { page: props.page })}
      </Text>
      <Button variant="default" onClick={props.onNext} disabled={!props.hasNext || props.busy}>
        {t("pagination.next")}
      </Button>
    </Group>
  );
}
