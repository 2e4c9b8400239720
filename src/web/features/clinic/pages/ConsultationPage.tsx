import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import {
  type Consultation,
  clinicRoutes,
  type Diagnosis,
  normaliseIcd10,
} from "../../../../common/contracts/clinic";
import { LIMITS } from "../../../../common/limits";
import { callApi, isApiError } from "../../../api/client";
import { applyApiErrors } from "../../../api/form-errors";
import { countryName } from "../../../components/country-names";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { CodeDisplay } from "../../visitors/components/CodeDisplay";
import { LiveNotice, useNotice } from "../../visitors/components/LiveNotice";
import { formatClockAt, formatDateAt } from "../clinic.format";
import { useUpdateConsultation } from "../clinic.mutations";
import { clinicPaths } from "../clinic.paths";
import { clinicKeys, useClinicSites, useConsultation } from "../clinic.queries";
import { ClinicIcon } from "../components/ClinicIcon";
import { ConsultationDetails } from "../components/ConsultationDetails";

/** What the page before hands over in the router's state (never in the address): "just saved". */
export function savedNoticeFrom(state: unknown): boolean {
  return typeof state === "object" && state !== null && (state as { notice?: unknown }).notice === "saved";
}

/** One consultation: who, when, the clinical text (editable), its tests, medicine, referrals and costs. */
export function ConsultationPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("clinic");
  usePageTitle(t("consultation.title"));
  const consultation = useConsultation(id);

  if (consultation.isPending) return <FullPageLoader />;
  if (consultation.isError) {
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("consultation.title")}</Title>
        {isApiError(consultation.error) && consultation.error.code === "NOT_FOUND" ? (
          <Text>{t("consultation.notFound")}</Text>
        ) : (
          <ErrorAlert error={consultation.error} />
        )}
        <Anchor component={Link} to={clinicPaths.records()}>
          {t("consultation.backToRecords")}
        </Anchor>
      </Stack>
    );
  }
  return <ConsultationView consultation={consultation.data} />;
}

function ConsultationView({ consultation }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation("clinic");
  const language = i18n.language;
  const location = useLocation();
  const navigate = useNavigate();
  const sites = useClinicSites();
  const site = sites.data?.items.find((s) => s.id === consultation.siteId);
  const timeZone = site?.timeZone;
  const [justSaved] = useState(() => savedNoticeFrom(location.state));
  const { notice, notify } = useNotice(justSaved ? t("consultation.saved") : null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const [editing, setEditing] = useState(false);

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={clinicPaths.records()} size="sm">
        {t("consultation.backToRecords")}
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm">
          <ClinicIcon icon="consultation" size={28} />
          <Title order={1}>{t("consultation.title")}</Title>
        </Group>
        <Text c="dark.6">{t("consultation.intro")}</Text>
      </Stack>
      <LiveNotice notice={notice} />
      <Paper withBorder p="md" radius="md">
        <Group gap="xl" wrap="wrap" align="flex-end">
          <Stack gap={2}>
            <Text size="sm" c="dark.7">
              {t("code.label")}
            </Text>
            {consultation.visitorCode ? (
              <CodeDisplay code={consultation.visitorCode} size="1.75rem" />
            ) : (
              <Text fw={700} fz="lg">
                {t("code.anonymous")}
              </Text>
            )}
          </Stack>
          <Stack gap={2}>
            <Text size="sm" c="dark.7">
              {t("consultation.nationality")}
            </Text>
            <Text fw={600}>{countryName(consultation.nationality, language)}</Text>
          </Stack>
          <Badge size="lg" variant="light" radius="sm">
            {t(`kinds.${consultation.clinicKind}`)}
          </Badge>
          <Text>
            {t("consultation.seenAt", {
              date: formatDateAt(consultation.seenAt, timeZone, language),
              time: formatClockAt(consultation.seenAt, timeZone, language),
            })}
            {consultation.seenBy
              ? ` ${t("consultation.seenBy", { name: consultation.seenBy.displayName })}`
              : ""}
            {site ? ` · ${site.name}` : ""}
          </Text>
        </Group>
      </Paper>
      <ConsultationDetails
        consultation={consultation}
        timeZone={timeZone}
        editable
        clinicalText={
          editing ? (
            <ClinicalTextForm
              consultation={consultation}
              onDone={(saved) => {
                setEditing(false);
                if (saved) notify(t("consultation.edited"));
              }}
            />
          ) : (
            <ClinicalText consultation={consultation} onEdit={() => setEditing(true)} />
          )
        }
      />
    </Stack>
  );
}

