import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { type Appointment, CLINIC_KINDS, type ClinicKind } from "../../../../common/contracts/clinic-queue";
import type { Site } from "../../../../common/contracts/sites";
import { isApiError } from "../../../api/client";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { languageName } from "../../../i18n/languages";
import { useSite } from "../../sites/sites.queries";
import { formatDay, formatTime } from "../clinic-queue.format";
import { type BookableClinic, bookableClinics, bookingRange, dateAt } from "../clinic-queue.logic";
import { useAppointmentAction } from "../clinic-queue.mutations";
import { clinicQueuePaths } from "../clinic-queue.paths";
import { useAppointments, useSlots } from "../clinic-queue.queries";
import { BookAppointmentModal, type ChosenSlot } from "../components/BookAppointmentModal";
import { ClinicKindLabel } from "../components/ClinicKindLabel";
import { ClinicSitePicker, ClinicSiteStart } from "../components/ClinicSiteStart";
import { QueueIcon } from "../components/QueueIcon";

/** "Clinic appointments" in the navigation: the only site's, or the chosen one's. */
export function AppointmentsStartPage() {
  const { t } = useTranslation("clinic-queue");
  return <ClinicSiteStart title={t("start.appointmentsTitle")} target={clinicQueuePaths.appointmentsOf} />;
}

export function AppointmentsPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("clinic-queue");
  const site = useSite(siteId);
  usePageTitle(site.data ? t("appointments.title", { site: site.data.name }) : t("start.appointmentsTitle"));

  if (site.isPending) return <FullPageLoader />;
  if (site.isError) {
    const notFound = isApiError(site.error) && site.error.code === "NOT_FOUND";
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("start.appointmentsTitle")}</Title>
        {notFound ? <Text>{t("site.notFound")}</Text> : <ErrorAlert error={site.error} />}
        <Anchor component={Link} to={clinicQueuePaths.appointments()}>
          {t("site.chooseSite")}
        </Anchor>
      </Stack>
    );
  }
  return <Appointments key={siteId} site={site.data} />;
}

type Filter = "any" | ClinicKind;

