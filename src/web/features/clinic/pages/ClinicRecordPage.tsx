import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { ClinicRecord } from "../../../../common/contracts/clinic";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { CodeDisplay } from "../../visitors/components/CodeDisplay";
import { CodeField, useTypedCodeMessage } from "../../visitors/components/CodeField";
import { readTypedCode } from "../../visitors/visitors.code-input";
import { applyVisitorErrors } from "../../visitors/visitors.errors";
import { formatClockAt, formatDateAt } from "../clinic.format";
import { useRecordLookup } from "../clinic.mutations";
import { clinicPaths } from "../clinic.paths";
import { useClinicSites } from "../clinic.queries";
import { ClinicIcon } from "../components/ClinicIcon";
import { ConsultationDetails } from "../components/ConsultationDetails";
import { ConsultationForm } from "../components/ConsultationForm";
import { SiteGate } from "../components/SiteGate";
import { ClinicalText } from "./ConsultationPage";

/**
 * A woman's clinic record: the code is typed into a form and sent in the request body, and the record
 * is held in this page's memory only (never in the address, the title or the browser's cache).
 */
export function ClinicRecordPage() {
  const { t } = useTranslation("clinic");
  usePageTitle(t("record.title"));
  const [record, setRecord] = useState<ClinicRecord | null>(null);
  const [writing, setWriting] = useState(false);
  const navigate = useNavigate();

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Group gap="sm">
          <ClinicIcon icon="record" size={28} />
          <Title order={1}>{t("record.title")}</Title>
        </Group>
        <Text c="dark.6">{t("record.intro")}</Text>
      </Stack>
      {record === null ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper
            withBorder
            p="lg"
            component="section"
            aria-labelledby="record-lookup"
            style={{ alignSelf: "start" }}
          >
            <Stack gap="md">
              <Title order={2} size="h3" id="record-lookup">
                {t("record.lookupHeading")}
              </Title>
              <RecordLookupForm onFound={setRecord} />
            </Stack>
          </Paper>
          <Paper withBorder p="lg" style={{ alignSelf: "start" }}>
            <Stack gap="sm">
              <Text>{t("consultation.withoutCode")}</Text>
              <Button
                component={Link}
                to={clinicPaths.newConsultation()}
                variant="light"
                leftSection={<ClinicIcon icon="add" />}
                style={{ alignSelf: "flex-start" }}
              >
                {t("record.newWithoutCode")}
              </Button>
            </Stack>
          </Paper>
        </SimpleGrid>
      ) : (
        <Stack gap="lg">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Stack gap={2}>
              <Title order={2}>{t("record.heading")}</Title>
              <CodeDisplay code={record.visitorCode} />
            </Stack>
            <Group gap="sm">
              {!writing && (
                <Button size="md" leftSection={<ClinicIcon icon="add" />} onClick={() => setWriting(true)}>
                  {t("record.newConsultation")}
                </Button>
              )}
              <Button
                size="md"
                variant="default"
                leftSection={<ClinicIcon icon="search" />}
                onClick={() => {
                  setRecord(null);
                  setWriting(false);
                }}
              >
                {t("record.another")}
              </Button>
            </Group>
          </Group>
          {writing ? (
            <SiteGate>
              {(site, picker) => (
                <ConsultationForm
                  key={site.id}
                  site={site}
                  sitePicker={picker}
                  knownCode={record.visitorCode}
                  onCancel={() => setWriting(false)}
                  onSaved={(consultation) =>
                    void navigate(clinicPaths.consultation(consultation.id), { state: { notice: "saved" } })
                  }
                />
              )}
            </SiteGate>
          ) : (
            <RecordConsultations record={record} />
          )}
        </Stack>
      )}
    </Stack>
  );
}

function RecordLookupForm({ onFound }: { onFound: (record: ClinicRecord) => void }) {
  const { t } = useTranslation("clinic");
  const { t: tv } = useTranslation("visitors");
  const lookup = useRecordLookup();
  const message = useTypedCodeMessage();
  const [pageError, setPageError] = useState<unknown>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    initialValues: { code: "" },
    validate: {
      code: (value) => {
        const typed = readTypedCode(value);
        if (typed.kind === "valid") return null;
        if (typed.kind === "empty") return tv("code.required");
        if (typed.kind === "incomplete") return tv("code.tooShort", { count: typed.count });
        return message(typed);
      },
    },
  });
  const onSubmit = form.onSubmit((values) => {
    const typed = readTypedCode(values.code);
    if (typed.kind !== "valid") return;
    setPageError(null);
    lookup.mutate(typed.code, {
      onSuccess: onFound,
      onError: (error) => {
        if (applyVisitorErrors(form, error, { codeField: "code" })) setPageError(error);
        inputRef.current?.focus();
      },
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="record-lookup">
      <Stack gap="md">
        <ErrorAlert error={pageError} />
        <CodeField
          label={t("code.label")}
          value={form.values.code}
          onChange={(event) => form.setFieldValue("code", event.currentTarget.value)}
          error={form.errors.code}
          inputRef={inputRef}
          autoFocus
        />
        <Button
          type="submit"
          size="lg"
          loading={lookup.isPending}
          leftSection={<ClinicIcon icon="search" />}
          style={{ alignSelf: "flex-start" }}
        >
          {t("record.lookup")}
        </Button>
      </Stack>
    </form>
  );
}

function RecordConsultations({ record }: { record: ClinicRecord }) {
  const { t, i18n } = useTranslation("clinic");
  const language = i18n.language;
  const sites = useClinicSites();
  const zoneOf = (siteId: string) => sites.data?.items.find((s) => s.id === siteId)?.timeZone;
  if (record.consultations.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Text ta="center">{t("record.empty")}</Text>
      </Paper>
    );
  }
  const newest = record.consultations[0]?.id;
  return (
    <Stack gap="sm" component="section" aria-labelledby="record-consultations">
      <Title order={3} size="h4" id="record-consultations">
        {t("record.consultationsHeading")}
      </Title>
      {record.more && (
        <Alert color="gray" variant="light">
          <Text c="dark.9">{t("record.more", { count: record.consultations.length })}</Text>
        </Alert>
      )}
      <Accordion multiple defaultValue={newest ? [newest] : []} variant="separated" radius="md">
        {record.consultations.map((consultation) => {
          const timeZone = zoneOf(consultation.siteId);
          const waiting = consultation.tests.filter((test) => test.state === "result_in").length;
          return (
            <Accordion.Item key={consultation.id} value={consultation.id}>
              <Accordion.Control>
                <Group gap="sm" wrap="wrap">
                  <Text fw={700}>
                    {t("record.seen", {
                      date: formatDateAt(consultation.seenAt, timeZone, language),
                      time: formatClockAt(consultation.seenAt, timeZone, language),
                      kind: t(`kinds.${consultation.clinicKind}`),
                    })}
                  </Text>
                  {consultation.seenBy && (
                    <Text size="sm" c="dark.7">
                      {t("record.seenBy", { name: consultation.seenBy.displayName })}
                    </Text>
                  )}
                  {waiting > 0 && (
                    <Badge
                      color="red.9"
                      variant="filled"
                      radius="sm"
                      leftSection={<ClinicIcon icon="result_in" size={14} />}
                    >
                      {t("board.groups.result_in")}
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  <Anchor component={Link} to={clinicPaths.consultation(consultation.id)}>
                    {t("record.open")}
                  </Anchor>
                  <ConsultationDetails
                    consultation={consultation}
                    timeZone={timeZone}
                    editable={false}
                    clinicalText={<ClinicalText consultation={consultation} />}
                  />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
