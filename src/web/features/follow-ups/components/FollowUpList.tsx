import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FollowUp } from "../../../../common/contracts/follow-ups";
import { DiaryIcon } from "../../handover/components/DiaryIcon";
import { CodeDisplay } from "../../visitors/components/CodeDisplay";
import { formatInstant } from "../follow-ups.logic";
import { followUpPaths } from "../follow-ups.paths";
import { useAssigneeLabel } from "./assignee";
import { DueBadge } from "./DueBadge";

interface FollowUpListProps {
  items: readonly FollowUp[];
  timeZone: string;
  today: string;
  /** The heading level of each follow-up's title (3 under a section's h2). */
  titleOrder?: 2 | 3;
}

/**
 * Follow-ups as a list of cards: what, by when, for whom, her code, and for an accompaniment when and
 * where. The title is the link to the follow-up and its thread.
 */
export function FollowUpList({ items, timeZone, today, titleOrder = 2 }: FollowUpListProps) {
  const { t, i18n } = useTranslation("follow-ups");
  const assigneeLabel = useAssigneeLabel();
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {items.map((followUp) => (
        <Paper
          key={followUp.id}
          component="li"
          withBorder
          p="md"
          radius="md"
          style={
            followUp.status === "open" && followUp.overdue
              ? { borderLeft: "4px solid var(--mantine-color-red-9)" }
              : undefined
          }
        >
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Title order={titleOrder} size="h4" fw={600} style={{ overflowWrap: "anywhere" }}>
                <Anchor component={Link} to={followUpPaths.followUp(followUp.id)} inherit>
                  {followUp.title}
                </Anchor>
              </Title>
              <DueBadge followUp={followUp} today={today} />
            </Group>
            <Group gap="md" wrap="wrap">
              <Group gap={4} wrap="nowrap">
                <DiaryIcon
                  icon={followUp.assignee.kind === "any_social_worker" ? "people" : "person"}
                  size={16}
                />
                <Text size="sm">{t("list.for", { name: assigneeLabel(followUp.assignee) })}</Text>
              </Group>
              {followUp.kind === "accompaniment" && (
                <Badge color="indigo.9" variant="filled" leftSection={<DiaryIcon icon="walk" size={14} />}>
                  {t("kind.accompaniment")}
                </Badge>
              )}
              {followUp.commentCount > 0 && (
                <Group gap={4} wrap="nowrap">
                  <DiaryIcon icon="comment" size={16} />
                  <Text size="sm">{t("list.comments", { count: followUp.commentCount })}</Text>
                </Group>
              )}
            </Group>
            {followUp.accompaniment && (
              <Text size="sm">
                {t("list.appointment", {
                  time: formatInstant(followUp.accompaniment.appointmentAt, timeZone, i18n.language, today),
                  place: followUp.accompaniment.place,
                })}
              </Text>
            )}
            {followUp.visitorCode && (
              <Group gap="xs">
                <Text size="sm" c="dark.7">
                  {t("list.code")}
                </Text>
                <CodeDisplay code={followUp.visitorCode} size="1.1rem" />
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
