import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import type { ClinicKind } from "../../../../common/contracts/clinic-queue";
import type { Visit } from "../../../../common/contracts/visits";
import { useCan } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { languageName } from "../../../i18n/languages";
import { languageNeededFor, openTicketOfVisit } from "../../clinic-queue/clinic-queue.logic";
import { useTakeTicket } from "../../clinic-queue/clinic-queue.mutations";
import { useQueue } from "../../clinic-queue/clinic-queue.queries";
import { QueueIcon } from "../../clinic-queue/components/QueueIcon";

/**
 * "Clinic ticket" on her visit: one tap gives her a number for tonight's clinic (the language she
 * needs comes from what the door recorded). Shows her number once she has one. Only while a clinic
 * takes tickets and she has not left.
 */
export function ClinicTicketAction({ siteId, visit }: { siteId: string; visit: Visit }) {
  const canQueue = useCan("clinic.queue");
  if (!canQueue) return null;
  return <TicketAction siteId={siteId} visit={visit} />;
}

function TicketAction({ siteId, visit }: { siteId: string; visit: Visit }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const queue = useQueue(siteId, { poll: false });
  const take = useTakeTicket(siteId);
  if (!queue.data) return null;

  const ticket = openTicketOfVisit(queue.data.tickets, visit);
  if (ticket) {
    return (
      <Badge
        size="xl"
        radius="sm"
        color="calm.9"
        variant="light"
        leftSection={<QueueIcon icon="ticket" size={18} />}
      >
        {ticket.status === "called"
          ? t("door.hasCalled", { number: ticket.number })
          : t("door.has", { number: ticket.number, clinic: t(`clinic.${ticket.clinicKind}`) })}
      </Badge>
    );
  }
  if (queue.data.clinics.length === 0 || visit.leftAt !== null) return null;
  const kinds = queue.data.takingTickets;
  if (kinds.length === 0) {
    return (
      <Text size="sm" c="dark.7">
        {t("door.notTaking")}
      </Text>
    );
  }

  const languageNeeded = languageNeededFor(visit.languages);
  const give = (clinicKind: ClinicKind | undefined) =>
    take.mutate(
      { visitId: visit.id, ...(clinicKind ? { clinicKind } : {}), languageNeeded },
      {
        onSuccess: ({ ticket: given }) =>
          notifications.show({ color: "calm", message: t("door.given", { number: given.number }) }),
      },
    );

  return (
    <Stack gap={6}>
      <Group gap="sm">
        {kinds.length === 1 ? (
          <Button
            size="lg"
            variant="default"
            leftSection={<QueueIcon icon="ticket" size={22} />}
            loading={take.isPending}
            onClick={() => give(undefined)}
          >
            {t("door.ticket")}
          </Button>
        ) : (
          kinds.map((kind) => (
            <Button
              key={kind}
              size="lg"
              variant="default"
              leftSection={<QueueIcon icon={kind} size={22} />}
              loading={take.isPending && take.variables?.clinicKind === kind}
              disabled={take.isPending && take.variables?.clinicKind !== kind}
              onClick={() => give(kind)}
            >
              {t("door.ticketFor", { clinic: t(`clinic.${kind}`) })}
            </Button>
          ))
        )}
      </Group>
      {languageNeeded && (
        <Text size="sm" c="dark.7">
          {t("door.withLanguage", { language: languageName(languageNeeded, i18n.language) })}
        </Text>
      )}
      <ErrorAlert error={take.error} />
    </Stack>
  );
}
