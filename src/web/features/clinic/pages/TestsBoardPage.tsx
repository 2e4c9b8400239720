import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TestBoardItem, TestState } from "../../../../common/contracts/clinic";
import type { Site } from "../../../../common/contracts/sites";
import { useCan } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { quickPeriod } from "../../door-report/door-report.period";
import { todayIn } from "../../sites/format";
import { formatDateAt } from "../clinic.format";
import { clinicPaths } from "../clinic.paths";
import { useTestBoard } from "../clinic.queries";
import { BOARD_GROUPS, daysBetween, stateSince } from "../clinic.tests-board";
import { ClinicIcon, type ClinicIconName } from "../components/ClinicIcon";
import { SiteGate } from "../components/SiteGate";
import { TestStep, useTestName } from "../components/TestStep";
import { TurnaroundTable } from "../components/TurnaroundTable";

const GROUP_ICONS: Record<TestState, ClinicIconName> = {
  result_in: "result_in",
  taken: "taken",
  sent: "sent",
  told: "told",
};

/** The tests board: every test from taken to told, results waiting to be told first. */
export function TestsBoardPage() {
  const { t } = useTranslation("clinic");
  usePageTitle(t("board.title"));
  return (
    <Stack gap="lg" maw={1200}>
      <SiteGate>
        {(site, picker) => (
          <>
            <Group justify="space-between" align="flex-end">
              <Stack gap={4} maw={760}>
                <Title order={1}>{t("board.title")}</Title>
                <Text c="dark.6">{t("board.intro")}</Text>
              </Stack>
              {picker}
            </Group>
            <Board key={site.id} site={site} />
          </>
        )}
      </SiteGate>
    </Stack>
  );
}

function Board({ site }: { site: Site }) {
  const { t } = useTranslation("clinic");
  const [showTold, setShowTold] = useState(false);
  const mayReadStatistics = useCan("clinic.statistics");
  const period = useMemo(() => quickPeriod("last12Months", todayIn(site.timeZone)), [site.timeZone]);
  // A step refused because a colleague moved the test first: said above the board, where it stays
  // in view while the row moves to the group it is in now.
  const [movedOn, setMovedOn] = useState<string | null>(null);
  return (
    <Stack gap="xl">
      <div role="alert">
        {movedOn && (
          <Alert
            color="orange"
            variant="light"
            withCloseButton
            closeButtonLabel={t("board.dismiss")}
            onClose={() => setMovedOn(null)}
          >
            <Text c="dark.9">{movedOn}</Text>
          </Alert>
        )}
      </div>
      {BOARD_GROUPS.filter((state) => state !== "told").map((state) => (
        <BoardGroup key={state} site={site} state={state} onMovedOn={setMovedOn} />
      ))}
      <Stack gap="sm">
        <Button
          variant="default"
          onClick={() => setShowTold((shown) => !shown)}
          aria-expanded={showTold}
          leftSection={<ClinicIcon icon="told" />}
          style={{ alignSelf: "flex-start" }}
        >
          {showTold ? t("board.hideTold") : t("board.showTold")}
        </Button>
        {showTold && <BoardGroup site={site} state="told" onMovedOn={setMovedOn} />}
      </Stack>
      {mayReadStatistics && (
        <TurnaroundTable siteId={site.id} period={period} caption={t("turnaround.caption")} />
      )}
    </Stack>
  );
}

interface BoardGroupProps {
  site: Site;
  state: TestState;
  onMovedOn: (message: string) => void;
}

function BoardGroup({ site, state, onMovedOn }: BoardGroupProps) {
  const { t } = useTranslation("clinic");
  const board = useTestBoard(site.id, state);
  const headingId = `board-${state}`;
  const items = board.data?.pages.flatMap((page) => page.items) ?? [];
  const count = board.data?.pages[0]?.counts[state];
  const urgent = state === "result_in" && items.length > 0;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group gap="sm" wrap="nowrap">
        <Text c={urgent ? "red.9" : "calm.9"} component="span">
          <ClinicIcon icon={GROUP_ICONS[state]} size={28} />
        </Text>
        <Title order={2} size="h3" id={headingId}>
          {t(`board.groups.${state}`)}
        </Title>
        {count !== undefined && (
          <Badge
            size="lg"
            variant={urgent ? "filled" : "light"}
            color={urgent ? "red.9" : "gray"}
            radius="sm"
          >
            {count}
          </Badge>
        )}
      </Group>
      {board.isPending ? (
        <FullPageLoader />
      ) : board.isError && items.length === 0 ? (
        <ErrorAlert error={board.error} />
      ) : items.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text c="dark.7">{t(`board.empty.${state}`)}</Text>
        </Paper>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((test) => (
            <BoardRow
              key={test.id}
              test={test}
              timeZone={site.timeZone}
              urgent={state === "result_in"}
              onMovedOn={onMovedOn}
            />
          ))}
        </Stack>
      )}
      {board.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void board.fetchNextPage()}
          loading={board.isFetchingNextPage}
          style={{ alignSelf: "flex-start" }}
        >
          {t("board.more")}
        </Button>
      )}
    </Stack>
  );
}

interface BoardRowProps {
  test: TestBoardItem;
  timeZone: string;
  urgent: boolean;
  onMovedOn: (message: string) => void;
}

function BoardRow({ test, timeZone, urgent, onMovedOn }: BoardRowProps) {
  const { t, i18n } = useTranslation("clinic");
  const testName = useTestName();
  const language = i18n.language;
  const since = stateSince(test);
  const days = daysBetween(since, new Date());
  const labelId = `test-${test.id}`;
  return (
    <li>
      <Paper
        withBorder
        p="sm"
        radius="md"
        style={{
          borderWidth: urgent ? 2 : 1,
          borderColor: urgent ? "var(--mantine-color-red-8)" : undefined,
        }}
      >
        <Group justify="space-between" gap="sm" wrap="wrap" align="center">
          <Group gap="md" wrap="wrap" id={labelId}>
            <Group gap={6} wrap="nowrap">
              <ClinicIcon icon="test" />
              <Text fw={700} c="dark.9">
                {testName(test)}
              </Text>
            </Group>
            <Text fw={600} ff="ui-monospace, monospace" c="dark.9">
              {test.visitorCode ?? (test.codeErased ? t("code.erased") : t("code.anonymous"))}
            </Text>
            <Text size="sm" c="dark.7">
              {t("board.takenOn", { date: formatDateAt(test.takenAt, timeZone, language) })}
            </Text>
            {test.state !== "told" && (
              <Group gap={4} wrap="nowrap">
                <ClinicIcon icon="clock" size={16} />
                <Text size="sm" c={days >= 14 ? "red.9" : "dark.7"} fw={days >= 14 ? 600 : undefined}>
                  {days === 0 ? t("board.waitingToday") : t("board.waiting", { count: days })}
                </Text>
              </Group>
            )}
          </Group>
          <Group gap="sm" wrap="wrap">
            <Anchor component={Link} to={clinicPaths.consultation(test.consultationId)} size="sm">
              {t("board.openConsultation")}
            </Anchor>
            <TestStep test={test} describedBy={labelId} onMovedOn={onMovedOn} />
          </Group>
        </Group>
      </Paper>
    </li>
  );
}
