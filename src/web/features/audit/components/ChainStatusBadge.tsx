import { Badge, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAuditVerification } from "../audit.queries";

/** Whether the hash chain of the whole log is intact, or where it breaks. */
export function ChainStatusBadge() {
  const { t } = useTranslation("audit");
  const check = useAuditVerification();
  const badge = () => {
    if (check.isPending)
      return (
        <Badge color="gray" variant="light">
          {t("chain.checking")}
        </Badge>
      );
    if (check.isError)
      return (
        <Badge color="orange" variant="light">
          {t("chain.failed")}
        </Badge>
      );
    if (check.data.intact) {
      return (
        <Badge color="teal" variant="light">
          {t("chain.intact", { count: check.data.events })}
        </Badge>
      );
    }
    return (
      <Badge color="red" variant="filled">
        {t("chain.broken", { id: check.data.brokenAt?.id ?? "?" })}
      </Badge>
    );
  };
  return (
    <Tooltip label={t("chain.explain")} multiline w={320}>
      <span role="status" aria-live="polite">
        {badge()}
      </span>
    </Tooltip>
  );
}
