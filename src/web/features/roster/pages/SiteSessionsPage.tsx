import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { OnDuty, StaffSession } from "../../../../common/contracts/roster";
import type { Site } from "../../../../common/contracts/sites";
import { isApiError } from "../../../api/client";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { SiteHeader } from "../../sites/components/SiteHeader";
import { addDays, formatShortDate, todayIn } from "../../sites/format";
import { useSite } from "../../sites/sites.queries";
import { AssignDutyModal } from "../components/AssignDutyModal";
import { SessionCard } from "../components/SessionCard";
import { useRemoveDuty } from "../roster.mutations";
import { useSessions } from "../roster.queries";

/** Two weeks of sessions at a time. */
const SPAN_DAYS = 14;

export function SiteSessionsPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation(["roster", "sites"]);
  const site = useSite(siteId);
  usePageTitle(site.data ? t("roster:sessions.title", { site: site.data.name }) : t("sites:site.sessions"));
  if (site.isPending) return <FullPageLoader />;
  if (site.isError) {
    return (
      <Stack maw={720}>
        <Title order={1}>{t("sites:site.sessions")}</Title>
        {isApiError(site.error) && site.error.code === "NOT_FOUND" ? (
          <Text>{t("sites:site.notFound")}</Text>
        ) : (
          <ErrorAlert error={site.error} />
        )}
      </Stack>
    );
  }
  return <SessionsView site={site.data} />;
}

type Dialog =
  | { kind: "assign"; session: StaffSession; when: string }
  | { kind: "remove"; duty: OnDuty }
  | null;

function SessionsView({ site }: { site: Site }) {
  const { t, i18n } = useTranslation(["roster", "sites"]);
  const today = useMemo(() => todayIn(site.timeZone), [site.timeZone]);
  const [offset, setOffset] = useState(0);
  const from = addDays(today, offset * SPAN_DAYS);
  const range = { from, to: addDays(from, SPAN_DAYS - 1) };
  const sessions = useSessions(site.id, range);
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useRemoveDuty(site.id);
  const canManage = site.can.manageRoster;
  const date = (d: string) => formatShortDate(d, i18n.language);

  const close = () => {
    setDialog(null);
    remove.reset();
  };

  const list = () => {
    if (sessions.isPending) return <FullPageLoader />;
    if (sessions.isError) return <ErrorAlert error={sessions.error} />;
    if (sessions.data.items.length === 0) {
      return (
        <Paper withBorder p="xl">
          <Text ta="center">{t("roster:sessions.empty")}</Text>
        </Paper>
      );
    }
    return (
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("roster:sessions.listLabel")}
      >
        {sessions.data.items.map((session) => (
          <SessionCard
            key={session.key}
            session={session}
            canManage={canManage}
            onAssign={(s, when) => setDialog({ kind: "assign", session: s, when })}
            onRemove={(duty) => setDialog({ kind: "remove", duty })}
          />
        ))}
      </Stack>
    );
  };

  return (
    <Stack gap="lg" maw={1000}>
      <SiteHeader
        site={site}
        active="sessions"
        title={t("roster:sessions.title", { site: site.name })}
        intro={t("roster:sessions.intro")}
      />
      <Group justify="space-between">
        <Text fw={600} aria-live="polite">
          {t("roster:sessions.range", { from: date(range.from), to: date(range.to) })}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => setOffset((o) => o - 1)}>
            {t("roster:sessions.previous")}
          </Button>
          <Button variant="default" onClick={() => setOffset(0)} disabled={offset === 0}>
            {t("roster:sessions.today")}
          </Button>
          <Button variant="default" onClick={() => setOffset((o) => o + 1)}>
            {t("roster:sessions.next")}
          </Button>
        </Group>
      </Group>
      {list()}
      {dialog?.kind === "assign" && (
        <AssignDutyModal
          siteId={site.id}
          session={dialog.session}
          when={dialog.when}
          onClose={close}
          onSaved={(name) => {
            close();
            notifications.show({ color: "calm", message: t("roster:sessions.assigned", { name }) });
          }}
        />
      )}
      {dialog?.kind === "remove" && (
        <ConfirmDialog
          opened
          danger
          title={t("roster:sessions.removeTitle", { name: dialog.duty.displayName })}
          message={
            dialog.duty.recurring
              ? t("roster:sessions.removeConfirmWeekly", { name: dialog.duty.displayName })
              : t("roster:sessions.removeConfirmOnce", { name: dialog.duty.displayName })
          }
          confirmLabel={t("roster:sessions.remove")}
          busy={remove.isPending}
          error={remove.error}
          onCancel={close}
          onConfirm={() =>
            remove.mutate(dialog.duty.assignmentId, {
              onSuccess: () => {
                close();
                notifications.show({ color: "calm", message: t("roster:sessions.removed") });
              },
            })
          }
        />
      )}
    </Stack>
  );
}
