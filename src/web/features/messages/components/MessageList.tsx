import { Anchor, Badge, Group, Paper, Stack, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Message } from "../../../../common/contracts/messages";
import { formatInstant } from "../../follow-ups/follow-ups.logic";
import { DiaryIcon } from "../../handover/components/DiaryIcon";
import { messagePreview } from "../messages.logic";
import { messagePaths } from "../messages.paths";
import { useAudienceLabel } from "./audience";

interface MessageListProps {
  items: readonly Message[];
  timeZone: string;
  today: string;
}

/**
 * Messages as the server orders them (pinned first, then newest): unread ones in bold with a "new"
 * mark, each opening the whole message (which records that it was read).
 */
export function MessageList({ items, timeZone, today }: MessageListProps) {
  const { t, i18n } = useTranslation("messages");
  const audienceLabel = useAudienceLabel();
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {items.map((message) => {
        const unread = message.readAt === null;
        return (
          <Paper
            key={message.id}
            component="li"
            withBorder
            p="md"
            radius="md"
            bg={unread ? "calm.0" : undefined}
            style={unread ? { borderLeft: "4px solid var(--mantine-color-calm-8)" } : undefined}
          >
            <Stack gap={6}>
              <Group gap="xs" wrap="wrap">
                {message.pinned && (
                  <Badge color="calm.9" variant="filled" leftSection={<DiaryIcon icon="pin" size={14} />}>
                    {t("list.pinned")}
                  </Badge>
                )}
                {unread && (
                  <Badge color="yellow.3" c="dark.9" variant="filled">
                    {t("list.new")}
                  </Badge>
                )}
                <Text size="sm" fw={unread ? 700 : 500}>
                  {message.author?.displayName ?? t("formerColleague")}
                </Text>
                <Text size="sm" c="dark.7">
                  · {audienceLabel(message)} ·{" "}
                  {formatInstant(message.createdAt, timeZone, i18n.language, today)}
                </Text>
              </Group>
              <Anchor
                component={Link}
                to={messagePaths.message(message.id)}
                fw={unread ? 700 : 400}
                c="dark.9"
                underline="always"
                style={{ overflowWrap: "anywhere" }}
              >
                {messagePreview(message.body)}
                {unread && <VisuallyHidden> ({t("list.unreadHint")})</VisuallyHidden>}
              </Anchor>
              {message.readSummary && (
                <Group gap={4}>
                  <DiaryIcon icon="check" size={16} />
                  <Text size="sm" c="dark.7">
                    {t("receipts.summary", {
                      read: message.readSummary.readCount,
                      count: message.readSummary.audienceCount,
                    })}
                  </Text>
                </Group>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
