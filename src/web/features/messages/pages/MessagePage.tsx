import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { Message } from "../../../../common/contracts/messages";
import type { Site } from "../../../../common/contracts/sites";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { formatInstant } from "../../follow-ups/follow-ups.logic";
import { DiaryIcon } from "../../handover/components/DiaryIcon";
import { Loading } from "../../handover/components/Loading";
import { SavedTextWarnings } from "../../handover/components/SavedTextWarnings";
import { useSiteOnceKnown } from "../../handover/handover.queries";
import { todayIn } from "../../sites/format";
import { LiveNotice, useNotice } from "../../visitors/components/LiveNotice";
import { useAudienceLabel } from "../components/audience";
import { useMarkRead, usePinMessage } from "../messages.mutations";
import { messageNoticeFrom, messagePaths } from "../messages.paths";
import { useMessage, useReceipts } from "../messages.queries";

/** One message, whole. Opening it records that I have read it; its author and managers see who has. */
export function MessagePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("messages");
  usePageTitle(t("message.pageTitle"));
  const message = useMessage(id);
  const site = useSiteOnceKnown(message.data?.siteId);
  if (message.isError || site.isError) {
    const error = message.error ?? site.error;
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("message.pageTitle")}</Title>
        {isApiError(error) && error.code === "NOT_FOUND" ? (
          <Text>{t("message.notFound")}</Text>
        ) : (
          <ErrorAlert error={error} />
        )}
        <Anchor component={Link} to={messagePaths.start()}>
          {t("message.backToMessages")}
        </Anchor>
      </Stack>
    );
  }
  if (!message.data || !site.data) return <Loading page />;
  return <MessageView message={message.data} site={site.data} />;
}

function MessageView({ message, site }: { message: Message; site: Site }) {
  const { t, i18n } = useTranslation("messages");
  const location = useLocation();
  const navigate = useNavigate();
  const audienceLabel = useAudienceLabel();
  const today = todayIn(site.timeZone);
  const when = (instant: string) => formatInstant(instant, site.timeZone, i18n.language, today);
  const markRead = useMarkRead();
  const pin = usePinMessage(message.id);
  const [sent] = useState(() => messageNoticeFrom(location.state) === "sent");
  const { notice, notify } = useNotice(sent ? t("message.sent") : null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  // Opened: the read receipt, once per page (the server keeps the first time anyway).
  const asked = useRef<string | null>(null);
  const { mutate } = markRead;
  useEffect(() => {
    if (message.readAt !== null || asked.current === message.id) return;
    asked.current = message.id;
    mutate(message.id);
  }, [message.id, message.readAt, mutate]);

  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to={messagePaths.list(message.siteId)} size="sm">
        {t("message.back", { site: site.name })}
      </Anchor>
      <Stack gap="xs">
        <Group gap="xs">
          {message.pinned && (
            <Badge color="calm.9" variant="filled" size="lg" leftSection={<DiaryIcon icon="pin" size={14} />}>
              {t("list.pinned")}
            </Badge>
          )}
        </Group>
        <Title order={1}>
          {t("message.title", { name: message.author?.displayName ?? t("formerColleague") })}
        </Title>
        <Text c="dark.7">
          {audienceLabel(message)} · {when(message.createdAt)}
        </Text>
      </Stack>
      <LiveNotice notice={notice} />

      <Paper withBorder p="lg" radius="md">
        <Text size="lg" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {message.body}
        </Text>
      </Paper>
      <ErrorAlert error={markRead.error} />
      <SavedTextWarnings warnings={message.warnings} advice={t("message.warningAdvice")} />

      {message.can.pin && (
        <Group>
          <Button
            variant="default"
            leftSection={<DiaryIcon icon="pin" size={18} />}
            loading={pin.isPending}
            onClick={() =>
              pin.mutate(!message.pinned, {
                onSuccess: (changed) =>
                  notify(changed.pinned ? t("message.pinnedNotice") : t("message.unpinnedNotice")),
              })
            }
          >
            {message.pinned ? t("message.unpin") : t("message.pin")}
          </Button>
        </Group>
      )}
      <ErrorAlert error={pin.error} />

      {message.can.receipts && <ReceiptsPanel message={message} when={when} />}
    </Stack>
  );
}

function ReceiptsPanel({ message, when }: { message: Message; when: (instant: string) => string }) {
  const { t } = useTranslation("messages");
  const receipts = useReceipts(message.id, true);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="receipts-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="receipts-heading">
          {t("receipts.title")}
        </Title>
        {receipts.isPending ? (
          <Text>{t("receipts.loading")}</Text>
        ) : receipts.isError ? (
          <ErrorAlert error={receipts.error} />
        ) : receipts.data.audienceCount === 0 ? (
          <Text>{t("receipts.nobody")}</Text>
        ) : (
          <>
            <Stack gap={4}>
              <Text fw={600}>
                {t("receipts.summary", { read: receipts.data.readCount, count: receipts.data.audienceCount })}
              </Text>
              <Progress
                value={(receipts.data.readCount / receipts.data.audienceCount) * 100}
                size="lg"
                aria-label={t("receipts.summary", {
                  read: receipts.data.readCount,
                  count: receipts.data.audienceCount,
                })}
              />
            </Stack>
            <Stack component="ul" gap={6} style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {receipts.data.items.map((receipt) => (
                <Group key={receipt.accountId} component="li" gap="xs" wrap="nowrap">
                  <Text c={receipt.readAt ? "teal.9" : "dark.6"} aria-hidden>
                    <DiaryIcon icon={receipt.readAt ? "check" : "clock"} size={18} />
                  </Text>
                  <Text>
                    {receipt.readAt
                      ? t("receipts.readAt", { name: receipt.displayName, time: when(receipt.readAt) })
                      : t("receipts.notYet", { name: receipt.displayName })}
                  </Text>
                </Group>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
