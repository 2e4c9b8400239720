import { Button, Group, Paper, SegmentedControl, Stack, Tabs, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { FOLLOW_UP_SCOPES, type FollowUpScope } from "../../../../common/contracts/follow-ups";
import type { Site } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { DiaryIcon } from "../../handover/components/DiaryIcon";
import { Loading } from "../../handover/components/Loading";
import { SiteGate } from "../../handover/components/SiteGate";
import { SitePicker } from "../../handover/components/SitePicker";
import { todayIn } from "../../sites/format";
import { FollowUpFormModal } from "../components/FollowUpFormModal";
import { FollowUpList } from "../components/FollowUpList";
import { listViewSearch, readListView, STATUS_FILTERS, type StatusFilter } from "../follow-ups.logic";
import { followUpPaths } from "../follow-ups.paths";
import { useFollowUps } from "../follow-ups.queries";

/** A site's follow-ups: mine, any social worker's, the ones I wrote, or all; open ones by due date. */
export function FollowUpsPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("follow-ups");
  usePageTitle(t("list.pageTitle"));
  return (
    <SiteGate siteId={siteId} title={t("list.pageTitle")} startPath={followUpPaths.start()}>
      {(site) => <FollowUpsView key={site.id} site={site} />}
    </SiteGate>
  );
}

const PAGE = 100;
const isStatus = (value: string): value is StatusFilter =>
  (STATUS_FILTERS as readonly string[]).includes(value);
const isScope = (value: string | null): value is FollowUpScope =>
  (FOLLOW_UP_SCOPES as readonly (string | null)[]).includes(value);

function FollowUpsView({ site }: { site: Site }) {
  const { t } = useTranslation("follow-ups");
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const view = readListView(search);
  const [limit, setLimit] = useState(PAGE);
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const today = todayIn(site.timeZone);
  const list = useFollowUps(site.id, { scope: view.scope, status: view.status, limit });

  const show = (next: typeof view) => {
    setLimit(PAGE);
    setSearch(new URLSearchParams(listViewSearch(next)), { replace: true });
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{t("list.title", { site: site.name })}</Title>
        <Group align="flex-end">
          <SitePicker siteId={site.id} pathOf={(id) => followUpPaths.list(id)} />
          <Button ref={newButton} size="md" onClick={() => setCreating(true)}>
            {t("list.new")}
          </Button>
        </Group>
      </Group>

      <Tabs
        value={view.scope}
        onChange={(value) => {
          if (isScope(value)) show({ ...view, scope: value });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t("list.scopesLabel")}>
          {FOLLOW_UP_SCOPES.map((scope) => (
            <Tabs.Tab key={scope} value={scope} fz="md">
              {t(`scopes.${scope}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {FOLLOW_UP_SCOPES.map((scope) => (
          <Tabs.Panel key={scope} value={scope} pt="md">
            <Stack gap="md">
              <Group justify="space-between" wrap="wrap">
                <Text c="dark.7">{t(`scopeHelp.${scope}`)}</Text>
                <SegmentedControl
                  aria-label={t("list.statusLabel")}
                  value={view.status}
                  onChange={(value) => {
                    if (isStatus(value)) show({ ...view, status: value });
                  }}
                  data={STATUS_FILTERS.map((status) => ({
                    value: status,
                    label: t(`statusFilter.${status}`),
                  }))}
                />
              </Group>
              {list.isPending ? (
                <Loading />
              ) : list.isError ? (
                <ErrorAlert error={list.error} />
              ) : list.data.items.length === 0 ? (
                <Paper withBorder p="xl" radius="md">
                  <Stack align="center" gap="xs">
                    <DiaryIcon icon="check" size={32} />
                    <Text ta="center">{t(`empty.${view.status}.${view.scope}`)}</Text>
                  </Stack>
                </Paper>
              ) : (
                <Stack gap="sm" aria-busy={list.isFetching}>
                  <Text size="sm" c="dark.7" aria-live="polite">
                    {t("list.count", { count: list.data.items.length })}
                  </Text>
                  <FollowUpList items={list.data.items} timeZone={site.timeZone} today={today} />
                  {list.data.more &&
                    (limit < LIMITS.followUpsPageMax ? (
                      <Button
                        variant="default"
                        onClick={() => setLimit(LIMITS.followUpsPageMax)}
                        loading={list.isFetching}
                      >
                        {t("list.more")}
                      </Button>
                    ) : (
                      <Text size="sm" c="dark.7">
                        {t("list.tooMany", { count: LIMITS.followUpsPageMax })}
                      </Text>
                    ))}
                </Stack>
              )}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>

      {creating && (
        <FollowUpFormModal
          siteId={site.id}
          timeZone={site.timeZone}
          today={today}
          onClose={() => {
            setCreating(false);
            window.requestAnimationFrame(() => newButton.current?.focus());
          }}
          onSaved={(followUp) =>
            navigate(followUpPaths.followUp(followUp.id), { state: { notice: "created" } })
          }
        />
      )}
    </Stack>
  );
}
