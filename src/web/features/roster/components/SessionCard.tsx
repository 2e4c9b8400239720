import { Alert, Badge, Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OnDuty, StaffSession } from "../../../../common/contracts/roster";
import { languageName } from "../../../i18n/languages";
import { formatDay } from "../../sites/format";

interface SessionCardProps {
  session: StaffSession;
  canManage: boolean;
  onAssign: (session: StaffSession, when: string) => void;
  onRemove: (duty: OnDuty) => void;
}

/** One session: when, what happens, who is on duty and which languages they bring; a warning if no one. */
export function SessionCard({ session, canManage, onAssign, onRemove }: SessionCardProps) {
  const { t, i18n } = useTranslation(["roster", "sites"]);
  const when = t("roster:sessions.when", {
    date: formatDay(session.date, i18n.language),
    start: session.startsAt,
    end: session.endsAt,
  });
  const headingId = `session-${session.key.replace(/[^0-9a-z]/gi, "-")}`;
  const languages = session.languages.map((code) => languageName(code, i18n.language));
  const closed = session.closure !== null;

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      aria-labelledby={headingId}
      bg={closed ? "gray.1" : "white"}
      style={session.unstaffed ? { borderLeft: "4px solid var(--mantine-color-orange-8)" } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Box>
            <Title order={2} size="h4" id={headingId}>
              {when}
            </Title>
            {session.overnight && (
              <Text size="sm" c="calm.9">
                {t("roster:sessions.untilNextDay", { time: session.endsAt })}
              </Text>
            )}
          </Box>
          <Group gap={4}>
            {session.label && (
              <Badge variant="light" style={{ textTransform: "none" }}>
                {session.label}
              </Badge>
            )}
            {session.pilot && (
              <Badge variant="light" color="grape" style={{ textTransform: "none" }}>
                {t("roster:sessions.pilot", { label: session.pilot.label })}
              </Badge>
            )}
            {session.closure && (
              <Badge variant="filled" color="gray.7" style={{ textTransform: "none" }}>
                {session.closure.reason
                  ? t("roster:sessions.closedBecause", { reason: session.closure.reason })
                  : t("roster:sessions.closed")}
              </Badge>
            )}
          </Group>
        </Group>

        {session.activities.length > 0 && (
          <Text size="sm">
            {session.activities
              .map(
                (a) =>
                  `${a.startsAt}–${a.endsAt} ${t(`sites:activityKinds.${a.kind}`)}${a.title ? ` (${a.title})` : ""}`,
              )
              .join(" · ")}
          </Text>
        )}

        {session.unstaffed && (
          <Alert
            color="orange"
            variant="light"
            title={t("roster:sessions.unstaffedWarning")}
            p="xs"
            styles={{ title: { color: "var(--mantine-color-dark-9)" } }}
          >
            {t("roster:sessions.nobody")}
          </Alert>
        )}

        {!closed && session.onDuty.length > 0 && (
          <Box>
            <Text size="sm" fw={600}>
              {t("roster:sessions.onDuty")}
            </Text>
            <Box component="ul" m={0} pl="md">
              {session.onDuty.map((duty) => (
                <li key={duty.assignmentId}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">
                      {duty.displayName} · {t(`roster:duties.${duty.duty}`)} (
                      {duty.recurring ? t("roster:sessions.everyWeek") : t("roster:sessions.thisSession")})
                      {duty.languages.length > 0 &&
                        ` · ${duty.languages.map((code) => languageName(code, i18n.language)).join(", ")}`}
                    </Text>
                    {canManage && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        c="red.9"
                        aria-label={t("roster:sessions.removeLabel", { name: duty.displayName })}
                        onClick={() => onRemove(duty)}
                      >
                        {t("roster:sessions.remove")}
                      </Button>
                    )}
                  </Group>
                </li>
              ))}
            </Box>
            <Text size="sm" mt={4}>
              <Text span fw={600}>
                {t("roster:sessions.languages")}:
              </Text>{" "}
              {languages.length > 0 ? languages.join(", ") : t("roster:sessions.noLanguages")}
            </Text>
          </Box>
        )}

        {canManage && !closed && (
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() => onAssign(session, when)}
              aria-label={`${t("roster:sessions.assign")}: ${when}`}
            >
              {t("roster:sessions.assign")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
