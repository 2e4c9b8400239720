import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Handover } from "../../../../common/contracts/handover";
import { isApiError } from "../../../api/client";
import { useCan } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { FlagBadges } from "../../door/components/FlagBadges";
import { doorPaths } from "../../door/door.paths";
import { FollowUpList } from "../../follow-ups/components/FollowUpList";
import { followUpPaths } from "../../follow-ups/follow-ups.paths";
import { messagePaths } from "../../messages/messages.paths";
import { formatDay, formatShortDate } from "../../sites/format";
import { CodeDisplay } from "../../visitors/components/CodeDisplay";
import { DiaryIcon, type DiaryIconName } from "../components/DiaryIcon";
import { Loading } from "../components/Loading";
import { SitePicker } from "../components/SitePicker";
import { UnreadMessages } from "../components/UnreadMessages";
import { handoverPaths } from "../handover.paths";
import { useHandover } from "../handover.queries";

/**
 * The handover: what a staff member reads first when the session opens. Unread messages, follow-ups
 * due or overdue, the women expected tonight with an open flag (codes only) and the last entry's
 * summary.
 */
export function HandoverPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("handover");
  usePageTitle(t("page.pageTitle"));
  const handover = useHandover(siteId);

  if (handover.isPending) return <Loading page />;
  if (handover.isError && !handover.data) {
    const notFound = isApiError(handover.error) && handover.error.code === "NOT_FOUND";
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("page.pageTitle")}</Title>
        {notFound ? <Text>{t("sites.notFound")}</Text> : <ErrorAlert error={handover.error} />}
        <Group>
          {!notFound && (
            <Button onClick={() => void handover.refetch()} loading={handover.isFetching}>
              {t("page.retry")}
            </Button>
          )}
          <Anchor component={Link} to={handoverPaths.start()}>
            {t("sites.chooseOther")}
          </Anchor>
        </Group>
      </Stack>
    );
  }
  return <HandoverView handover={handover.data} refreshFailed={handover.isError} />;
}

