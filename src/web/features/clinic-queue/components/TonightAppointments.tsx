import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { Appointment, Queue } from "../../../../common/contracts/clinic-queue";
import { useCan } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { languageName } from "../../../i18n/languages";
import { formatTime } from "../clinic-queue.format";
import { useAppointmentAction } from "../clinic-queue.mutations";
import { ClinicKindLabel } from "./ClinicKindLabel";
import { QueueIcon } from "./QueueIcon";

/**
 * Tonight's booked appointments at the desk: "She has come" gives her a ticket that is called first
 * once her time has come; the nurse marks one who never came.
 */
export function TonightAppointments({ siteId, queue }: { siteId: string; queue: Queue }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const action = useAppointmentAction(siteId);
  const canArrive = useCan("clinic.queue") && queue.session !== null;
  const ticketNumber = (appointment: Appointment) =>
    queue.tickets.find((ticket) => ticket.id === appointment.ticketId)?.number ?? null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="clinic-appointments-tonight">
      <Title order={2} size="h3" id="clinic-appointments-tonight">
        {t("tonightAppointments.title")}
      </Title>
      <ErrorAlert error={action.error} />
      {queue.appointments.length === 0 ? (
        <Text c="dark.7">{t("tonightAppointments.empty")}</Text>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {queue.appointments.map((appointment) => {
            const time = formatTime(appointment.startsAt);
            const code = appointment.visitorCode ?? t("appointments.erasedCode");
            const number = ticketNumber(appointment);
            const busy = (kind: "arrived" | "no-show") =>
              action.isPending && action.variables?.id === appointment.id && action.variables.action === kind;
            return (
              <Paper key={appointment.id} component="li" withBorder p="sm" radius="md">
                <Group justify="space-between" gap="sm">
                  <Group gap="sm">
                    <Text fw={700} ff="ui-monospace, monospace" c="dark.9">
                      {time}
                    </Text>
                    <ClinicKindLabel kind={appointment.clinicKind} />
                    <Text fw={600} ff="ui-monospace, monospace">
                      {code}
                    </Text>
                    {appointment.languageNeeded && (
                      <Badge color="orange.9" leftSection={<QueueIcon icon="language" size={12} />}>
                        {languageName(appointment.languageNeeded, i18n.language)}
                      </Badge>
                    )}
                    <Badge variant="outline" color={appointment.status === "booked" ? "calm.9" : "dark"}>
                      {t(`appointmentStatus.${appointment.status}`)}
                    </Badge>
                    {number !== null && (
                      <Badge variant="light" color="dark">
                        {t("tonightAppointments.ticket", { number })}
                      </Badge>
                    )}
                  </Group>
                  {appointment.status === "booked" && (
                    <Group gap="xs">
                      {canArrive && (
                        <Button
                          size="sm"
                          variant="light"
                          aria-label={t("tonightAppointments.arrivedLabel", { code, time })}
                          loading={busy("arrived")}
                          onClick={() =>
                            action.mutate(
                              { id: appointment.id, action: "arrived" },
                              {
                                onSuccess: (result) =>
                                  notifications.show({
                                    color: "calm",
                                    message: t("tonightAppointments.arrivedNotice", {
                                      number: result.ticket?.number ?? "",
                                    }),
                                  }),
                              },
                            )
                          }
                        >
                          {t("tonightAppointments.arrived")}
                        </Button>
                      )}
                      {queue.can.call && (
                        <Button
                          size="sm"
                          variant="subtle"
                          color="dark"
                          aria-label={t("tonightAppointments.noShowLabel", { code, time })}
                          loading={busy("no-show")}
                          onClick={() => action.mutate({ id: appointment.id, action: "no-show" })}
                        >
                          {t("tonightAppointments.noShow")}
                        </Button>
                      )}
                    </Group>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
