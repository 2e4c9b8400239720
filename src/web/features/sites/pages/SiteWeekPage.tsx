import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type {
  Activity,
  Closure,
  OneOffOpening,
  PilotPeriod,
  Week,
  WeeklyOpening,
} from "../../../../common/contracts/sites";
import { isApiError } from "../../../api/client";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { ActivityFormModal } from "../components/ActivityFormModal";
import { ClosureFormModal } from "../components/ClosureFormModal";
import { EntryTable } from "../components/EntryTable";
import { OneOffOpeningFormModal } from "../components/OneOffOpeningFormModal";
import { PilotPeriodFormModal } from "../components/PilotPeriodFormModal";
import { SiteHeader } from "../components/SiteHeader";
import { WeekGrid } from "../components/WeekGrid";
import { WeeklyOpeningFormModal } from "../components/WeeklyOpeningFormModal";
import { formatShortDate } from "../format";
import { type EntryKind, useRemoveEntry } from "../sites.mutations";
import { useWeek } from "../sites.queries";

type Dialog =
  | { kind: "weekly"; opening?: WeeklyOpening }
  | { kind: "oneOff"; opening?: OneOffOpening }
  | { kind: "closure"; closure?: Closure }
  | { kind: "pilot"; pilotPeriod?: PilotPeriod }
  | { kind: "activity"; activity?: Activity; opening?: WeeklyOpening }
  | { kind: "remove"; entry: EntryKind; id: string; title: string; message: string }
  | null;

/** A site's week: the grid of weekly openings, then one-offs, closures, pilot periods, one-time activities. */
export function SiteWeekPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("sites");
  const week = useWeek(siteId);
  usePageTitle(week.data ? t("week.title", { site: week.data.site.name }) : t("site.week"));
  if (week.isPending) return <FullPageLoader />;
  if (week.isError) {
    return (
      <Stack maw={720}>
        <Title order={1}>{t("site.week")}</Title>
        {isApiError(week.error) && week.error.code === "NOT_FOUND" ? (
          <Text>{t("site.notFound")}</Text>
        ) : (
          <ErrorAlert error={week.error} />
        )}
      </Stack>
    );
  }
  return <WeekView week={week.data} />;
}

