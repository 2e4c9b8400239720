import { Anchor, Badge, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { FollowUp } from "../../../../common/contracts/follow-ups";
import type { Site } from "../../../../common/contracts/sites";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { languageName } from "../../../i18n/languages";
import { DiaryIcon } from "../../handover/components/DiaryIcon";
import { Loading } from "../../handover/components/Loading";
import { SavedTextWarnings } from "../../handover/components/SavedTextWarnings";
import { useSiteOnceKnown } from "../../handover/handover.queries";
import { formatShortDate, todayIn } from "../../sites/format";
import { CodeDisplay } from "../../visitors/components/CodeDisplay";
import { LiveNotice, useNotice } from "../../visitors/components/LiveNotice";
import { useAssigneeLabel } from "../components/assignee";
import { CloseFollowUpModal } from "../components/CloseFollowUpModal";
import { CommentThread } from "../components/CommentThread";
import { DueBadge } from "../components/DueBadge";
import { FollowUpFormModal } from "../components/FollowUpFormModal";
import { formatInstant } from "../follow-ups.logic";
import { useCompleteFollowUp, useReopenFollowUp } from "../follow-ups.mutations";
import { followUpNoticeFrom, followUpPaths } from "../follow-ups.paths";
import { useFollowUp } from "../follow-ups.queries";

/** One follow-up: what, for whom, by when, her code, its thread, and done / drop / change. */
export function FollowUpPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("follow-ups");
  // The title names nothing it says: titles land in history and on shared screens.
  usePageTitle(t("detail.pageTitle"));
  const followUp = useFollowUp(id);
  const site = useSiteOnceKnown(followUp.data?.siteId);
  if (followUp.isError || site.isError) {
    const error = followUp.error ?? site.error;
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("detail.pageTitle")}</Title>
        {isApiError(error) && error.code === "NOT_FOUND" ? (
          <Text>{t("detail.notFound")}</Text>
        ) : (
          <ErrorAlert error={error} />
        )}
        <Anchor component={Link} to={followUpPaths.start()}>
          {t("detail.backToLists")}
        </Anchor>
      </Stack>
    );
  }
  if (!followUp.data || !site.data) return <Loading page />;
  return <FollowUpView followUp={followUp.data} site={site.data} />;
}

type Dialog = "edit" | "done" | "drop" | null;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="sm" c="dark.7">
        {label}
      </Text>
      <Box component="dd" m={0} fw={500}>
        {children}
      </Box>
    </Box>
  );
}

