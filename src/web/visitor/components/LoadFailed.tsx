import { useI18n } from "../i18n";
import { Icon } from "./Icon";

/** A calm note and one big button: nothing is her fault, and trying again is safe. */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="alert">
      <p className="notice-title">{t("error.title")}</p>
      <p>{t("error.body")}</p>
      <button type="button" className="action" onClick={onRetry}>
        <Icon name="retry" />
        <span>{t("error.retry")}</span>
      </button>
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t("state.loading")}
    </p>
  );
}
