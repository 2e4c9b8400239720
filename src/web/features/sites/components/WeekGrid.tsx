import { Anchor, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Activity, PilotPeriod, WeeklyOpening } from "../../../../common/contracts/sites";
import { formatShortDate } from "../format";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
type Weekday = (typeof WEEKDAYS)[number];
const asWeekday = (n: number) => (((n - 1 + 7) % 7) + 1) as Weekday;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** Where a time falls in a session, so that 00:30 comes after 23:30 in a night. */
const placeIn = (opening: WeeklyOpening, time: string) =>
  (minutes(time) - minutes(opening.startsAt) + 1440) % 1440;

/** Removing happens inside the edit forms, so the grid needs no menus. */
export interface WeekGridActions {
  onEdit: (opening: WeeklyOpening) => void;
  onAddActivity: (opening: WeeklyOpening) => void;
  onEditActivity: (activity: Activity, opening: WeeklyOpening) => void;
}

interface WeekGridProps {
  openings: WeeklyOpening[];
  activities: Activity[];
  pilotPeriods: PilotPeriod[];
  today: string;
  /** Editing buttons only for those who may change the week. */
  actions?: WeekGridActions;
  labelledBy: string;
}

/**
 * The week in seven columns, Monday to Sunday. Each weekly opening is a block with its times and
 * activities; one that runs past midnight says so and shows again, dashed, at the top of the next day.
 */
export function WeekGrid(props: WeekGridProps) {
  const { t } = useTranslation("sites");
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2, md: 4, xl: 7 }}
      spacing="sm"
      verticalSpacing="sm"
      role="list"
      aria-labelledby={props.labelledBy}
    >
      {WEEKDAYS.map((weekday) => {
        const headingId = `weekday-${weekday}`;
        const own = props.openings
          .filter((o) => o.weekday === weekday)
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
        const spills = props.openings.filter((o) => o.overnight && asWeekday(o.weekday + 1) === weekday);
        return (
          <Paper
            key={weekday}
            role="listitem"
            withBorder
            p="xs"
            bg="gray.0"
            mih={180}
            aria-labelledby={headingId}
          >
            <Title order={3} size="h5" id={headingId} mb="xs">
              {t(`weekdays.${weekday}`)}
            </Title>
            <Stack gap="xs">
              {spills.map((opening) => (
                <Paper
                  key={`spill-${opening.id}`}
                  p={8}
                  withBorder
                  style={{ borderStyle: "dashed" }}
                  bg="calm.0"
                >
                  <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
                    00:00–{opening.endsAt}
                  </Text>
                  <Text size="xs" c="dark.6" lh={1.3}>
                    {t("week.continuesUntil", { time: opening.endsAt })}
                  </Text>
                </Paper>
              ))}
              {own.map((opening) => (
                <OpeningBlock key={opening.id} opening={opening} {...props} />
              ))}
              {own.length === 0 && spills.length === 0 && (
                <Text size="sm" c="dark.5">
                  {t("week.noOpening")}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}

function OpeningBlock({ opening, ...props }: WeekGridProps & { opening: WeeklyOpening }) {
  const { t, i18n } = useTranslation("sites");
  const describe = t("weekly.describe", {
    weekday: t(`weekdaysInText.${asWeekday(opening.weekday)}`),
    start: opening.startsAt,
    end: opening.endsAt,
  });
  const pilot = props.pilotPeriods.find((p) => p.id === opening.pilotPeriodId);
  const activities = props.activities
    .filter((a) => a.weeklyOpeningId === opening.id)
    .sort((a, b) => placeIn(opening, a.startsAt) - placeIn(opening, b.startsAt));
  const date = (d: string) => formatShortDate(d, i18n.language);
  const validity =
    opening.validFrom > props.today && opening.validTo
      ? t("week.fromUntil", { from: date(opening.validFrom), until: date(opening.validTo) })
      : opening.validTo
        ? t("week.until", { date: date(opening.validTo) })
        : opening.validFrom > props.today
          ? t("week.from", { date: date(opening.validFrom) })
          : null;
  const actions = props.actions;

  return (
    <Paper
      p={8}
      withBorder
      bg="white"
      style={{ borderLeft: `4px solid var(--mantine-color-calm-${opening.overnight ? 9 : 6})` }}
      role="group"
      aria-label={describe}
    >
      <Text fw={700} style={{ whiteSpace: "nowrap" }}>
        {opening.startsAt}–{opening.endsAt}
      </Text>
      {opening.overnight && (
        <Text size="xs" c="calm.9" fw={600} lh={1.3}>
          {t("week.pastMidnight")}, {t("week.untilNextDay", { time: opening.endsAt })}
        </Text>
      )}
      {pilot && (
        <Text size="xs" c="grape.9" fw={600} lh={1.3} mt={2}>
          {t("week.pilotBadge", { label: pilot.label })}
        </Text>
      )}
      {validity && (
        <Text size="xs" c="dark.6" lh={1.3} mt={2}>
          {validity}
        </Text>
      )}
      {activities.length > 0 && (
        <Stack
          component="ul"
          aria-label={t("week.activitiesLabel")}
          gap={6}
          m={0}
          mt={8}
          p={0}
          style={{ listStyle: "none" }}
        >
          {activities.map((activity) => {
            const content = (
              <>
                <Text span display="block" size="xs" c="dark.6" style={{ whiteSpace: "nowrap" }}>
                  {activity.startsAt}–{activity.endsAt}
                </Text>
                <Text span display="block" size="sm" lh={1.3}>
                  {t(`activityKinds.${activity.kind}`)}
                </Text>
                {activity.title && (
                  <Text span display="block" size="xs" c="dark.6" lh={1.3}>
                    {activity.title}
                  </Text>
                )}
              </>
            );
            return (
              <li key={activity.id}>
                {actions ? (
                  // The whole activity is the button that opens it for editing (and removing).
                  <UnstyledButton
                    onClick={() => actions.onEditActivity(activity, opening)}
                    w="100%"
                    style={{ borderRadius: 4 }}
                  >
                    <VisuallyHidden>{t("week.edit")}: </VisuallyHidden>
                    {content}
                  </UnstyledButton>
                ) : (
                  content
                )}
              </li>
            );
          })}
        </Stack>
      )}
      {actions && (
        <Stack gap={2} mt={8} align="flex-start">
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => actions.onEdit(opening)}
            aria-label={`${t("week.edit")} ${describe}`}
          >
            {t("week.edit")}
          </Anchor>
          <Anchor
            component="button"
            type="button"
            size="xs"
            ta="left"
            onClick={() => actions.onAddActivity(opening)}
            aria-label={`${t("week.addActivity")}: ${describe}`}
          >
            {t("week.addActivity")}
          </Anchor>
        </Stack>
      )}
    </Paper>
  );
}
