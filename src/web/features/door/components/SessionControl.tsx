import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DoorSession } from "../../../../common/contracts/visits";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { formatTimeAt } from "../door.format";
import { useCloseSession, useOpenSession } from "../door.mutations";

interface SessionControlProps {
  siteId: string;
  timeZone: string;
  session: DoorSession | null;
  /** Women still in the room, named in the question before closing. */
  headcount: number;
}

/** Tonight's session: its state in words and one large button to open or close it. */
export function SessionControl({ siteId, timeZone, session, headcount }: SessionControlProps) {
  const { t, i18n } = useTranslation("door");
  const open = useOpenSession(siteId);
  const close = useCloseSession(siteId);
  const [confirming, setConfirming] = useState(false);
  const time = (instant: string) => formatTimeAt(instant, timeZone, i18n.language);

  if (!session) {
    return (
      <Stack gap={4}>
        <Badge size="xl" color="gray.7" variant="filled">
          {t("session.state.none")}
        </Badge>
        <Text>{t("session.none")}</Text>
      </Stack>
    );
  }

  const hours = t("session.hours", { start: session.startsAt, end: session.endsAt });
  const state =
    session.state === "open"
      ? t("session.openSince", { time: session.openedAt ? time(session.openedAt) : session.startsAt })
      : session.state === "closed"
        ? t("session.closedAt", { time: session.closedAt ? time(session.closedAt) : session.endsAt })
        : t("session.notOpenYet");

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Badge
          size="xl"
          variant="filled"
          color={session.state === "open" ? "teal.9" : session.state === "closed" ? "gray.8" : "yellow.3"}
          c={session.state === "scheduled" ? "dark.9" : "white"}
        >
          {t(`session.state.${session.state}`)}
        </Badge>
        <Text fw={500}>{hours}</Text>
      </Group>
      <Text>{state}</Text>
      {session.state === "open" ? (
        <Button size="lg" variant="default" onClick={() => setConfirming(true)}>
          {t("session.close")}
        </Button>
      ) : (
        <Button
          size="lg"
          loading={open.isPending}
          onClick={() =>
            open.mutate(undefined, {
              onSuccess: () => notifications.show({ color: "calm", message: t("session.opened") }),
            })
          }
        >
          {session.state === "closed" ? t("session.reopen") : t("session.open")}
        </Button>
      )}
      <ErrorAlert error={open.error} />
      <ConfirmDialog
        opened={confirming}
        title={t("session.closeTitle")}
        message={
          headcount > 0 ? t("session.closeConfirmInRoom", { count: headcount }) : t("session.closeConfirm")
        }
        confirmLabel={t("session.close")}
        busy={close.isPending}
        error={close.error}
        onCancel={() => {
          setConfirming(false);
          close.reset();
        }}
        onConfirm={() =>
          close.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notifications.show({ color: "calm", message: t("session.closed") });
            },
          })
        }
      />
    </Stack>
  );
}
