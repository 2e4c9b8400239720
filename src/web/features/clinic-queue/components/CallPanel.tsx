import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { ClinicKind, Queue, QueueTicket } from "../../../../common/contracts/clinic-queue";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { languageName } from "../../../i18n/languages";
import { formatTime } from "../clinic-queue.format";
import { type TicketAction, useCallNext, useTicketAction } from "../clinic-queue.mutations";
import { ClinicKindLabel } from "./ClinicKindLabel";
import { QueueIcon } from "./QueueIcon";

/**
 * The nurse's own panel: "Call next" while she calls nobody; once she calls a woman, her number large
 * and the three ways it ends. A double click calls one woman: the server answers the one already called.
 */
export function CallPanel({ siteId, queue }: { siteId: string; queue: Queue }) {
  const { t } = useTranslation("clinic-queue");
  const callNext = useCallNext(siteId);

  if (!queue.can.call) return null;
  if (queue.myCall) return <MyCall siteId={siteId} ticket={queue.myCall} />;

  const waitingKinds = [
    ...new Set(
      queue.tickets.filter((ticket) => ticket.status === "waiting").map((ticket) => ticket.clinicKind),
    ),
  ];
  const call = (kind: ClinicKind | undefined) =>
    callNext.mutate(kind, {
      // "Already calling" (a double click, a second tab) needs no words: her panel shows that woman.
      onSuccess: (result) => {
        if (!result.ticket) notifications.show({ color: "yellow", message: t("call.nobodyFound") });
      },
    });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="clinic-call-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="clinic-call-title">
          {t("call.title")}
        </Title>
        {waitingKinds.length === 0 ? (
          <>
            <Button size="xl" disabled leftSection={<QueueIcon icon="call" size={28} />}>
              {t("call.next")}
            </Button>
            <Text>{t("call.nobodyWaiting")}</Text>
          </>
        ) : waitingKinds.length === 1 ? (
          <Button
            size="xl"
            h={72}
            loading={callNext.isPending}
            leftSection={<QueueIcon icon="call" size={28} />}
            onClick={() => call(undefined)}
          >
            {t("call.next")}
          </Button>
        ) : (
          waitingKinds.map((kind) => (
            <Button
              key={kind}
              size="xl"
              h={72}
              loading={callNext.isPending && callNext.variables === kind}
              disabled={callNext.isPending && callNext.variables !== kind}
              leftSection={<QueueIcon icon={kind} size={28} />}
              onClick={() => call(kind)}
            >
              {t("call.nextFor", { clinic: t(`clinic.${kind}`) })}
            </Button>
          ))
        )}
        <ErrorAlert error={callNext.error} />
      </Stack>
    </Paper>
  );
}

function MyCall({ siteId, ticket }: { siteId: string; ticket: QueueTicket }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const action = useTicketAction(siteId);
  const finish = (
    kind: Exclude<TicketAction, "call" | "withdraw">,
    noticeKey: "call.doneNotice" | "call.noShowNotice" | "call.turnAwayNotice",
  ) =>
    action.mutate(
      { id: ticket.id, action: kind },
      {
        onSuccess: () =>
          notifications.show({ color: "calm", message: t(noticeKey, { number: ticket.number }) }),
      },
    );
  const busy = (kind: TicketAction) => action.isPending && action.variables?.action === kind;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="clinic-my-call"
      bg="calm.0"
      style={{ borderWidth: 2, borderColor: "var(--mantine-color-calm-8)" }}
    >
      <Stack gap="sm">
        <Text fw={600} id="clinic-my-call">
          {t("call.calling")}
        </Text>
        <Text
          fz={64}
          fw={800}
          lh={1}
          c="dark.9"
          aria-label={t("call.callingNumber", { number: ticket.number })}
        >
          {ticket.number}
        </Text>
        <Group gap="sm">
          <ClinicKindLabel kind={ticket.clinicKind} fw={600} />
          <Text fw={600} ff={ticket.visitorCode ? "ui-monospace, monospace" : undefined}>
            {ticket.visitorCode ?? t("call.anonymous")}
          </Text>
          {ticket.languageNeeded && (
            <Badge color="orange.9" size="lg" leftSection={<QueueIcon icon="language" size={14} />}>
              {t("call.interpreterNeeded", { language: languageName(ticket.languageNeeded, i18n.language) })}
            </Badge>
          )}
          {ticket.appointmentStartsAt && (
            <Badge variant="outline" color="dark" size="lg">
              {t("call.appointmentAt", { time: formatTime(ticket.appointmentStartsAt) })}
            </Badge>
          )}
        </Group>
        <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <Button
            size="lg"
            color="teal.9"
            leftSection={<QueueIcon icon="done" size={22} />}
            loading={busy("done")}
            disabled={action.isPending && !busy("done")}
            onClick={() => finish("done", "call.doneNotice")}
          >
            {t("call.done")}
          </Button>
          <Button
            size="lg"
            variant="default"
            leftSection={<QueueIcon icon="noShow" size={22} />}
            loading={busy("no-show")}
            disabled={action.isPending && !busy("no-show")}
            onClick={() => finish("no-show", "call.noShowNotice")}
          >
            {t("call.noShow")}
          </Button>
          <Button
            size="lg"
            variant="default"
            leftSection={<QueueIcon icon="turnAway" size={22} />}
            loading={busy("turn-away")}
            disabled={action.isPending && !busy("turn-away")}
            onClick={() => finish("turn-away", "call.turnAwayNotice")}
          >
            {t("call.turnAway")}
          </Button>
        </Group>
        <ErrorAlert error={action.error} />
      </Stack>
    </Paper>
  );
}
