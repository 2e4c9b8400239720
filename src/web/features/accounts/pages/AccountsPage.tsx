import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Account } from "../../../../common/contracts/accounts";
import { useCan, useCurrentUser } from "../../../app/current-user";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import { CursorPagination } from "../../../components/CursorPagination";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { useDeactivateAccount, useReactivateAccount, useResetAccount } from "../accounts.mutations";
import { useAccounts, useOrganisations, useSiteChoices } from "../accounts.queries";
import type { AccountAction } from "../components/AccountActionsMenu";
import { AccountFormModal } from "../components/AccountFormModal";
import { AccountsTable } from "../components/AccountsTable";
import { IssuedPasswordModal } from "../components/IssuedPasswordModal";

type Dialog =
  | { kind: "create" }
  | { kind: "edit"; account: Account }
  | { kind: "deactivate" | "reactivate" | "reset"; account: Account }
  | null;

interface Issued {
  kind: "created" | "reset";
  account: Account;
  temporaryPassword: string;
}

const HEADING_ID = "accounts-heading";

/** Staff accounts: administrators manage them, managers may look. */
export function AccountsPage() {
  const { t } = useTranslation("accounts");
  usePageTitle(t("admin.title"));
  const me = useCurrentUser();
  const canManage = useCan("account.manage");
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const accounts = useAccounts(cursors.at(-1));
  const organisations = useOrganisations();
  const sites = useSiteChoices();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const deactivate = useDeactivateAccount();
  const reactivate = useReactivateAccount();
  const reset = useResetAccount();

  const organisationNames = useMemo(
    () => new Map((organisations.data?.items ?? []).map((o) => [o.id, o.name])),
    [organisations.data],
  );

  const siteNames = useMemo(
    () => (sites.data ? new Map(sites.data.items.map((site) => [site.id, site.name])) : undefined),
    [sites.data],
  );

  const closeDialog = () => {
    setDialog(null);
    deactivate.reset();
    reactivate.reset();
    reset.reset();
  };

  const onAction = (action: AccountAction, account: Account) => setDialog({ kind: action, account });

  const confirmDialog = () => {
    if (!dialog || dialog.kind === "create" || dialog.kind === "edit") return null;
    const { account } = dialog;
    const name = account.displayName;
    const mutation =
      dialog.kind === "deactivate" ? deactivate : dialog.kind === "reactivate" ? reactivate : reset;
    const onConfirm = () => {
      if (dialog.kind === "reset") {
        reset.mutate(account.id, {
          onSuccess: (result) => {
            closeDialog();
            setIssued({ kind: "reset", ...result });
          },
        });
        return;
      }
      const deactivating = dialog.kind === "deactivate";
      (deactivating ? deactivate : reactivate).mutate(account.id, {
        onSuccess: () => {
          closeDialog();
          const message = deactivating
            ? t("admin.deactivateDone", { name })
            : t("admin.reactivateDone", { name });
          notifications.show({ color: "calm", message });
        },
      });
    };
    return (
      <ConfirmDialog
        opened
        danger={dialog.kind !== "reactivate"}
        title={t(`admin.${dialog.kind}Title`, { name })}
        message={t(`admin.${dialog.kind}Confirm`, { name })}
        confirmLabel={t(`admin.${dialog.kind}`)}
        busy={mutation.isPending}
        error={mutation.error}
        onCancel={closeDialog}
        onConfirm={onConfirm}
      />
    );
  };

  const list = () => {
    if (accounts.isPending) return <FullPageLoader />;
    if (accounts.isError) return <ErrorAlert error={accounts.error} />;
    if (accounts.data.items.length === 0) {
      return (
        <Paper withBorder p="xl">
          <Stack gap="xs" align="center">
            <Text fw={600}>{t("admin.emptyTitle")}</Text>
            <Text c="dark.6">{canManage ? t("admin.emptyManage") : t("admin.emptyRead")}</Text>
          </Stack>
        </Paper>
      );
    }
    return (
      <Stack gap="md">
        <Paper withBorder>
          <AccountsTable
            labelledBy={HEADING_ID}
            accounts={accounts.data.items}
            organisationNames={organisationNames}
            siteNames={siteNames}
            currentAccountId={me.id}
            canManage={canManage}
            onAction={onAction}
          />
        </Paper>
        <CursorPagination
          page={cursors.length}
          hasPrevious={cursors.length > 1}
          hasNext={Boolean(accounts.data.nextCursor)}
          busy={accounts.isFetching}
          onPrevious={() => setCursors((stack) => stack.slice(0, -1))}
          onNext={() => {
            const next = accounts.data.nextCursor;
            if (next) setCursors((stack) => [...stack, next]);
          }}
        />
      </Stack>
    );
  };

  const editing = dialog?.kind === "edit" ? dialog.account : undefined;

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} id={HEADING_ID}>
            {t("admin.title")}
          </Title>
          <Text c="dark.6">{canManage ? t("admin.introManage") : t("admin.introRead")}</Text>
        </Stack>
        {canManage && (
          <Button onClick={() => setDialog({ kind: "create" })}>{t("admin.createButton")}</Button>
        )}
      </Group>
      {list()}
      {canManage && (dialog?.kind === "create" || dialog?.kind === "edit") && (
        <AccountFormModal
          key={editing?.id ?? "new"}
          opened
          account={editing}
          isSelf={editing?.id === me.id}
          organisations={organisations.data?.items ?? []}
          sites={sites.data?.items ?? []}
          onClose={closeDialog}
          onCreated={(result) => {
            closeDialog();
            setIssued({ kind: "created", ...result });
          }}
          onSaved={(account) => {
            closeDialog();
            notifications.show({ color: "calm", message: t("admin.saved", { name: account.displayName }) });
          }}
        />
      )}
      {canManage && confirmDialog()}
      <IssuedPasswordModal issued={issued} kind={issued?.kind ?? "created"} onClose={() => setIssued(null)} />
    </Stack>
  );
}