function WeekView({ week }: { week: Week }) {
  const { t, i18n } = useTranslation("sites");
  const siteId = week.site.id;
  const editable = week.site.can.editSchedule;
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useRemoveEntry(siteId);
  const date = (d: string) => formatShortDate(d, i18n.language);
  const describeWeekly = (o: WeeklyOpening) =>
    t("weekly.describe", {
      weekday: t(`weekdaysInText.${o.weekday as 1}`),
      start: o.startsAt,
      end: o.endsAt,
    });

  const close = () => {
    setDialog(null);
    remove.reset();
  };
  const saved = () => {
    setDialog(null);
    notifications.show({ color: "calm", message: t("week.saved") });
  };

  const current = week.weeklyOpenings.filter((o) => !o.validTo || o.validTo >= week.today);
  const ended = week.weeklyOpenings.filter((o) => o.validTo && o.validTo < week.today);
  const oneTimeActivities = week.activities.filter((a) => a.onDate !== null);
  const pilotLabel = (id: string | null) => week.pilotPeriods.find((p) => p.id === id)?.label ?? "";
  const askRemove = (entry: EntryKind, id: string, title: string, message: string) =>
    setDialog({ kind: "remove", entry, id, title, message });
  const askRemoveWeekly = (opening: WeeklyOpening) =>
    askRemove(
      "weeklyOpening",
      opening.id,
      t("weekly.removeTitle"),
      t("weekly.removeConfirm", { what: describeWeekly(opening) }),
    );
  const askRemoveActivity = (activity: Activity) =>
    askRemove(
      "activity",
      activity.id,
      t("activities.removeTitle"),
      t("activities.removeConfirm", { what: t(`activityKinds.${activity.kind}`) }),
    );

  return (
    <Stack gap="xl" maw={1400}>
      <SiteHeader
        site={week.site}
        active="week"
        title={t("week.title", { site: week.site.name })}
        intro={t("week.intro")}
      />

      {editable && (
        <Group gap="sm">
          <Button onClick={() => setDialog({ kind: "weekly" })}>{t("week.addWeekly")}</Button>
          <Button variant="light" onClick={() => setDialog({ kind: "oneOff" })}>
            {t("week.addOneOff")}
          </Button>
          <Button variant="light" onClick={() => setDialog({ kind: "closure" })}>
            {t("week.addClosure")}
          </Button>
          <Button variant="light" onClick={() => setDialog({ kind: "pilot" })}>
            {t("week.addPilot")}
          </Button>
        </Group>
      )}

      <Stack gap="xs">
        <Title order={2} size="h3" id="week-grid-heading">
          {t("week.gridLabel")}
        </Title>
        {current.length === 0 ? (
          <Paper withBorder p="xl">
            <Stack gap="xs" align="center">
              <Text fw={600}>{t("week.empty")}</Text>
              {editable && (
                <>
                  <Text c="dark.6">{t("week.emptyEdit")}</Text>
                  <Button onClick={() => setDialog({ kind: "weekly" })}>{t("week.addWeekly")}</Button>
                </>
              )}
            </Stack>
          </Paper>
        ) : (
          <WeekGrid
            labelledBy="week-grid-heading"
            openings={current}
            activities={week.activities}
            pilotPeriods={week.pilotPeriods}
            today={week.today}
            actions={
              editable
                ? {
                    onEdit: (opening) => setDialog({ kind: "weekly", opening }),
                    onAddActivity: (opening) => setDialog({ kind: "activity", opening }),
                    onEditActivity: (activity, opening) => setDialog({ kind: "activity", activity, opening }),
                  }
                : undefined
            }
          />
        )}
      </Stack>

      <EntryTable
        id="one-off-heading"
        title={t("oneOff.title")}
        empty={t("oneOff.empty")}
        columns={[t("table.date"), t("table.time"), t("table.label")]}
        rows={week.oneOffOpenings.map((o) => ({
          id: o.id,
          describe: `${date(o.onDate)} ${o.startsAt}–${o.endsAt}`,
          cells: [
            date(o.onDate),
            `${o.startsAt}–${o.endsAt}${o.overnight ? ` (${t("week.untilNextDay", { time: o.endsAt })})` : ""}`,
            [o.label, o.pilotPeriodId ? t("week.pilotBadge", { label: pilotLabel(o.pilotPeriodId) }) : ""]
              .filter(Boolean)
              .join(" · "),
          ],
        }))}
        addLabel={t("week.addOneOff")}
        onAdd={editable ? () => setDialog({ kind: "oneOff" }) : undefined}
        onEdit={
          editable
            ? (id) => setDialog({ kind: "oneOff", opening: week.oneOffOpenings.find((o) => o.id === id) })
            : undefined
        }
        onRemove={
          editable
            ? (id) => {
                const o = week.oneOffOpenings.find((x) => x.id === id);
                askRemove(
                  "oneOffOpening",
                  id,
                  t("oneOff.removeTitle"),
                  t("oneOff.removeConfirm", { date: o ? date(o.onDate) : "" }),
                );
              }
            : undefined
        }
      />

      <EntryTable
        id="one-time-activities-heading"
        title={t("activities.oneTimeTitle")}
        empty={t("activities.empty")}
        columns={[t("table.date"), t("table.time"), t("table.activity")]}
        rows={oneTimeActivities.map((a) => ({
          id: a.id,
          describe: `${t(`activityKinds.${a.kind}`)} ${date(a.onDate ?? "")}`,
          cells: [
            date(a.onDate ?? ""),
            `${a.startsAt}–${a.endsAt}`,
            [t(`activityKinds.${a.kind}`), a.title].filter(Boolean).join(" · "),
          ],
        }))}
        addLabel={t("week.addOneTimeActivity")}
        onAdd={editable ? () => setDialog({ kind: "activity" }) : undefined}
        onEdit={
          editable
            ? (id) => setDialog({ kind: "activity", activity: week.activities.find((a) => a.id === id) })
            : undefined
        }
        onRemove={
          editable
            ? (id) => {
                const a = week.activities.find((x) => x.id === id);
                askRemove(
                  "activity",
                  id,
                  t("activities.removeTitle"),
                  t("activities.removeConfirm", { what: a ? t(`activityKinds.${a.kind}`) : "" }),
                );
              }
            : undefined
        }
      />

      <EntryTable
        id="closures-heading"
        title={t("closures.title")}
        intro={t("closures.intro")}
        empty={t("closures.empty")}
        columns={[t("table.dates"), t("table.reason")]}
        rows={week.closures.map((c) => ({
          id: c.id,
          describe: `${date(c.startsOn)} – ${date(c.endsOn)}`,
          cells: [
            c.startsOn === c.endsOn ? date(c.startsOn) : `${date(c.startsOn)} – ${date(c.endsOn)}`,
            c.reason,
          ],
        }))}
        addLabel={t("week.addClosure")}
        onAdd={editable ? () => setDialog({ kind: "closure" }) : undefined}
        onEdit={
          editable
            ? (id) => setDialog({ kind: "closure", closure: week.closures.find((c) => c.id === id) })
            : undefined
        }
        onRemove={
          editable
            ? (id) => askRemove("closure", id, t("closures.removeTitle"), t("closures.removeConfirm"))
            : undefined
        }
      />

      <EntryTable
        id="pilots-heading"
        title={t("pilots.title")}
        intro={t("pilots.intro")}
        empty={t("pilots.empty")}
        columns={[t("table.label"), t("table.dates")]}
        rows={week.pilotPeriods.map((p) => ({
          id: p.id,
          describe: p.label,
          cells: [p.label, `${date(p.startsOn)} – ${date(p.endsOn)}`],
        }))}
        addLabel={t("week.addPilot")}
        onAdd={editable ? () => setDialog({ kind: "pilot" }) : undefined}
        onEdit={
          editable
            ? (id) => setDialog({ kind: "pilot", pilotPeriod: week.pilotPeriods.find((p) => p.id === id) })
            : undefined
        }
        onRemove={
          editable
            ? (id) =>
                askRemove(
                  "pilotPeriod",
                  id,
                  t("pilots.removeTitle"),
                  t("pilots.removeConfirm", { label: pilotLabel(id) }),
                )
            : undefined
        }
      />

      {ended.length > 0 && (
        <EntryTable
          id="ended-heading"
          title={t("week.ended")}
          intro={t("week.endedIntro")}
          empty=""
          columns={[t("fields.weekday"), t("table.time"), t("table.dates")]}
          rows={ended.map((o) => ({
            id: o.id,
            describe: describeWeekly(o),
            cells: [
              t(`weekdays.${o.weekday as 1}`),
              `${o.startsAt}–${o.endsAt}`,
              `${date(o.validFrom)} – ${date(o.validTo ?? "")}`,
            ],
          }))}
          onEdit={
            editable
              ? (id) => setDialog({ kind: "weekly", opening: ended.find((o) => o.id === id) })
              : undefined
          }
          onRemove={
            editable
              ? (id) => {
                  const o = ended.find((x) => x.id === id);
                  askRemove(
                    "weeklyOpening",
                    id,
                    t("weekly.removeTitle"),
                    t("weekly.removeConfirm", { what: o ? describeWeekly(o) : "" }),
                  );
                }
              : undefined
          }
        />
      )}

      {dialog?.kind === "weekly" && (
        <WeeklyOpeningFormModal
          siteId={siteId}
          opening={dialog.opening}
          pilotPeriods={week.pilotPeriods}
          today={week.today}
          onClose={close}
          onSaved={saved}
          onRemove={() => dialog.opening && askRemoveWeekly(dialog.opening)}
        />
      )}
      {dialog?.kind === "oneOff" && (
        <OneOffOpeningFormModal
          siteId={siteId}
          opening={dialog.opening}
          pilotPeriods={week.pilotPeriods}
          today={week.today}
          onClose={close}
          onSaved={saved}
        />
      )}
      {dialog?.kind === "closure" && (
        <ClosureFormModal
          siteId={siteId}
          closure={dialog.closure}
          today={week.today}
          onClose={close}
          onSaved={saved}
        />
      )}
      {dialog?.kind === "pilot" && (
        <PilotPeriodFormModal
          siteId={siteId}
          pilotPeriod={dialog.pilotPeriod}
          today={week.today}
          onClose={close}
          onSaved={saved}
        />
      )}
      {dialog?.kind === "activity" && (
        <ActivityFormModal
          siteId={siteId}
          activity={dialog.activity}
          opening={
            dialog.opening ??
            week.weeklyOpenings.find(
              (o) => dialog.activity?.weeklyOpeningId && o.id === dialog.activity.weeklyOpeningId,
            )
          }
          today={week.today}
          onClose={close}
          onSaved={saved}
          onRemove={() => dialog.activity && askRemoveActivity(dialog.activity)}
        />
      )}
      {dialog?.kind === "remove" && (
        <ConfirmDialog
          opened
          danger
          title={dialog.title}
          message={dialog.message}
          confirmLabel={t("week.remove")}
          busy={remove.isPending}
          error={remove.error}
          onCancel={close}
          onConfirm={() =>
            remove.mutate(
              { kind: dialog.entry, id: dialog.id },
              {
                onSuccess: () => {
                  close();
                  notifications.show({ color: "calm", message: t("week.removed") });
                },
              },
            )
          }
        />
      )}
    </Stack>
  );
}
