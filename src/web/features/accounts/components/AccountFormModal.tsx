import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Account } from "../../../../common/contracts/accounts";
import { LIMITS } from "../../../../common/limits";
import { ROLES, type Role } from "../../../../common/permissions";
import { applyApiErrors } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { LanguagesMultiSelect } from "../../../components/LanguagesMultiSelect";
import { useCreateAccount, useUpdateAccount } from "../accounts.mutations";
import { validateUsername } from "../username-rules";
import { useStepUp } from "../useStepUp";

interface AccountFormModalProps {
  opened: boolean;
  /** Editing this account; creating a new one when absent. */
  account?: Account;
  isSelf: boolean;
  organisations: { id: string; name: string }[];
  sites: { id: string; name: string }[];
  onClose: () => void;
  onCreated: (issued: { account: Account; temporaryPassword: string }) => void;
  onSaved: (account: Account) => void;
}

const asRole = (value: string): Role | undefined => ROLES.find((role) => role === value);

/** Create a staff account (the server issues a temporary password) or change one. */
export function AccountFormModal(props: AccountFormModalProps) {
  const { t } = useTranslation(["accounts", "common"]);
  const editing = props.account;
  const createAccount = useCreateAccount();
  // A new role asks for a fresh code from the authenticator app, then saves.
  const { withStepUp, stepUpModal } = useStepUp();
  const updateAccount = useUpdateAccount({ withStepUp });
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      username: editing?.username ?? "",
      displayName: editing?.displayName ?? "",
      role: editing?.role ?? "",
      organisationId:
        editing?.organisationId ?? (props.organisations.length === 1 ? props.organisations[0]?.id : "") ?? "",
      profession: editing?.profession ?? "",
      languages: editing?.languages ?? [],
      siteIds: editing?.siteIds ?? [],
    },
    validate: {
      username: (value) => (editing ? null : validateUsername(t, value)),
      displayName: (value) => (value.trim() ? null : t("fields.displayNameRequired")),
      role: (value) => (asRole(value) ? null : t("admin.roleRequired")),
      organisationId: (value) => (value ? null : t("admin.organisationRequired")),
    },
  });

  const onError = (error: unknown) => {
    if (applyApiErrors(form, error)) setPageError(error);
  };

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const role = asRole(values.role);
    if (!role) return;
    const common = {
      displayName: values.displayName.trim(),
      organisationId: values.organisationId,
      profession: values.profession.trim(),
      languages: values.languages,
      siteIds: values.siteIds,
    };
    if (editing) {
      // One's own role stays as it is: the server refuses, so the form does not send it.
      const body = props.isSelf ? common : { ...common, role };
      updateAccount.mutate({ id: editing.id, body }, { onSuccess: props.onSaved, onError });
    } else {
      createAccount.mutate(
        { ...common, role, username: values.username.trim() },
        { onSuccess: props.onCreated, onError },
      );
    }
  });

  const busy = createAccount.isPending || updateAccount.isPending;
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const organisationOptions = props.organisations.map((o) => ({ value: o.id, label: o.name }));
  // Sites the list does not hold (none should be missing) still show, by id, rather than vanish.
  const known = new Set(props.sites.map((site) => site.id));
  const siteOptions = [
    ...props.sites.map((site) => ({ value: site.id, label: site.name })),
    ...form.values.siteIds.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id })),
  ];

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={editing ? t("admin.editTitle", { name: editing.displayName }) : t("admin.createTitle")}
      size="lg"
      closeOnClickOutside={false}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={pageError} />
          <TextInput
            label={t("fields.displayName")}
            description={t("fields.displayNameHelp")}
            maxLength={LIMITS.displayNameMax}
            required
            data-autofocus
            {...form.getInputProps("displayName")}
          />
          {!editing && (
            <TextInput
              label={t("fields.username")}
              description={t("fields.usernameHelp")}
              autoCapitalize="none"
              autoComplete="off"
              spellCheck={false}
              maxLength={LIMITS.usernameMax}
              required
              {...form.getInputProps("username")}
            />
          )}
          <Select
            label={t("fields.role")}
            description={props.isSelf ? t("admin.ownRoleHelp") : t("admin.roleHelp")}
            data={roleOptions}
            required
            disabled={props.isSelf}
            allowDeselect={false}
            {...form.getInputProps("role")}
          />
          <Select
            label={t("fields.organisation")}
            data={organisationOptions}
            required
            allowDeselect={false}
            {...form.getInputProps("organisationId")}
          />
          <MultiSelect
            label={t("fields.sites")}
            description={t("admin.sitesHelp")}
            data={siteOptions}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={t("admin.noSiteFound")}
            {...form.getInputProps("siteIds")}
          />
          <TextInput
            label={t("fields.profession")}
            description={t("fields.professionHelp")}
            maxLength={LIMITS.professionMax}
            {...form.getInputProps("profession")}
          />
          <LanguagesMultiSelect
            label={t("fields.languagesAdmin")}
            description={t("fields.languagesHelpAdmin")}
            {...form.getInputProps("languages")}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={props.onClose}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={busy}>
              {editing ? t("admin.save") : t("admin.create")}
            </Button>
          </Group>
        </Stack>
      </form>
      {stepUpModal}
    </Modal>
  );
}
