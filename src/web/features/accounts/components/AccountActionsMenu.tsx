import { Button, Menu } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Account } from "../../../../common/contracts/accounts";

export type AccountAction = "edit" | "reset" | "deactivate" | "reactivate";

interface AccountActionsMenuProps {
  account: Account;
  /** One's own account cannot be deactivated or reset from here (the profile has its own tools). */
  isSelf: boolean;
  onAction: (action: AccountAction, account: Account) => void;
}

export function AccountActionsMenu({ account, isSelf, onAction }: AccountActionsMenuProps) {
  const { t } = useTranslation("accounts");
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" aria-label={t("admin.actionsFor", { name: account.displayName })}>
          {t("admin.actions")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction("edit", account)}>{t("admin.edit")}</Menu.Item>
        {!isSelf && <Menu.Item onClick={() => onAction("reset", account)}>{t("admin.reset")}</Menu.Item>}
        {!isSelf && account.active && (
          <Menu.Item color="red" onClick={() => onAction("deactivate", account)}>
            {t("admin.deactivate")}
          </Menu.Item>
        )}
        {!account.active && (
          <Menu.Item onClick={() => onAction("reactivate", account)}>{t("admin.reactivate")}</Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