function Appointments({ site }: { site: Site }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const language = i18n.language;
  const [page, setPage] = useState(0);
  const [filter, setFilter] = useState<Filter>("any");
  const [chosen, setChosen] = useState<ChosenSlot | null>(null);
  const today = dateAt(site.timeZone, new Date());
  const { from, to } = bookingRange(today, page);
  const kind = filter === "any" ? null : filter;
  const slots = useSlots(site.id, from, to, kind);
  const appointments = useAppointments(site.id, from, to);
  const clinics = slots.data ? bookableClinics(slots.data, kind) : [];

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("appointments.title", { site: site.name })}</Title>
        <ClinicSitePicker siteId={site.id} target={clinicQueuePaths.appointmentsOf} />
      </Group>
      <Group gap="lg">
        <Anchor component={Link} to={clinicQueuePaths.deskOf(site.id)} fw={600}>
          {t("start.title")}
        </Anchor>
        <Anchor component={Link} to={clinicQueuePaths.slotSettingsOf(site.id)}>
          {t("appointments.settings")}
        </Anchor>
      </Group>

      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" gap="md">
          <Stack gap={4}>
            <Text fw={600} id="appointments-clinic-filter">
              {t("appointments.clinicFilter")}
            </Text>
            <SegmentedControl
              aria-labelledby="appointments-clinic-filter"
              value={filter}
              onChange={(value) => setFilter(value as Filter)}
              data={[
                { value: "any", label: t("clinic.any") },
                ...CLINIC_KINDS.map((value) => ({ value, label: t(`clinic.${value}`) })),
              ]}
            />
          </Stack>
          <Group gap="sm">
            <Button
              variant="default"
              disabled={page === 0}
              onClick={() => setPage((was) => Math.max(0, was - 1))}
            >
              {t("appointments.previous")}
            </Button>
            <Text fw={700} aria-live="polite">
              {t("appointments.range", {
                from: formatDay(from, language, "short"),
                to: formatDay(to, language, "short"),
              })}
            </Text>
            <Button variant="default" onClick={() => setPage((was) => was + 1)}>
              {t("appointments.next")}
            </Button>
          </Group>
        </Group>
      </Paper>

      <Stack gap="sm" component="section" aria-labelledby="appointments-slots">
        <Title order={2} size="h3" id="appointments-slots">
          {t("appointments.slotsTitle")}
        </Title>
        <Text c="dark.7">{t("appointments.slotsHelp")}</Text>
        {slots.isPending ? (
          <FullPageLoader />
        ) : slots.isError && !slots.data ? (
          <ErrorAlert error={slots.error} />
        ) : clinics.length === 0 ? (
          <Paper withBorder p="lg" radius="md">
            <Text ta="center">{t("appointments.noClinics")}</Text>
          </Paper>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {clinics.map((clinic) => (
              <ClinicDay
                key={`${clinic.date}-${clinic.clinicKind}-${clinic.startsAt}`}
                clinic={clinic}
                onChoose={setChosen}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>

      <AppointmentList siteId={site.id} appointments={appointments} />

      {chosen && (
        <BookAppointmentModal
          siteId={site.id}
          slot={chosen}
          onClose={() => setChosen(null)}
          onBooked={(appointment) => {
            setChosen(null);
            notifications.show({
              color: "calm",
              message: t("book.booked", {
                day: formatDay(appointment.date, language),
                time: formatTime(appointment.startsAt),
              }),
            });
          }}
        />
      )}
    </Stack>
  );
}

function ClinicDay({ clinic, onChoose }: { clinic: BookableClinic; onChoose: (slot: ChosenSlot) => void }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const headingId = `slots-${clinic.date}-${clinic.clinicKind}-${clinic.startsAt}`.replace(/:/g, "");
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {formatDay(clinic.date, i18n.language)}
          </Title>
          {clinic.closed ? (
            <Badge color="red.9" variant="outline">
              {t("appointments.closedDay")}
            </Badge>
          ) : (
            <Badge color={clinic.free > 0 ? "teal.9" : "gray.7"} variant="filled">
              {t("appointments.freeCount", { count: clinic.free })}
            </Badge>
          )}
        </Group>
        <Group gap="sm">
          <ClinicKindLabel kind={clinic.clinicKind} fw={600} />
          <Text ff="ui-monospace, monospace">
            {formatTime(clinic.startsAt)}–{formatTime(clinic.endsAt)}
          </Text>
        </Group>
        {!clinic.closed && (
          <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {clinic.slots.map((slot) => {
              const time = formatTime(slot.startsAt);
              return (
                <li key={slot.startsAt}>
                  {slot.state === "free" ? (
                    <Button
                      variant="outline"
                      size="md"
                      ff="ui-monospace, monospace"
                      aria-label={`${t("appointments.slotFree", { time })}, ${formatDay(clinic.date, i18n.language)}, ${t(`clinic.${clinic.clinicKind}`)}`}
                      onClick={() =>
                        onChoose({
                          date: clinic.date,
                          clinicKind: clinic.clinicKind,
                          startsAt: slot.startsAt,
                          endsAt: slot.endsAt,
                        })
                      }
                    >
                      {time}
                    </Button>
                  ) : (
                    <Button
                      variant="light"
                      color="gray"
                      size="md"
                      disabled
                      ff="ui-monospace, monospace"
                      td={slot.state === "booked" ? "line-through" : undefined}
                      aria-label={
                        slot.state === "booked"
                          ? t("appointments.slotBooked", { time })
                          : t("appointments.slotPast", { time })
                      }
                    >
                      {time}
                    </Button>
                  )}
                </li>
              );
            })}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function AppointmentList({
  siteId,
  appointments,
}: {
  siteId: string;
  appointments: ReturnType<typeof useAppointments>;
}) {
  const { t, i18n } = useTranslation("clinic-queue");
  const language = i18n.language;
  const action = useAppointmentAction(siteId);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const items = appointments.data?.items ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="appointments-list">
      <Title order={2} size="h3" id="appointments-list">
        {t("appointments.listTitle")}
      </Title>
      {appointments.isPending ? (
        <FullPageLoader />
      ) : appointments.isError && !appointments.data ? (
        <ErrorAlert error={appointments.error} />
      ) : items.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text ta="center">{t("appointments.listEmpty")}</Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-labelledby="appointments-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("appointments.date")}</Table.Th>
                <Table.Th scope="col">{t("appointments.time")}</Table.Th>
                <Table.Th scope="col">{t("appointments.clinic")}</Table.Th>
                <Table.Th scope="col">{t("appointments.code")}</Table.Th>
                <Table.Th scope="col">{t("appointments.language")}</Table.Th>
                <Table.Th scope="col">{t("appointments.status")}</Table.Th>
                <Table.Th scope="col">{t("appointments.bookedBy")}</Table.Th>
                <Table.Th scope="col">{t("appointments.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((appointment) => {
                const date = formatDay(appointment.date, language, "short");
                const time = formatTime(appointment.startsAt);
                return (
                  <Table.Tr key={appointment.id}>
                    <Table.Td>{date}</Table.Td>
                    <Table.Td ff="ui-monospace, monospace">
                      {time}–{formatTime(appointment.endsAt)}
                    </Table.Td>
                    <Table.Td>
                      <ClinicKindLabel kind={appointment.clinicKind} />
                    </Table.Td>
                    <Table.Td ff="ui-monospace, monospace" fw={600}>
                      {appointment.visitorCode ?? t("appointments.erasedCode")}
                    </Table.Td>
                    <Table.Td>
                      {appointment.languageNeeded ? (
                        <Group gap={4} wrap="nowrap">
                          <QueueIcon icon="language" size={16} />
                          {languageName(appointment.languageNeeded, language)}
                        </Group>
                      ) : (
                        <span aria-hidden>{t("list.noLanguage")}</span>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={appointment.status === "booked" ? "calm.9" : "dark"}>
                        {t(`appointmentStatus.${appointment.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{appointment.bookedBy?.displayName ?? ""}</Table.Td>
                    <Table.Td>
                      {appointment.status === "booked" && (
                        <Button
                          size="sm"
                          variant="subtle"
                          color="red"
                          c="red.9"
                          aria-label={t("appointments.cancelLabel", { time, date })}
                          onClick={() => {
                            action.reset();
                            setCancelling(appointment);
                          }}
                        >
                          {t("appointments.cancel")}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={cancelling !== null}
        danger
        title={t("appointments.cancelTitle")}
        message={
          cancelling
            ? t("appointments.cancelMessage", {
                date: formatDay(cancelling.date, language),
                time: formatTime(cancelling.startsAt),
              })
            : ""
        }
        confirmLabel={t("appointments.cancelConfirm")}
        busy={action.isPending}
        error={action.error}
        onCancel={() => setCancelling(null)}
        onConfirm={() => {
          if (!cancelling) return;
          action.mutate(
            { id: cancelling.id, action: "cancel" },
            {
              onSuccess: () => {
                setCancelling(null);
                notifications.show({ color: "calm", message: t("appointments.cancelled") });
              },
            },
          );
        }}
      />
    </Stack>
  );
}