function FollowUpView({ followUp, site }: { followUp: FollowUp; site: Site }) {
  const { t, i18n } = useTranslation("follow-ups");
  const location = useLocation();
  const navigate = useNavigate();
  const assigneeLabel = useAssigneeLabel();
  const today = todayIn(site.timeZone);
  const when = (instant: string) => formatInstant(instant, site.timeZone, i18n.language, today);
  const [dialog, setDialog] = useState<Dialog>(null);
  const complete = useCompleteFollowUp(followUp.id);
  const reopen = useReopenFollowUp(followUp.id);
  const actions = useRef<HTMLDivElement>(null);
  const [created] = useState(() => followUpNoticeFrom(location.state) === "created");
  const { notice, notify } = useNotice(created ? t("detail.created") : null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  // The dialogs leave the page when they close: focus goes back to the actions by hand.
  const closeDialog = () => {
    setDialog(null);
    window.requestAnimationFrame(() => actions.current?.querySelector<HTMLButtonElement>("button")?.focus());
  };
  const accompaniment = followUp.accompaniment;
  const open = followUp.status === "open";

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to={followUpPaths.list(followUp.siteId)} size="sm">
        {t("detail.back", { site: site.name })}
      </Anchor>
      <Stack gap="xs">
        <Group gap="sm">
          <DueBadge followUp={followUp} today={today} />
          {followUp.kind === "accompaniment" && (
            <Badge
              color="indigo.9"
              variant="filled"
              size="lg"
              leftSection={<DiaryIcon icon="walk" size={14} />}
            >
              {t("kind.accompaniment")}
            </Badge>
          )}
        </Group>
        <Title order={1} style={{ overflowWrap: "anywhere" }}>
          {followUp.title}
        </Title>
      </Stack>
      <LiveNotice notice={notice} />
      <SavedTextWarnings
        warnings={followUp.warnings}
        advice={open && followUp.can.edit ? t("detail.warningAdviceEdit") : t("detail.warningAdvice")}
      />

      <Paper withBorder p="lg" component="section" aria-labelledby="facts-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="facts-heading">
            {t("detail.facts")}
          </Title>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
            <Fact label={t("detail.assignee")}>{assigneeLabel(followUp.assignee)}</Fact>
            <Fact label={t("detail.dueOn")}>{formatShortDate(followUp.dueOn, i18n.language)}</Fact>
            <Fact label={t("detail.visitorCode")}>
              {followUp.visitorCode ? (
                <CodeDisplay code={followUp.visitorCode} size="1.4rem" />
              ) : (
                <Text c="dark.7">{t("detail.noCode")}</Text>
              )}
            </Fact>
            <Fact label={t("detail.createdBy")}>
              {t("detail.byAt", {
                name: followUp.createdBy?.displayName ?? t("assignee.removed"),
                time: when(followUp.createdAt),
              })}
            </Fact>
            {followUp.closedAt && (
              <Fact label={followUp.status === "done" ? t("detail.doneBy") : t("detail.droppedBy")}>
                {t("detail.byAt", {
                  name: followUp.closedBy?.displayName ?? t("assignee.removed"),
                  time: when(followUp.closedAt),
                })}
              </Fact>
            )}
            {followUp.dropReason && <Fact label={t("detail.dropReason")}>{followUp.dropReason}</Fact>}
          </SimpleGrid>
          {followUp.visitorCode && open && (
            <Group gap="xs" wrap="nowrap">
              <DiaryIcon icon="flag" size={18} />
              <Text size="sm">{t("detail.flagRaised")}</Text>
            </Group>
          )}
          {followUp.body && (
            <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{followUp.body}</Text>
          )}
        </Stack>
      </Paper>

      {accompaniment && (
        <Paper withBorder p="lg" component="section" aria-labelledby="accompaniment-heading">
          <Stack gap="md">
            <Title order={2} size="h3" id="accompaniment-heading">
              {t("detail.accompaniment")}
            </Title>
            <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
              <Fact label={t("detail.appointmentAt")}>{when(accompaniment.appointmentAt)}</Fact>
              <Fact label={t("detail.place")}>{accompaniment.place}</Fact>
              <Fact label={t("detail.languageNeeded")}>
                {accompaniment.languageNeeded
                  ? languageName(accompaniment.languageNeeded, i18n.language)
                  : t("detail.noLanguage")}
              </Fact>
              <Fact label={t("detail.outcome")}>
                {accompaniment.outcome ? (
                  <Text style={{ whiteSpace: "pre-wrap" }}>{accompaniment.outcome}</Text>
                ) : (
                  <Text c="dark.7">{t("detail.noOutcome")}</Text>
                )}
              </Fact>
            </SimpleGrid>
          </Stack>
        </Paper>
      )}

      <Group gap="sm" ref={actions}>
        {open && followUp.can.close && (
          <Button
            leftSection={<DiaryIcon icon="check" size={18} />}
            loading={complete.isPending}
            onClick={() =>
              followUp.kind === "accompaniment"
                ? setDialog("done")
                : complete.mutate({}, { onSuccess: () => notify(t("detail.doneNotice")) })
            }
          >
            {t("actions.done")}
          </Button>
        )}
        {open && followUp.can.edit && (
          <Button variant="light" onClick={() => setDialog("edit")}>
            {t("actions.edit")}
          </Button>
        )}
        {open && followUp.can.close && (
          <Button variant="default" onClick={() => setDialog("drop")}>
            {t("actions.drop")}
          </Button>
        )}
        {!open && followUp.can.reopen && (
          <Button
            variant="default"
            loading={reopen.isPending}
            onClick={() => reopen.mutate(undefined, { onSuccess: () => notify(t("detail.reopenedNotice")) })}
          >
            {t("actions.reopen")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={complete.error ?? reopen.error} />

      <CommentThread
        followUp={followUp}
        timeZone={site.timeZone}
        today={today}
        onAdded={() => notify(t("comments.added"))}
      />

      {dialog === "edit" && (
        <FollowUpFormModal
          siteId={followUp.siteId}
          timeZone={site.timeZone}
          today={today}
          followUp={followUp}
          onClose={closeDialog}
          onSaved={() => {
            closeDialog();
            notify(t("detail.savedNotice"));
          }}
        />
      )}
      {(dialog === "done" || dialog === "drop") && (
        <CloseFollowUpModal
          followUp={followUp}
          how={dialog}
          onClose={closeDialog}
          onSaved={() => {
            closeDialog();
            notify(dialog === "done" ? t("detail.doneNotice") : t("detail.droppedNotice"));
          }}
        />
      )}
    </Stack>
  );
}
