import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Message } from "../../../../common/contracts/messages";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { formatInstant } from "../../follow-ups/follow-ups.logic";
import { useAudienceLabel } from "../../messages/components/audience";
import { useMarkRead } from "../../messages/messages.mutations";
import { messagePaths } from "../../messages/messages.paths";
import { DiaryIcon } from "./DiaryIcon";

interface UnreadMessagesProps {
  messages: readonly Message[];
  timeZone: string;
  today: string;
}

/**
 * The messages I have not read, whole, so the handover can be read in one go; "I have read it" records
 * the receipt and takes the message off the handover.
 */
export function UnreadMessages({ messages, timeZone, today }: UnreadMessagesProps) {
  const { t, i18n } = useTranslation("handover");
  const audienceLabel = useAudienceLabel();
  const markRead = useMarkRead();
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {messages.map((message) => {
        const author = message.author?.displayName ?? t("messages.formerColleague");
        const busy = markRead.isPending && markRead.variables === message.id;
        return (
          <Paper key={message.id} component="li" withBorder p="md" radius="md" bg="calm.0">
            <Stack gap="xs">
              <Group gap="xs" wrap="wrap">
                {message.pinned && (
                  <Badge color="calm.9" variant="filled" leftSection={<DiaryIcon icon="pin" size={14} />}>
                    {t("messages.pinned")}
                  </Badge>
                )}
                <Text fw={700}>{author}</Text>
                <Text size="sm" c="dark.7">
                  · {audienceLabel(message)} ·{" "}
                  {formatInstant(message.createdAt, timeZone, i18n.language, today)}
                </Text>
              </Group>
              <Text fw={600} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {message.body}
              </Text>
              <Group gap="md">
                <Button
                  size="sm"
                  variant="light"
                  leftSection={<DiaryIcon icon="check" size={16} />}
                  loading={busy}
                  onClick={() => markRead.mutate(message.id)}
                  aria-label={t("messages.markReadFrom", { name: author })}
                >
                  {t("messages.markRead")}
                </Button>
                <Anchor component={Link} to={messagePaths.message(message.id)} size="sm">
                  {t("messages.open")}
                </Anchor>
              </Group>
              {markRead.isError && markRead.variables === message.id && <ErrorAlert error={markRead.error} />}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
