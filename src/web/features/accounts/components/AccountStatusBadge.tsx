import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Account } from "../../../../common/contracts/accounts";

/** Active, locked (too many failed sign-ins) or deactivated; said in words, not only colour. */
export function AccountStatusBadge({ account }: { account: Account }) {
  const { t } = useTranslation("accounts");
  if (!account.active) {
    return (
      <Badge color="gray" variant="light">
        {t("status.deactivated")}
      </Badge>
    );
  }
  if (account.locked) {
    return (
      <Badge color="orange" variant="light">
        {t("status.locked")}
      </Badge>
    );
  }
  return (
    <Badge color="calm" variant="light">
      {t("status.active")}
    </Badge>
  );
}
