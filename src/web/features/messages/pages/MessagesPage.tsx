import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import type { Site } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { DiaryIcon } from "../../handover/components/DiaryIcon";
import { Loading } from "../../handover/components/Loading";
import { SiteGate } from "../../handover/components/SiteGate";
import { SitePicker } from "../../handover/components/SitePicker";
import { todayIn } from "../../sites/format";
import { ComposeMessageModal } from "../components/ComposeMessageModal";
import { MessageList } from "../components/MessageList";
import { messagePaths } from "../messages.paths";
import { useMessages } from "../messages.queries";

/** A site's messages: pinned first, unread in bold; write a new one. */
export function MessagesPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("messages");
  usePageTitle(t("list.pageTitle"));
  return (
    <SiteGate siteId={siteId} title={t("list.pageTitle")} startPath={messagePaths.start()}>
      {(site) => <MessagesView key={site.id} site={site} />}
    </SiteGate>
  );
}

type Filter = "all" | "unread";
const PAGE = 50;

function MessagesView({ site }: { site: Site }) {
  const { t } = useTranslation("messages");
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const filter: Filter = search.get("filter") === "unread" ? "unread" : "all";
  const [limit, setLimit] = useState(PAGE);
  const [composing, setComposing] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const today = todayIn(site.timeZone);
  const list = useMessages(site.id, { filter, limit });
  const unread = list.data?.unreadCount ?? 0;

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{t("list.title", { site: site.name })}</Title>
        <Group align="flex-end">
          <SitePicker siteId={site.id} pathOf={messagePaths.list} />
          <Button
            ref={newButton}
            onClick={() => setComposing(true)}
            leftSection={<DiaryIcon icon="message" />}
          >
            {t("list.compose")}
          </Button>
        </Group>
      </Group>

      <Group justify="space-between" wrap="wrap">
        <Text aria-live="polite" fw={unread > 0 ? 700 : 400}>
          {list.data ? t("list.unreadCount", { count: unread }) : ""}
        </Text>
        <SegmentedControl
          aria-label={t("list.filterLabel")}
          value={filter}
          onChange={(value) => {
            setLimit(PAGE);
            setSearch(
              value === "unread" ? new URLSearchParams({ filter: "unread" }) : new URLSearchParams(),
              {
                replace: true,
              },
            );
          }}
          data={[
            { value: "all", label: t("list.filters.all") },
            { value: "unread", label: t("list.filters.unread") },
          ]}
        />
      </Group>

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Paper withBorder p="xl" radius="md">
          <Stack align="center" gap="xs">
            <DiaryIcon icon="message" size={32} />
            <Text ta="center">{filter === "unread" ? t("list.emptyUnread") : t("list.empty")}</Text>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="sm" aria-busy={list.isFetching}>
          <MessageList items={list.data.items} timeZone={site.timeZone} today={today} />
          {list.data.more &&
            (limit < LIMITS.messagesPageMax ? (
              <Button
                variant="default"
                onClick={() => setLimit(LIMITS.messagesPageMax)}
                loading={list.isFetching}
              >
                {t("list.more")}
              </Button>
            ) : (
              <Text size="sm" c="dark.7">
                {t("list.tooMany", { count: LIMITS.messagesPageMax })}
              </Text>
            ))}
        </Stack>
      )}

      {composing && (
        <ComposeMessageModal
          siteId={site.id}
          onClose={() => {
            setComposing(false);
            window.requestAnimationFrame(() => newButton.current?.focus());
          }}
          onSent={(message) => navigate(messagePaths.message(message.id), { state: { notice: "sent" } })}
        />
      )}
    </Stack>
  );
}