function Section({
  id,
  icon,
  title,
  children,
}: {
  id: string;
  icon: DiaryIconName;
  title: string;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby={id}
      id={`${id}-section`}
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap">
          <DiaryIcon icon={icon} size={24} />
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function HandoverView({ handover, refreshFailed }: { handover: Handover; refreshFailed: boolean }) {
  const { t, i18n } = useTranslation("handover");
  const canDoor = useCan("visit.record");
  const site = handover.site;
  const counts: { id: string; icon: DiaryIconName; text: string; urgent: boolean }[] = [
    {
      id: "handover-messages",
      icon: "message",
      text: t("summary.messages", { count: handover.unreadMessages.length }),
      urgent: handover.unreadMessages.length > 0,
    },
    {
      id: "handover-follow-ups",
      icon: "clock",
      text: t("summary.followUps", { count: handover.followUps.length }),
      urgent: handover.followUps.length > 0,
    },
    {
      id: "handover-women",
      icon: "flag",
      text: t("summary.women", { count: handover.expectedWomen.length }),
      urgent: false,
    },
  ];

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={1}>{t("page.title", { site: site.name })}</Title>
          <Text c="dark.7">{formatDay(handover.date, i18n.language)}</Text>
        </Stack>
        <Group align="flex-end">
          <SitePicker siteId={site.id} pathOf={handoverPaths.handover} />
          {canDoor && (
            <Button component={Link} to={doorPaths.tonight(site.id)} variant="light">
              {t("page.toDoor")}
            </Button>
          )}
        </Group>
      </Group>
      {refreshFailed && (
        <Text c="orange.9" role="status">
          {t("page.stale")}
        </Text>
      )}

      <SimpleGrid
        cols={{ base: 1, sm: 3 }}
        component="ul"
        style={{ listStyle: "none", padding: 0, margin: 0 }}
      >
        {counts.map((count) => (
          <li key={count.id}>
            <Paper
              component="a"
              href={`#${count.id}-section`}
              withBorder
              p="md"
              radius="md"
              bg={count.urgent ? "orange.0" : undefined}
              bd={count.urgent ? "1px solid orange.7" : undefined}
              style={{ display: "block", textDecoration: "none", color: "inherit" }}
            >
              <Group gap="sm" wrap="nowrap">
                <DiaryIcon icon={count.icon} size={28} />
                <Text fw={count.urgent ? 700 : 500}>{count.text}</Text>
              </Group>
            </Paper>
          </li>
        ))}
      </SimpleGrid>

      <Section id="handover-messages" icon="message" title={t("messages.title")}>
        {handover.unreadMessages.length === 0 ? (
          <Text>{t("messages.empty")}</Text>
        ) : (
          <UnreadMessages messages={handover.unreadMessages} timeZone={site.timeZone} today={handover.date} />
        )}
        <Anchor component={Link} to={messagePaths.list(site.id)}>
          {t("messages.all")}
        </Anchor>
      </Section>

      <Section id="handover-follow-ups" icon="clock" title={t("followUps.title")}>
        {handover.followUps.length === 0 ? (
          <Text>{t("followUps.empty")}</Text>
        ) : (
          <FollowUpList
            items={handover.followUps}
            timeZone={site.timeZone}
            today={handover.date}
            titleOrder={3}
          />
        )}
        <Anchor component={Link} to={followUpPaths.list(site.id)}>
          {t("followUps.all")}
        </Anchor>
      </Section>

      <Section id="handover-women" icon="flag" title={t("women.title")}>
        <Text size="sm" c="dark.7">
          {t("women.intro")}
        </Text>
        {handover.expectedWomen.length === 0 ? (
          <Text>{t("women.empty")}</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="sm" striped>
              <Table.Caption>{t("women.caption", { count: handover.expectedWomen.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("women.code")}</Table.Th>
                  <Table.Th scope="col">{t("women.flags")}</Table.Th>
                  <Table.Th scope="col">{t("women.why")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {handover.expectedWomen.map((woman) => (
                  <Table.Tr key={woman.visitorCodeId}>
                    <Table.Td>
                      <CodeDisplay code={woman.visitorCode} size="1.25rem" />
                    </Table.Td>
                    <Table.Td>
                      <FlagBadges flags={woman.flags} size="md" />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {woman.appointmentToday && (
                          <Badge color="indigo.9" variant="filled">
                            {t("women.appointmentToday")}
                          </Badge>
                        )}
                        {woman.lastVisitOn && (
                          <Text size="sm">
                            {t("women.lastVisit", {
                              date: formatShortDate(woman.lastVisitOn, i18n.language),
                            })}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section id="handover-last-entry" icon="handover" title={t("lastEntry.title")}>
        {handover.lastEntry ? (
          <Stack gap="xs">
            <Text fw={600}>
              {handover.lastEntry.startsAt
                ? t("lastEntry.whenAt", {
                    date: formatDay(handover.lastEntry.date, i18n.language),
                    time: handover.lastEntry.startsAt,
                  })
                : formatDay(handover.lastEntry.date, i18n.language)}
            </Text>
            <Group gap="md" wrap="wrap">
              {handover.lastEntry.headcount !== null && (
                <Text size="sm">{t("lastEntry.headcount", { count: handover.lastEntry.headcount })}</Text>
              )}
              <Text size="sm">{t("lastEntry.paragraphs", { count: handover.lastEntry.paragraphCount })}</Text>
              {handover.lastEntry.restrictedParagraphCount > 0 && (
                <Text size="sm">
                  {t("lastEntry.restricted", { count: handover.lastEntry.restrictedParagraphCount })}
                </Text>
              )}
            </Group>
            {handover.lastEntry.authors.length > 0 && (
              <Text size="sm" c="dark.7">
                {t("lastEntry.authors", { names: handover.lastEntry.authors.join(", ") })}
              </Text>
            )}
            {handover.lastEntry.summary ? (
              <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {handover.lastEntry.summary}
              </Text>
            ) : (
              <Text c="dark.7">{t("lastEntry.noText")}</Text>
            )}
          </Stack>
        ) : (
          <Text>{t("lastEntry.empty")}</Text>
        )}
      </Section>
    </Stack>
  );
}
