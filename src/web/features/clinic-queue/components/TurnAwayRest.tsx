import { Button, Group, Modal, Radio, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClinicKind, Queue } from "../../../../common/contracts/clinic-queue";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { useTurnAwayRest } from "../clinic-queue.mutations";
import { QueueIcon } from "./QueueIcon";

/**
 * The end of the evening: everyone still waiting (of one clinic, or both) is turned away and counted,
 * the evidence for more clinic hours. Asks first, with the count.
 */
export function TurnAwayRest({ siteId, queue }: { siteId: string; queue: Queue }) {
  const { t } = useTranslation("clinic-queue");
  const { t: tc } = useTranslation();
  const turnAway = useTurnAwayRest(siteId);
  const [open, setOpen] = useState(false);
  const [which, setWhich] = useState<"any" | ClinicKind>("any");

  const waiting = queue.tickets.filter((ticket) => ticket.status === "waiting");
  if (!queue.can.call || waiting.length === 0) return null;
  const kinds = [...new Set(waiting.map((ticket) => ticket.clinicKind))];
  const count =
    which === "any" ? waiting.length : waiting.filter((ticket) => ticket.clinicKind === which).length;

  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        size="md"
        leftSection={<QueueIcon icon="turnAway" />}
        onClick={() => {
          turnAway.reset();
          setWhich("any");
          setOpen(true);
        }}
        style={{ alignSelf: "flex-start" }}
      >
        {t("turnAwayRest.button")}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t("turnAwayRest.title")}>
        <Stack>
          {kinds.length > 1 && (
            <Radio.Group
              label={t("turnAwayRest.which")}
              value={which}
              onChange={(value) => setWhich(value as "any" | ClinicKind)}
            >
              <Stack gap="xs" mt={6}>
                <Radio value="any" label={`${t("clinic.any")} (${waiting.length})`} />
                {kinds.map((kind) => (
                  <Radio
                    key={kind}
                    value={kind}
                    label={`${t(`clinic.${kind}`)} (${waiting.filter((ticket) => ticket.clinicKind === kind).length})`}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Text>{t("turnAwayRest.message", { count })}</Text>
          <ErrorAlert error={turnAway.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {tc("actions.cancel")}
            </Button>
            <Button
              color="red"
              loading={turnAway.isPending}
              onClick={() =>
                turnAway.mutate(which === "any" ? undefined : which, {
                  onSuccess: (result) => {
                    setOpen(false);
                    notifications.show({
                      color: "calm",
                      message: t("turnAwayRest.done", { count: result.turnedAway }),
                    });
                  },
                })
              }
            >
              {t("turnAwayRest.confirm")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
