import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Tonight, Visit } from "../../../../common/contracts/visits";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { DoorDiaryLink } from "../../diary/components/DoorDiaryLink";
import { HandoverBanner } from "../../handover/components/HandoverBanner";
import { useSites } from "../../sites/sites.queries";
import { CHECK_IN_CODE_ID, CheckInPanel } from "../components/CheckInPanel";
import { Headcount } from "../components/Headcount";
import { LanguageMatches } from "../components/LanguageMatches";
import { SessionControl } from "../components/SessionControl";
import { TonightInfo } from "../components/TonightInfo";
import { VisitList } from "../components/VisitList";
import { VisitPanel } from "../components/VisitPanel";
import { formatTimeAt, rememberDoorSite } from "../door.format";
import { doorPaths } from "../door.paths";
import { doorKeys, useCatalogue, useTonight } from "../door.queries";

/** Tonight's board of one site: the page staff live in while the door is open. */
export function TonightPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("door");
  const tonight = useTonight(siteId);
  usePageTitle(tonight.data ? t("tonight.title", { site: tonight.data.site.name }) : t("start.title"));

  useEffect(() => {
    if (tonight.data) rememberDoorSite(tonight.data.site.id);
  }, [tonight.data]);

  if (tonight.isPending) return <FullPageLoader />;
  if (tonight.isError && !tonight.data) {
    const notFound = isApiError(tonight.error) && tonight.error.code === "NOT_FOUND";
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("start.title")}</Title>
        {notFound ? <Text>{t("tonight.notFound")}</Text> : <ErrorAlert error={tonight.error} />}
        <Group>
          {!notFound && (
            <Button onClick={() => void tonight.refetch()} loading={tonight.isFetching}>
              {t("tonight.retry")}
            </Button>
          )}
          <Anchor component={Link} to={doorPaths.start()}>
            {t("tonight.chooseSite")}
          </Anchor>
        </Group>
      </Stack>
    );
  }
  return (
    <Board
      key={siteId}
      tonight={tonight.data}
      refreshFailed={tonight.isError}
      updatedAt={tonight.dataUpdatedAt}
    />
  );
}

/** Mantine's md breakpoint, where the check-in form and the visit stand side by side. */
const SIDE_BY_SIDE = "(min-width: 62em)";
/** The shell's header is 64 px; a little air below it. */
const HEADER_OFFSET = 80;

interface Selected {
  id: string;
  issued: boolean;
  focus: boolean;
}

function Board({
  tonight,
  refreshFailed,
  updatedAt,
}: {
  tonight: Tonight;
  refreshFailed: boolean;
  updatedAt: number;
}) {
  const { t, i18n } = useTranslation("door");
  const siteId = tonight.site.id;
  const timeZone = tonight.site.timeZone;
  const catalogue = useCatalogue(siteId);
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<Selected | null>(null);
  const session = tonight.session;

  const panelTop = useRef<HTMLDivElement>(null);

  const open = (visit: Visit, options: { issued: boolean; focus: boolean }) => {
    queryClient.setQueryData(doorKeys.visit(visit.id), visit);
    setSelected({ id: visit.id, ...options });
  };

  // After a check-in the panel opens beside the form: bring its top (her new code) into view there.
  // Where the two are stacked (a tablet held upright), the form stays where it is.
  const showPanelBeside = () => {
    window.requestAnimationFrame(() => {
      if (!window.matchMedia(SIDE_BY_SIDE).matches) return;
      const top = panelTop.current?.getBoundingClientRect().top;
      if (top !== undefined && top < HEADER_OFFSET) panelTop.current?.scrollIntoView({ block: "start" });
    });
  };

  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("tonight.title", { site: tonight.site.name })}</Title>
        <Group gap="sm" align="flex-end">
          <DoorDiaryLink siteId={siteId} />
          <SitePicker siteId={siteId} />
        </Group>
      </Group>
      <HandoverBanner siteId={siteId} place="door" />

      {refreshFailed && (
        <Alert color="yellow" variant="light" role="status">
          <Text c="dark.9">
            {t("tonight.stale", {
              time: formatTimeAt(new Date(updatedAt).toISOString(), timeZone, i18n.language),
            })}
          </Text>
        </Alert>
      )}

      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <SessionControl
            siteId={siteId}
            timeZone={timeZone}
            session={session}
            headcount={tonight.headcount}
          />
          <Headcount tonight={tonight} />
        </SimpleGrid>
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <div style={{ position: "sticky", top: HEADER_OFFSET }}>
            <CheckInPanel
              siteId={siteId}
              timeZone={timeZone}
              session={session}
              frequent={tonight.frequentNationalities}
              onCheckedIn={(visit, outcome) => {
                open(visit, { issued: outcome.issued, focus: false });
                showPanelBeside();
              }}
            />
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg" ref={panelTop} style={{ scrollMarginTop: HEADER_OFFSET }}>
            {selected && (
              <VisitPanel
                key={selected.id}
                siteId={siteId}
                visitId={selected.id}
                timeZone={timeZone}
                issued={selected.issued}
                sessionOpen={session?.state === "open"}
                catalogue={catalogue}
                focusOnOpen={selected.focus}
                onClose={() => {
                  setSelected(null);
                  document.getElementById(CHECK_IN_CODE_ID)?.focus();
                }}
              />
            )}
            <LanguageMatches siteId={siteId} matches={tonight.languageMatches} />
            <VisitList
              visits={tonight.recentVisits}
              timeZone={timeZone}
              selectedId={selected?.id ?? null}
              onSelect={(visit) => open(visit, { issued: false, focus: true })}
            />
          </Stack>
        </Grid.Col>
      </Grid>

      <TonightInfo tonight={tonight} />
    </Stack>
  );
}

/** For staff who work at more than one site: which site's door this is. */
function SitePicker({ siteId }: { siteId: string }) {
  const { t } = useTranslation("door");
  const sites = useSites();
  const navigate = useNavigate();
  const items = sites.data?.items ?? [];
  if (items.length < 2) return null;
  return (
    <NativeSelect
      label={t("tonight.site")}
      value={siteId}
      data={items.map((site) => ({ value: site.id, label: site.name }))}
      onChange={(event) => navigate(doorPaths.tonight(event.currentTarget.value))}
      size="md"
      miw={220}
    />
  );
}
