import { NumberInput, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Site } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { FormModal } from "../../../components/FormModal";
import { applyFieldErrors } from "../field-errors";
import { timeZoneOptions } from "../format";
import { useCreateSite, useUpdateSite } from "../sites.mutations";

interface SiteFormModalProps {
  /** Changing this site's settings; creating a new site when absent. */
  site?: Site;
  onClose: () => void;
  onSaved: (site: Site) => void;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A site's name, link name, address, time zone and room capacity. */
export function SiteFormModal(props: SiteFormModalProps) {
  const { t } = useTranslation("sites");
  const editing = props.site;
  const create = useCreateSite();
  const update = useUpdateSite(editing?.id ?? "");
  const [pageError, setPageError] = useState<unknown>(null);
  const zones = useMemo(() => timeZoneOptions(editing?.timeZone), [editing?.timeZone]);
  const form = useForm({
    initialValues: {
      name: editing?.name ?? "",
      slug: editing?.slug ?? "",
      address: editing?.address ?? "",
      timeZone: editing?.timeZone ?? "Europe/Copenhagen",
      roomCapacity: editing?.roomCapacity ?? 40,
    },
    validate: {
      name: (value) => (value.trim() ? null : t("fields.required")),
      slug: (value) => (SLUG.test(value.trim()) ? null : t("fields.slugHelp")),
      timeZone: (value) => (value ? null : t("fields.required")),
      roomCapacity: (value) =>
        Number.isInteger(value) && value >= 1 && value <= LIMITS.roomCapacityMax
          ? null
          : t("fields.roomCapacityHelp"),
    },
  });

  const onError = (error: unknown) => {
    if (applyFieldErrors(form, error)) setPageError(error);
  };

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const body = {
      name: values.name.trim(),
      slug: values.slug.trim(),
      address: values.address.trim(),
      timeZone: values.timeZone,
      roomCapacity: values.roomCapacity,
    };
    if (editing) update.mutate(body, { onSuccess: props.onSaved, onError });
    else create.mutate(body, { onSuccess: props.onSaved, onError });
  });

  return (
    <FormModal
      title={editing ? t("site.settingsTitle") : t("site.createTitle")}
      submitLabel={t("week.save")}
      busy={create.isPending || update.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
    >
      <TextInput
        label={t("fields.name")}
        maxLength={LIMITS.siteNameMax}
        required
        data-autofocus
        {...form.getInputProps("name")}
      />
      <TextInput
        label={t("fields.slug")}
        description={t("fields.slugHelp")}
        maxLength={60}
        autoCapitalize="none"
        spellCheck={false}
        required
        {...form.getInputProps("slug")}
      />
      <TextInput
        label={t("fields.address")}
        maxLength={LIMITS.addressMax}
        {...form.getInputProps("address")}
      />
      <Select
        label={t("fields.timeZone")}
        description={t("fields.timeZoneHelp")}
        data={zones}
        searchable
        allowDeselect={false}
        required
        {...form.getInputProps("timeZone")}
      />
      <NumberInput
        label={t("fields.roomCapacity")}
        description={t("fields.roomCapacityHelp")}
        min={1}
        max={LIMITS.roomCapacityMax}
        allowDecimal={false}
        required
        {...form.getInputProps("roomCapacity")}
      />
    </FormModal>
  );
}
