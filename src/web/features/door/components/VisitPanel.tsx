import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Divider,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Catalogue } from "../../../../common/contracts/services";
import type { Visit } from "../../../../common/contracts/visits";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { countryName } from "../../../components/country-names";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { languageName } from "../../../i18n/languages";
import { visitorPaths } from "../../visitors/visitors.paths";
import { formatTimeAt } from "../door.format";
import { useMarkLeft, useRemoveVisit } from "../door.mutations";
import { useVisit } from "../door.queries";
import { ClinicTicketAction } from "./ClinicTicketAction";
import { FlagBadges } from "./FlagBadges";
import { ServiceTiles } from "./ServiceTiles";
import { SuppliesForm } from "./SuppliesForm";

interface VisitPanelProps {
  siteId: string;
  visitId: string;
  timeZone: string;
  /** Her card was given out with this check-in: show the new code large, with the link to print it. */
  issued: boolean;
  /** Undo is possible only while tonight's session is open. */
  sessionOpen: boolean;
  catalogue: { data?: Catalogue; error: unknown; isPending: boolean };
  /** Opened from the list: focus moves to the panel. After a check-in it stays in the check-in panel. */
  focusOnOpen: boolean;
  onClose: () => void;
}

/** One visit beside the check-in panel: what she used, what she was given, left, or undo. */
export function VisitPanel({ visitId, ...props }: VisitPanelProps) {
  const { t } = useTranslation("door");
  const visit = useVisit(visitId);

  if (visit.isPending) {
    return (
      <Paper withBorder p="md" radius="md">
        <FullPageLoader />
      </Paper>
    );
  }
  if (visit.isError) {
    return (
      <Paper withBorder p="md" radius="md">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h3">
              {t("visit.title")}
            </Title>
            <CloseButton size="lg" aria-label={t("visit.close")} onClick={props.onClose} />
          </Group>
          <ErrorAlert error={visit.error} />
        </Stack>
      </Paper>
    );
  }
  return <VisitDetails {...props} visit={visit.data} />;
}

function VisitDetails({
  siteId,
  visit,
  timeZone,
  issued,
  sessionOpen,
  catalogue,
  focusOnOpen,
  onClose,
}: Omit<VisitPanelProps, "visitId"> & { visit: Visit }) {
  const { t, i18n } = useTranslation("door");
  const language = i18n.language;
  const markLeft = useMarkLeft(siteId);
  const remove = useRemoveVisit(siteId);
  const [confirmingUndo, setConfirmingUndo] = useState(false);
  const time = (instant: string) => formatTimeAt(instant, timeZone, language);
  const headingId = `visit-${visit.id}`;

  const headingRef = useRef<HTMLHeadingElement>(null);

  // A visit chosen from the list: keyboard and screen reader follow into the panel.
  useEffect(() => {
    if (focusOnOpen && visit.id) headingRef.current?.focus();
  }, [focusOnOpen, visit.id]);

  const firstVisit =
    visit.firstVisit === null
      ? t("visit.firstVisitUnknown")
      : visit.firstVisit
        ? t("visit.firstVisitYes")
        : t("visit.firstVisitNo");

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId} shadow="xs">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} size="h3" id={headingId} ref={headingRef} tabIndex={-1}>
              {t("visit.heading", { time: time(visit.checkedInAt) })}
            </Title>
            <Text size="lg" fw={600}>
              {visit.visitorCode ?? t("visit.anonymous")} · {countryName(visit.nationality, language)}
            </Text>
          </Stack>
          <CloseButton size="xl" aria-label={t("visit.close")} onClick={onClose} />
        </Group>

        {issued && visit.visitorCode && visit.visitorCodeId && (
          <Paper p="md" radius="md" bg="calm.0" withBorder>
            <Stack gap={4} align="flex-start">
              <Text fw={600}>{t("visit.newCode")}</Text>
              <Text
                fz={40}
                fw={700}
                ff="ui-monospace, monospace"
                lh={1.1}
                style={{ letterSpacing: "0.08em" }}
                c="dark.9"
              >
                {visit.visitorCode}
              </Text>
              <Anchor
                component={Link}
                to={visitorPaths.card(visit.visitorCodeId)}
                target="_blank"
                fw={600}
                size="lg"
              >
                {t("visit.printCard")}
                <VisuallyHidden> {t("visit.newTab")}</VisuallyHidden>
              </Anchor>
            </Stack>
          </Paper>
        )}

        <Group gap="xs">
          <Badge variant="outline" color="dark" size="lg">
            {firstVisit}
          </Badge>
          {visit.leftAt && (
            <Badge variant="outline" color="dark" size="lg">
              {t("visit.leftAt", { time: time(visit.leftAt) })}
            </Badge>
          )}
        </Group>
        <FlagBadges flags={visit.flags} />
        <ClinicTicketAction siteId={siteId} visit={visit} />
        {visit.languages.length > 0 && (
          <Text>
            {t("visit.speaks", {
              languages: new Intl.ListFormat(language, { type: "conjunction" }).format(
                visit.languages.map((code) => languageName(code, language)),
              ),
            })}
          </Text>
        )}
        {visit.visitorCodeId && (
          <Group gap="lg">
            <Anchor component={Link} to={visitorPaths.profile(visit.visitorCodeId)}>
              {t("visit.openProfile")}
            </Anchor>
            {!issued && (
              <Anchor component={Link} to={visitorPaths.card(visit.visitorCodeId)} target="_blank">
                {t("visit.printCardAgain")}
                <VisuallyHidden> {t("visit.newTab")}</VisuallyHidden>
              </Anchor>
            )}
          </Group>
        )}

        <Divider />
        {catalogue.isPending ? (
          <FullPageLoader />
        ) : catalogue.data ? (
          <>
            <ServiceTiles siteId={siteId} visit={visit} services={catalogue.data.services} />
            <Divider />
            <SuppliesForm key={visit.id} siteId={siteId} visit={visit} supplies={catalogue.data.supplies} />
          </>
        ) : (
          <ErrorAlert error={catalogue.error} />
        )}

        <Divider />
        <ErrorAlert error={markLeft.error} />
        <Group gap="sm">
          {visit.leftAt === null && (
            <Button
              size="lg"
              variant="default"
              loading={markLeft.isPending}
              onClick={() =>
                markLeft.mutate(visit.id, {
                  onSuccess: () => notifications.show({ color: "calm", message: t("visit.leftDone") }),
                })
              }
            >
              {t("visit.markLeft")}
            </Button>
          )}
          {sessionOpen && visit.supplies.length === 0 && (
            <Button size="lg" variant="subtle" color="red" c="red.9" onClick={() => setConfirmingUndo(true)}>
              {t("visit.undo")}
            </Button>
          )}
        </Group>
        {sessionOpen && visit.supplies.length > 0 && (
          <Text size="sm" c="dark.7">
            {t("visit.cannotUndo")}
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirmingUndo}
        danger
        title={t("visit.undoTitle")}
        message={t("visit.undoConfirm")}
        confirmLabel={t("visit.undoAction")}
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setConfirmingUndo(false);
          remove.reset();
        }}
        onConfirm={() =>
          remove.mutate(visit.id, {
            onSuccess: () => {
              setConfirmingUndo(false);
              notifications.show({ color: "calm", message: t("visit.undone") });
              onClose();
            },
          })
        }
      />
    </Paper>
  );
}
