import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Service } from "../../../../common/contracts/services";
import { LIMITS } from "../../../../common/limits";
import type { CatalogueIconName } from "../../../components/CatalogueIcon";
import { FormModal } from "../../../components/FormModal";
import { applyCatalogueErrors } from "../catalogue.form-errors";
import { namesForSave } from "../catalogue.logic";
import { useSaveService } from "../catalogue.mutations";
import { IconPicker } from "./IconPicker";
import { NameFields } from "./NameFields";
import { validateNames, withoutName } from "./name-form";

interface ServiceFormModalProps {
  siteId: string;
  /** Changing this service; adding a new one when absent. */
  service?: Service;
  /** Where a new service goes (after the last one). */
  position: number;
  onClose: () => void;
  onSaved: (service: Service) => void;
}

interface ServiceValues {
  names: Record<string, string>;
  icon: CatalogueIconName;
}

/** A service's names and picture. Hiding and moving it are done in the list. */
export function ServiceFormModal(props: ServiceFormModalProps) {
  const { t } = useTranslation("catalogue");
  const save = useSaveService(props.siteId);
  const editing = props.service;
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm<ServiceValues>({
    initialValues: {
      names: { da: "", en: "", ...editing?.names },
      icon: editing?.icon ?? "other",
    },
    validate: (values) => validateNames(values.names, t),
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const body = { names: namesForSave(values.names), icon: values.icon };
    save.mutate(
      { id: editing?.id, body: editing ? body : { ...body, position: props.position } },
      {
        onSuccess: props.onSaved,
        onError: (error) => {
          const hint = t("form.nameHint", { max: LIMITS.serviceNameMax });
          if (applyCatalogueErrors(form, error, { hints: { names: hint, icon: t("form.iconHint") } })) {
            setPageError(error);
          }
        },
      },
    );
  });

  return (
    <FormModal
      size="lg"
      title={editing ? t("services.editTitle") : t("services.addTitle")}
      submitLabel={editing ? t("form.save") : t("services.add")}
      busy={save.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
    >
      <NameFields
        names={form.values.names}
        inputProps={(language) => form.getInputProps(`names.${language}`)}
        onAdd={(language) => form.setFieldValue(`names.${language}`, "")}
        onRemove={(language) => {
          form.clearFieldError(`names.${language}`);
          form.setFieldValue("names", withoutName(form.values.names, language));
        }}
        autoFocus
      />
      <IconPicker
        value={form.values.icon}
        onChange={(icon) => form.setFieldValue("icon", icon)}
        error={form.errors.icon}
      />
    </FormModal>
  );
}
