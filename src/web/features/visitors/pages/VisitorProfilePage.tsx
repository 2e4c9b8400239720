import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { VisitorProfile } from "../../../../common/contracts/visits";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { CodeDisplay } from "../components/CodeDisplay";
import { EditProfileModal } from "../components/EditProfileModal";
import { EraseCodeModal } from "../components/EraseCodeModal";
import { FlagsPanel } from "../components/FlagsPanel";
import { LiveNotice, useNotice } from "../components/LiveNotice";
import { MergeCodeModal } from "../components/MergeCodeModal";
import { NicknamePanel } from "../components/NicknamePanel";
import { VisitorFacts } from "../components/VisitorFacts";
import { noticeFrom, visitorPaths } from "../visitors.paths";
import { useVisitorProfile } from "../visitors.queries";

/** A code's profile. The page's title names no code: titles land in history and on shared screens. */
export function VisitorProfilePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("visitors");
  usePageTitle(t("profile.title"));
  const profile = useVisitorProfile(id);
  const navigate = useNavigate();
  // An old code's id (merged into another) answers the code it was merged into: show that one at its
  // own address, so every change below updates the profile on screen.
  const rootId = profile.data?.id;
  useEffect(() => {
    if (rootId && rootId !== id) void navigate(visitorPaths.profile(rootId), { replace: true });
  }, [rootId, id, navigate]);
  if (profile.isPending || (rootId && rootId !== id)) return <FullPageLoader />;
  if (profile.isError) {
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("profile.title")}</Title>
        {isApiError(profile.error) && profile.error.code === "NOT_FOUND" ? (
          <Text>{t("profile.notFound")}</Text>
        ) : (
          <ErrorAlert error={profile.error} />
        )}
        <Anchor component={Link} to={visitorPaths.codes()}>
          {t("profile.back")}
        </Anchor>
      </Stack>
    );
  }
  return <ProfileView profile={profile.data} />;
}

type Dialog = "edit" | "merge" | "erase" | null;

function ProfileView({ profile }: { profile: VisitorProfile }) {
  const { t } = useTranslation("visitors");
  const location = useLocation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const eraseButton = useRef<HTMLButtonElement>(null);
  // The dialogs leave the page when they close, so the focus is put back on the button that opened
  // them by hand (Mantine's own return of focus needs the dialog to stay mounted).
  const closeDialog = () => {
    const trigger = { edit: editButton, merge: mergeButton, erase: eraseButton }[dialog ?? "edit"];
    setDialog(null);
    window.requestAnimationFrame(() => trigger.current?.focus());
  };
  // A code given just now: the card is the next thing to do, so its button is the biggest here.
  const [justIssued] = useState(() => noticeFrom(location.state)?.kind === "issued");
  const { notice, notify } = useNotice(justIssued ? t("profile.issued") : null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={visitorPaths.codes()} size="sm">
        {t("profile.back")}
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Title order={1}>{t("profile.title")}</Title>
          <CodeDisplay code={profile.code} />
        </Stack>
        <Button
          component={Link}
          to={visitorPaths.card(profile.id)}
          size={justIssued ? "xl" : "md"}
          variant={justIssued ? "filled" : "light"}
        >
          {t("profile.printCard")}
        </Button>
      </Group>
      <LiveNotice notice={notice} />

      <Paper withBorder p="lg" component="section" aria-labelledby="facts-heading">
        <Stack gap="md">
          <Title order={2} size="h3" id="facts-heading">
            {t("facts.title")}
          </Title>
          <VisitorFacts profile={profile} />
        </Stack>
      </Paper>

      {profile.can.readNickname && <NicknamePanel profile={profile} />}

      <FlagsPanel profile={profile} notify={notify} />

      {profile.can.manage && (
        <Paper withBorder p="lg" component="section" aria-labelledby="manage-heading">
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={2} size="h3" id="manage-heading">
                {t("manage.title")}
              </Title>
              <Text c="dark.6">{t("manage.intro")}</Text>
            </Stack>
            <Group gap="sm">
              <Button ref={editButton} variant="light" onClick={() => setDialog("edit")}>
                {t("edit.open")}
              </Button>
              <Button ref={mergeButton} variant="light" onClick={() => setDialog("merge")}>
                {t("merge.open")}
              </Button>
              <Button
                ref={eraseButton}
                variant="outline"
                color="red"
                c="red.9"
                onClick={() => setDialog("erase")}
              >
                {t("erase.open")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {dialog === "edit" && (
        <EditProfileModal
          profile={profile}
          onClose={closeDialog}
          onSaved={() => {
            closeDialog();
            notify(t("edit.saved"));
          }}
        />
      )}
      {dialog === "merge" && (
        <MergeCodeModal
          profile={profile}
          onClose={closeDialog}
          onMerged={(other) => {
            closeDialog();
            notify(t("merge.merged", { other }));
          }}
        />
      )}
      {dialog === "erase" && (
        <EraseCodeModal
          profile={profile}
          onClose={closeDialog}
          onErased={() => void navigate(visitorPaths.codes(), { state: { notice: { kind: "erased" } } })}
        />
      )}
    </Stack>
  );
}
