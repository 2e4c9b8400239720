import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { DiarySiteNav } from "../components/DiarySiteNav";
import { EntryView } from "../components/EntryView";
import { diaryPaths } from "../diary.paths";
import { useEntry } from "../diary.queries";

/** Any session's entry, by the session's id. */
export function EntryPage() {
  const { sessionId = "" } = useParams();
  const { t } = useTranslation("diary");
  usePageTitle(t("entry.pageTitle"));
  const entry = useEntry(sessionId);

  if (entry.isPending) return <FullPageLoader />;
  if (entry.isError && !entry.data) {
    const notFound = isApiError(entry.error) && entry.error.code === "NOT_FOUND";
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{t("entry.pageTitle")}</Title>
        {notFound ? <Text>{t("entry.notFound")}</Text> : <ErrorAlert error={entry.error} />}
        <Group>
          {!notFound && (
            <Button onClick={() => void entry.refetch()} loading={entry.isFetching}>
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
  return (
    <Stack gap="lg">
      <DiarySiteNav siteId={entry.data.session.siteId} current={null} />
      <EntryView key={sessionId} entry={entry.data} />
    </Stack>
  );
}
