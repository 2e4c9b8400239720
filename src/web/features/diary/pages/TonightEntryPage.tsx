import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Entry } from "../../../../common/contracts/diary";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { doorPaths } from "../../door/door.paths";
import { DiarySiteNav, rememberDiarySite } from "../components/DiarySiteNav";
import { EntryView } from "../components/EntryView";
import { diaryPaths } from "../diary.paths";
import { useEntry, useTonightEntry } from "../diary.queries";

/** Tonight's entry of a site: where the door's "Diary" link leads. */
export function TonightEntryPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("diary");
  usePageTitle(t("entry.tonightPageTitle"));
  const tonight = useTonightEntry(siteId);

  useEffect(() => {
    if (tonight.data) rememberDiarySite(siteId);
  }, [tonight.data, siteId]);

  const content = () => {
    if (tonight.isPending) return <FullPageLoader />;
    if (tonight.isError && !tonight.data) {
      const notFound = isApiError(tonight.error) && tonight.error.code === "NOT_FOUND";
      return (
        <Stack gap="md" maw={720}>
          <Title order={1}>{t("entry.tonightPageTitle")}</Title>
          {notFound ? <Text>{t("entry.siteNotFound")}</Text> : <ErrorAlert error={tonight.error} />}
          <Group>
            {!notFound && (
              <Button onClick={() => void tonight.refetch()} loading={tonight.isFetching}>
                {t("entry.retry")}
              </Button>
            )}
            <Anchor component={Link} to={diaryPaths.start()}>
              {t("entry.chooseSite")}
            </Anchor>
          </Group>
        </Stack>
      );
    }
    const entry = tonight.data.entry;
    if (!entry) {
      return (
        <Stack gap="md" maw={720}>
          <Title order={1}>{t("entry.tonightPageTitle")}</Title>
          <Paper withBorder p="xl" data-testid="diary-no-session">
            <Stack gap="sm" align="center">
              <Text ta="center">{t("entry.noSession")}</Text>
              <Group>
                <Button component={Link} to={doorPaths.tonight(siteId)} variant="default">
                  {t("entry.toDoor")}
                </Button>
                <Button component={Link} to={diaryPaths.entries(siteId)} variant="default">
                  {t("entry.allEntries")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      );
    }
    return <TonightEntry key={entry.session.id} initial={entry} />;
  };

  return (
    <Stack gap="lg">
      <DiarySiteNav siteId={siteId} current="tonight" />
      {content()}
    </Stack>
  );
}

/** Tonight's session found: its entry as the entry page keeps it (so a save shows at once). */
function TonightEntry({ initial }: { initial: Entry }) {
  const entry = useEntry(initial.session.id);
  return <EntryView entry={entry.data ?? initial} tonight />;
}