/** Why she came, the notes and the diagnoses, as written. */
export function ClinicalText({ consultation, onEdit }: { consultation: Consultation; onEdit?: () => void }) {
  const { t } = useTranslation("clinic");
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`clinical-${consultation.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="nowrap">
            <ClinicIcon icon="record" size={22} />
            <Title order={3} size="h4" id={`clinical-${consultation.id}`}>
              {t("consultation.reason")}
            </Title>
          </Group>
          {onEdit && (
            <Button variant="default" size="sm" onClick={onEdit}>
              {t("consultation.edit")}
            </Button>
          )}
        </Group>
        <Text fw={600} style={{ whiteSpace: "pre-wrap" }}>
          {consultation.reason}
        </Text>
        {consultation.notes && (
          <Stack gap={2}>
            <Text size="sm" c="dark.7">
              {t("consultation.notes")}
            </Text>
            <Text style={{ whiteSpace: "pre-wrap" }}>{consultation.notes}</Text>
          </Stack>
        )}
        <Stack gap={2}>
          <Group gap={6}>
            <ClinicIcon icon="diagnosis" size={18} />
            <Text size="sm" c="dark.7">
              {t("consultation.sections.diagnoses")}
            </Text>
          </Group>
          {consultation.diagnoses.length === 0 ? (
            <Text c="dark.7">{t("consultation.noneYet.diagnoses")}</Text>
          ) : (
            <Stack gap={2} component="ul" m={0} pl="lg">
              {consultation.diagnoses.map((diagnosis, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: diagnoses are a fixed list here, never reordered
                <li key={index}>
                  <Text component="span" fw={600}>
                    {diagnosis.text}
                  </Text>
                  {diagnosis.icd10 && (
                    <Text component="span" ff="monospace" c="dark.7">
                      {` (${diagnosis.icd10})`}
                    </Text>
                  )}
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}

interface EditValues {
  reason: string;
  notes: string;
  diagnoses: { text: string; icd10: string }[];
}

const editValuesOf = (consultation: Consultation): EditValues => ({
  reason: consultation.reason,
  notes: consultation.notes,
  diagnoses: consultation.diagnoses.map((d: Diagnosis) => ({ text: d.text, icd10: d.icd10 ?? "" })),
});

/**
 * Changes the reason, notes and diagnoses. When a colleague saved in between, what she typed stays
 * in the form, the version now saved is shown under it, and saving again replaces that version.
 */
function ClinicalTextForm({
  consultation,
  onDone,
}: {
  consultation: Consultation;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation("clinic");
  const queryClient = useQueryClient();
  const [version, setVersion] = useState(consultation.version);
  const update = useUpdateConsultation(consultation.id);
  const [pageError, setPageError] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<Consultation | null>(null);
  const form = useForm<EditValues>({
    initialValues: editValuesOf(consultation),
    validate: {
      reason: (value) =>
        !value.trim()
          ? t("problems.required")
          : value.trim().length > LIMITS.clinicReasonMax
            ? t("problems.tooLong", { max: LIMITS.clinicReasonMax })
            : null,
      notes: (value) =>
        value.trim().length > LIMITS.clinicNotesMax
          ? t("problems.tooLong", { max: LIMITS.clinicNotesMax })
          : null,
      diagnoses: {
        text: (value, values, path) => {
          const index = Number(path.split(".")[1]);
          const row = values.diagnoses[index];
          return row?.icd10.trim() && !value.trim() ? t("problems.diagnosisText") : null;
        },
        icd10: (value) => (value.trim() && !normaliseIcd10(value) ? t("problems.icd10") : null),
      },
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const diagnoses = values.diagnoses
      .filter((d) => d.text.trim() || d.icd10.trim())
      .map((d) => {
        const icd10 = d.icd10.trim() ? normaliseIcd10(d.icd10) : null;
        return { text: d.text.trim(), ...(icd10 ? { icd10 } : {}) };
      });
    update.mutate(
      { version, reason: values.reason.trim(), notes: values.notes.trim(), diagnoses },
      {
        onSuccess: () => onDone(true),
        onError: async (error) => {
          if (isApiError(error) && error.code === "STALE_VERSION") {
            // Her typing stays; the version saved now is read (an audited read) and shown beside it.
            const current = await queryClient
              .fetchQuery({
                queryKey: clinicKeys.consultation(consultation.id),
                queryFn: () => callApi(clinicRoutes.getConsultation, { params: { id: consultation.id } }),
                staleTime: 0,
              })
              .catch(() => null);
            if (current) {
              setTheirs(current);
              setVersion(current.version);
            }
            return;
          }
          if (applyApiErrors(form, error)) setPageError(error);
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {theirs && (
            <Alert color="orange" variant="light" role="alert">
              <Text c="dark.9">{t("consultation.stale")}</Text>
            </Alert>
          )}
          <ErrorAlert error={pageError} />
          <Textarea
            label={t("consultation.reason")}
            autosize
            minRows={2}
            maxLength={LIMITS.clinicReasonMax}
            withAsterisk
            data-autofocus
            {...form.getInputProps("reason")}
          />
          <Textarea
            label={t("consultation.notes")}
            autosize
            minRows={4}
            maxLength={LIMITS.clinicNotesMax}
            {...form.getInputProps("notes")}
          />
          {form.values.diagnoses.map((_, index) => (
            <Group
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own here
              key={index}
              gap="sm"
              align="flex-start"
              wrap="wrap"
              role="group"
              aria-label={t("diagnosis.row", { number: index + 1 })}
            >
              <TextInput
                label={t("diagnosis.text")}
                maxLength={LIMITS.diagnosisTextMax}
                style={{ flex: "1 1 260px" }}
                {...form.getInputProps(`diagnoses.${index}.text`)}
              />
              <TextInput
                label={t("diagnosis.icd10")}
                description={t("diagnosis.icd10Help")}
                maxLength={12}
                w={200}
                {...form.getInputProps(`diagnoses.${index}.icd10`)}
              />
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                mt={24}
                px="xs"
                aria-label={t("diagnosis.remove", { number: index + 1 })}
                title={t("diagnosis.remove", { number: index + 1 })}
                onClick={() => form.removeListItem("diagnoses", index)}
              >
                <ClinicIcon icon="remove" />
              </Button>
            </Group>
          ))}
          <Button
            variant="light"
            leftSection={<ClinicIcon icon="add" />}
            style={{ alignSelf: "flex-start" }}
            disabled={form.values.diagnoses.length >= LIMITS.diagnosesMax}
            onClick={() => form.insertListItem("diagnoses", { text: "", icd10: "" })}
          >
            {t("diagnosis.add")}
          </Button>
          <Group gap="sm">
            <Button type="submit" loading={update.isPending}>
              {t("consultation.editSave")}
            </Button>
            <Button variant="default" onClick={() => onDone(false)}>
              {t("consultation.editCancel")}
            </Button>
          </Group>
          {theirs && (
            <Stack gap={4}>
              <Text fw={700}>{t("consultation.staleCurrent")}</Text>
              <ClinicalText consultation={theirs} />
            </Stack>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
