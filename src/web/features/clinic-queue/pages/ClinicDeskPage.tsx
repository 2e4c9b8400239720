import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Queue } from "../../../../common/contracts/clinic-queue";
import { isApiError } from "../../../api/client";
import { useCan } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { formatTimeAt, rememberDoorSite } from "../../door/door.format";
import { formatDay, formatTime } from "../clinic-queue.format";
import { hoursTakingTickets } from "../clinic-queue.logic";
import { clinicQueuePaths } from "../clinic-queue.paths";
import { useQueue } from "../clinic-queue.queries";
import { CallPanel } from "../components/CallPanel";
import { ClinicKindLabel } from "../components/ClinicKindLabel";
import { ClinicSitePicker, ClinicSiteStart } from "../components/ClinicSiteStart";
import { GiveTicketForm } from "../components/GiveTicketForm";
import { InterpretingHints } from "../components/InterpretingHints";
import { QueueIcon } from "../components/QueueIcon";
import { QueueLists } from "../components/QueueLists";
import { TonightAppointments } from "../components/TonightAppointments";
import { TurnAwayRest } from "../components/TurnAwayRest";

/** "Clinic queue" in the navigation: the desk of the only site, or of the one chosen. */
export function ClinicQueueStartPage() {
  const { t } = useTranslation("clinic-queue");
  return <ClinicSiteStart title={t("start.title")} target={clinicQueuePaths.deskOf} />;
}

/** Tonight's clinic desk at one site: the page the nurse and the door share while the clinic runs. */
export function ClinicDeskPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("clinic-queue");
  const queue = useQueue(siteId);
  usePageTitle(queue.data ? t("desk.title", { site: queue.data.site.name }) : t("start.title"));

  useEffect(() => {
    if (queue.data) rememberDoorSite(queue.data.site.id);
  }, [queue.data]);

  if (queue.isPending) return <FullPageLoader />;
  if (queue.isError && !queue.data) {
    const notFound = isApiError(queue.error) && queue.error.code === "NOT_FOUND";
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("start.title")}</Title>
        {notFound ? <Text>{t("site.notFound")}</Text> : <ErrorAlert error={queue.error} />}
        <Group>
          {!notFound && (
            <Button onClick={() => void queue.refetch()} loading={queue.isFetching}>
              {t("site.retry")}
            </Button>
          )}
          <Anchor component={Link} to={clinicQueuePaths.desk()}>
            {t("site.chooseSite")}
          </Anchor>
        </Group>
      </Stack>
    );
  }
  return (
    <Desk key={siteId} queue={queue.data} refreshFailed={queue.isError} updatedAt={queue.dataUpdatedAt} />
  );
}

function Desk({
  queue,
  refreshFailed,
  updatedAt,
}: {
  queue: Queue;
  refreshFailed: boolean;
  updatedAt: number;
}) {
  const { t, i18n } = useTranslation("clinic-queue");
  const siteId = queue.site.id;
  const canBook = useCan("clinic.appointment");

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("desk.title", { site: queue.site.name })}</Title>
        <ClinicSitePicker siteId={siteId} target={clinicQueuePaths.deskOf} />
      </Group>

      <Group gap="lg">
        <Anchor component={Link} to={clinicQueuePaths.screenOf(siteId)} target="_blank" fw={600}>
          <Group gap={6} component="span" wrap="nowrap">
            <QueueIcon icon="screen" />
            {t("desk.openScreen")}
            <VisuallyHidden> {t("desk.newTab")}</VisuallyHidden>
          </Group>
        </Anchor>
        {canBook && (
          <>
            <Anchor component={Link} to={clinicQueuePaths.appointmentsOf(siteId)} fw={600}>
              <Group gap={6} component="span" wrap="nowrap">
                <QueueIcon icon="calendar" />
                {t("desk.appointments")}
              </Group>
            </Anchor>
            <Anchor component={Link} to={clinicQueuePaths.slotSettingsOf(siteId)}>
              {t("desk.slotSettings")}
            </Anchor>
          </>
        )}
      </Group>

      {refreshFailed && (
        <Alert color="yellow" variant="light" role="status">
          <Text c="dark.9">
            {t("desk.stale", {
              time: formatTimeAt(new Date(updatedAt).toISOString(), queue.site.timeZone, i18n.language),
            })}
          </Text>
        </Alert>
      )}

      <ClinicStatus queue={queue} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <CallPanel siteId={siteId} queue={queue} />
            {!queue.can.call && (
              <Text c="dark.7" size="sm">
                {t("call.noCallPermission")}
              </Text>
            )}
            <GiveTicketForm siteId={siteId} queue={queue} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <InterpretingHints interpreting={queue.interpreting} />
            <QueueLists siteId={siteId} queue={queue} />
            <TurnAwayRest siteId={siteId} queue={queue} />
            <TonightAppointments siteId={siteId} queue={queue} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Tonight's clinic hours and whether they take tickets, and the evening's counts. */
function ClinicStatus({ queue }: { queue: Queue }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const next = queue.nextClinic;
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Stack gap="xs">
          {!queue.session && <Text fw={600}>{t("desk.noSession")}</Text>}
          {queue.clinics.length === 0 ? (
            <>
              <Text fw={600}>{t("desk.noClinic")}</Text>
              {next && (
                <Text>
                  {t("desk.nextClinic", {
                    day: formatDay(next.date, i18n.language),
                    start: formatTime(next.startsAt),
                    end: formatTime(next.endsAt),
                    clinic: t(`clinic.${next.clinicKind}`),
                  })}
                </Text>
              )}
            </>
          ) : (
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
              {queue.clinics.map((clinic) => {
                const taking = hoursTakingTickets(clinic, queue.takingTickets, Date.now());
                return (
                  <Group key={`${clinic.clinicKind}-${clinic.startsAt}`} component="li" gap="sm">
                    <ClinicKindLabel kind={clinic.clinicKind} fw={600} />
                    <Text ff="ui-monospace, monospace" fw={600}>
                      {formatTime(clinic.startsAt)}–{formatTime(clinic.endsAt)}
                    </Text>
                    <Badge color={taking ? "teal.9" : "gray.7"} variant={taking ? "filled" : "outline"}>
                      {taking ? t("desk.takingTickets") : t("desk.notTakingTickets")}
                    </Badge>
                  </Group>
                );
              })}
            </Stack>
          )}
          {queue.clinics.length > 0 && queue.takingTickets.length === 0 && (
            <Text size="sm" c="dark.7">
              {t("desk.ticketsFrom")}
            </Text>
          )}
        </Stack>
        <Stack gap={4} component="section" aria-labelledby="clinic-counts">
          <VisuallyHidden>
            <h2 id="clinic-counts">{t("counts.title")}</h2>
          </VisuallyHidden>
          <SimpleGrid cols={4} spacing="xs" component="dl" m={0}>
            <Count label={t("counts.waiting")} value={queue.counts.waiting} />
            <Count label={t("counts.done")} value={queue.counts.done} />
            <Count label={t("counts.noShow")} value={queue.counts.noShow} />
            <Count label={t("counts.turnedAway")} value={queue.counts.turnedAway} />
          </SimpleGrid>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div style={{ display: "flex", flexDirection: "column-reverse" }}>
      <Text component="dt" size="sm" c="dark.7">
        {label}
      </Text>
      <Text component="dd" m={0} fz={32} fw={700} lh={1.1} c="dark.9">
        {value}
      </Text>
    </div>
  );
}
