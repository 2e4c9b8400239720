import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../../app/current-user";
import { handoverNews } from "../handover.logic";
import { handoverPaths } from "../handover.paths";
import { useHandover } from "../handover.queries";
import { DiaryIcon } from "./DiaryIcon";

interface HandoverBannerProps {
  siteId: string;
  /**
   * `door`: always there, prominent when there is something to read; `home`: only when there is
   * something to read.
   */
  place: "door" | "home";
}

/**
 * The way to the handover from the door and the home page: "2 unread messages, 1 follow-up due" and
 * a large button, so the handover is the first thing read when the evening starts.
 */
export function HandoverBanner({ siteId, place }: HandoverBannerProps) {
  const { t } = useTranslation("handover");
  const allowed = useCan("diary.write");
  const handover = useHandover(allowed ? siteId : null);
  if (!allowed) return null;
  const news = handover.data ? handoverNews(handover.data) : null;
  if (!news?.attention) {
    if (place === "home" || !handover.data) return null;
    return (
      <Group gap="xs">
        <DiaryIcon icon="handover" size={18} />
        <Text size="sm">{t("banner.nothing")}</Text>
        <Button component={Link} to={handoverPaths.handover(siteId)} variant="subtle" size="compact-sm">
          {t("banner.openQuiet")}
        </Button>
      </Group>
    );
  }
  const parts = [
    news.unread > 0 ? t("banner.unread", { count: news.unread }) : null,
    news.due > 0 ? t("banner.due", { count: news.due }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <Paper
      component="section"
      aria-labelledby={`handover-banner-${place}`}
      withBorder
      p="md"
      radius="md"
      bg="orange.0"
      bd="1px solid orange.7"
    >
      <Group justify="space-between" wrap="wrap" gap="md">
        <Group gap="sm" wrap="nowrap">
          <DiaryIcon icon="handover" size={32} />
          <Stack gap={2}>
            <Text fw={700} size="lg" id={`handover-banner-${place}`}>
              {t("banner.title", { site: handover.data?.site.name ?? "" })}
            </Text>
            <Text>{parts.join(" · ")}</Text>
            {news.overdue > 0 && (
              <Text size="sm" fw={600} c="red.9">
                {t("banner.overdue", { count: news.overdue })}
              </Text>
            )}
          </Stack>
        </Group>
        <Button component={Link} to={handoverPaths.handover(siteId)} size="lg">
          {t("banner.open")}
        </Button>
      </Group>
    </Paper>
  );
}
