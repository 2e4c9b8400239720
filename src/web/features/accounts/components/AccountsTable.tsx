import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Account } from "../../../../common/contracts/accounts";
import { type AccountAction, AccountActionsMenu } from "./AccountActionsMenu";
import { AccountStatusBadge } from "./AccountStatusBadge";

interface AccountsTableProps {
  labelledBy: string;
  accounts: Account[];
  organisationNames: ReadonlyMap<string, string>;
  siteNames?: ReadonlyMap<string, string>;
  currentAccountId: string;
  canManage: boolean;
  onAction: (action: AccountAction, account: Account) => void;
}

export function AccountsTable(props: AccountsTableProps) {
  const { t } = useTranslation("accounts");
  const sitesOf = (account: Account) => {
    if (account.siteIds.length === 0) return t("admin.noSites");
    if (!props.siteNames) return t("admin.siteCount", { count: account.siteIds.length });
    return account.siteIds.map((id) => props.siteNames?.get(id) ?? "?").join(", ");
  };
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table aria-labelledby={props.labelledBy} striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("fields.username")}</Table.Th>
            <Table.Th scope="col">{t("fields.displayName")}</Table.Th>
            <Table.Th scope="col">{t("fields.role")}</Table.Th>
            <Table.Th scope="col">{t("fields.organisation")}</Table.Th>
            <Table.Th scope="col">{t("fields.sites")}</Table.Th>
            <Table.Th scope="col">{t("admin.twoStep")}</Table.Th>
            <Table.Th scope="col">{t("admin.status")}</Table.Th>
            {props.canManage && <Table.Th scope="col">{t("admin.actions")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.accounts.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td ff="monospace">{account.username}</Table.Td>
              <Table.Td>{account.displayName}</Table.Td>
              <Table.Td>{t(`roles.${account.role}`)}</Table.Td>
              <Table.Td>{props.organisationNames.get(account.organisationId) ?? "—"}</Table.Td>
              <Table.Td>{sitesOf(account)}</Table.Td>
              <Table.Td>{account.secondFactorEnrolled ? t("admin.yes") : t("admin.no")}</Table.Td>
              <Table.Td>
                <AccountStatusBadge account={account} />
              </Table.Td>
              {props.canManage && (
                <Table.Td>
                  <AccountActionsMenu
                    account={account}
                    isSelf={account.id === props.currentAccountId}
                    onAction={props.onAction}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
