import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { CLINIC_KINDS, type ClinicKind } from "../../../../common/contracts/clinic";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { clinicPaths } from "../clinic.paths";
import { rememberClinicSite } from "../clinic.site";
import { ClinicIcon } from "../components/ClinicIcon";
import { ConsultationForm, type ConsultationTicket } from "../components/ConsultationForm";
import { SiteGate } from "../components/SiteGate";

/**
 * What the clinic desk may hand this page in the router's state (ids only, never her code): the
 * ticket she was called with, its number, its site and clinic.
 */
export interface ConsultationHandover {
  ticket: ConsultationTicket;
  siteId: string;
  clinicKind: ClinicKind;
}

export function consultationHandoverFrom(state: unknown): ConsultationHandover | null {
  if (typeof state !== "object" || state === null) return null;
  const { ticketId, ticketNumber, siteId, clinicKind } = state as Record<string, unknown>;
  if (typeof ticketId !== "string" || typeof siteId !== "string" || typeof ticketNumber !== "number")
    return null;
  if (!(CLINIC_KINDS as readonly unknown[]).includes(clinicKind)) return null;
  return { ticket: { id: ticketId, number: ticketNumber }, siteId, clinicKind: clinicKind as ClinicKind };
}

/** A new consultation: her code typed here (or her ticket from the clinic desk). */
export function NewConsultationPage() {
  const { t } = useTranslation("clinic");
  usePageTitle(t("consultation.newTitle"));
  const location = useLocation();
  const navigate = useNavigate();
  const [handover] = useState(() => {
    const handed = consultationHandoverFrom(location.state);
    // The ticket's site is the one she is seen at.
    if (handed) rememberClinicSite(handed.siteId);
    return handed;
  });

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={clinicPaths.records()} size="sm">
        {t("consultation.backToRecords")}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>
          <ClinicIcon icon="consultation" size={28} /> {t("consultation.newTitle")}
        </Title>
        <Text c="dark.6">{t("consultation.intro")}</Text>
      </Stack>
      <SiteGate>
        {(site, picker) => (
          <ConsultationForm
            key={site.id}
            site={site}
            sitePicker={handover ? null : picker}
            ticket={handover?.ticket}
            clinicKind={handover?.clinicKind}
            onSaved={(consultation) =>
              void navigate(clinicPaths.consultation(consultation.id), { state: { notice: "saved" } })
            }
          />
        )}
      </SiteGate>
    </Stack>
  );
}
