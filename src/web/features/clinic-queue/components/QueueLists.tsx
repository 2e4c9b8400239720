import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Queue, QueueTicket } from "../../../../common/contracts/clinic-queue";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { languageName } from "../../../i18n/languages";
import { formatTimeAt } from "../../door/door.format";
import { formatTime } from "../clinic-queue.format";
import { groupTickets } from "../clinic-queue.logic";
import { useTicketAction } from "../clinic-queue.mutations";
import { ClinicKindLabel } from "./ClinicKindLabel";
import { QueueIcon } from "./QueueIcon";

const mono = "ui-monospace, monospace";

/** Tonight's tickets: waiting (in number order, with their actions), being called, and finished. */
export function QueueLists({ siteId, queue }: { siteId: string; queue: Queue }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const language = i18n.language;
  const timeZone = queue.site.timeZone;
  const groups = groupTickets(queue.tickets);
  // The nurse's own call stands large in her panel; this list shows the other nurses' calls.
  const othersCalling = groups.calling.filter((ticket) => ticket.id !== queue.myCall?.id);
  const action = useTicketAction(siteId);
  const [withdrawing, setWithdrawing] = useState<QueueTicket | null>(null);
  const canCallOutOfTurn = queue.can.call && queue.myCall === null;

  const who = (ticket: QueueTicket) => ticket.visitorCode ?? t("call.anonymous");
  const source = (ticket: QueueTicket) =>
    ticket.source === "appointment"
      ? t("source.appointment", {
          time: ticket.appointmentStartsAt ? formatTime(ticket.appointmentStartsAt) : "",
        })
      : t(`source.${ticket.source}`);

  return (
    <Stack gap="lg">
      {othersCalling.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="clinic-calling">
          <Title order={2} size="h3" id="clinic-calling">
            {t("list.callingTitle")}
          </Title>
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {othersCalling.map((ticket) => (
              <Paper key={ticket.id} component="li" withBorder p="sm" radius="md" bg="calm.0">
                <Group gap="md">
                  <Text fz={28} fw={800} lh={1} c="dark.9">
                    {ticket.number}
                  </Text>
                  <ClinicKindLabel kind={ticket.clinicKind} />
                  <Text fw={600} ff={ticket.visitorCode ? mono : undefined}>
                    {who(ticket)}
                  </Text>
                  {ticket.calledBy && (
                    <Text c="dark.7">{t("list.calledBy", { name: ticket.calledBy.displayName })}</Text>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        </Stack>
      )}

      <Stack gap="xs" component="section" aria-labelledby="clinic-waiting">
        <Title order={2} size="h3" id="clinic-waiting">
          {t("list.waitingTitle")}
        </Title>
        <ErrorAlert error={withdrawing ? null : action.error} />
        {groups.waiting.length === 0 ? (
          <Paper withBorder p="lg" radius="md">
            <Text ta="center">{t("list.waitingEmpty")}</Text>
          </Paper>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover aria-labelledby="clinic-waiting">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("list.number")}</Table.Th>
                  <Table.Th scope="col">{t("list.clinic")}</Table.Th>
                  <Table.Th scope="col">{t("list.who")}</Table.Th>
                  <Table.Th scope="col">{t("list.language")}</Table.Th>
                  <Table.Th scope="col">{t("list.taken")}</Table.Th>
                  <Table.Th scope="col">{t("list.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.waiting.map((ticket) => (
                  <Table.Tr key={ticket.id}>
                    <Table.Th scope="row">
                      <Text fz="xl" fw={800} c="dark.9">
                        {ticket.number}
                      </Text>
                    </Table.Th>
                    <Table.Td>
                      <ClinicKindLabel kind={ticket.clinicKind} />
                    </Table.Td>
                    <Table.Td>
                      <Text
                        fw={600}
                        ff={ticket.visitorCode ? mono : undefined}
                        style={{ whiteSpace: "nowrap" }}
                      >
                        {who(ticket)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {ticket.languageNeeded ? (
                        <Badge
                          color="orange.9"
                          variant="filled"
                          leftSection={<QueueIcon icon="language" size={12} />}
                        >
                          {languageName(ticket.languageNeeded, language)}
                        </Badge>
                      ) : (
                        <Text c="dark.6" aria-hidden>
                          {t("list.noLanguage")}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text ff={mono}>{formatTimeAt(ticket.takenAt, timeZone, language)}</Text>
                      <Group gap={4} wrap="nowrap" c="dark.7">
                        <QueueIcon icon={ticket.source} size={14} />
                        <Text size="sm">{source(ticket)}</Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {canCallOutOfTurn && (
                          <Button
                            size="sm"
                            variant="light"
                            aria-label={t("list.callThisLabel", { number: ticket.number })}
                            loading={
                              action.isPending &&
                              action.variables?.id === ticket.id &&
                              action.variables.action === "call"
                            }
                            onClick={() => action.mutate({ id: ticket.id, action: "call" })}
                          >
                            {t("list.callThis")}
                          </Button>
                        )}
                        <Button
                          size="sm"
                          variant="subtle"
                          color="dark"
                          aria-label={t("list.withdrawLabel", { number: ticket.number })}
                          onClick={() => {
                            action.reset();
                            setWithdrawing(ticket);
                          }}
                        >
                          {t("list.withdraw")}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="clinic-finished">
        <Title order={2} size="h4" id="clinic-finished">
          {t("list.finishedTitle", { count: groups.finished.length })}
        </Title>
        {groups.finished.length === 0 ? (
          <Text c="dark.7">{t("list.finishedEmpty")}</Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {groups.finished.map((ticket) => (
              <Group key={ticket.id} component="li" gap="sm" wrap="wrap">
                <Text fw={700} miw={32} c="dark.9">
                  {ticket.number}
                </Text>
                <Badge variant="outline" color={ticket.status === "done" ? "teal.9" : "dark"}>
                  {t(`status.${ticket.status}`)}
                </Badge>
                <Text c="dark.7" size="sm">
                  {t(`clinic.${ticket.clinicKind}`)}
                </Text>
                <Text size="sm" ff={ticket.visitorCode ? mono : undefined} c="dark.8">
                  {who(ticket)}
                </Text>
                {ticket.finishedAt && (
                  <Text size="sm" c="dark.7">
                    {t("list.finishedAt", { time: formatTimeAt(ticket.finishedAt, timeZone, language) })}
                  </Text>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>

      <ConfirmDialog
        opened={withdrawing !== null}
        title={t("list.withdrawTitle", { number: withdrawing?.number ?? "" })}
        message={t("list.withdrawMessage")}
        confirmLabel={t("list.withdraw")}
        busy={action.isPending}
        error={action.error}
        onCancel={() => setWithdrawing(null)}
        onConfirm={() => {
          if (!withdrawing) return;
          const number = withdrawing.number;
          action.mutate(
            { id: withdrawing.id, action: "withdraw" },
            {
              onSuccess: () => {
                setWithdrawing(null);
                notifications.show({ color: "calm", message: t("list.withdrawn", { number }) });
              },
            },
          );
        }}
      />
    </Stack>
  );
}
