import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../api/form-errors";
import { useUpdateProfile } from "../../features/accounts/accounts.mutations";
import { setUiLanguage, type UiLanguage } from "../../i18n/i18n";
import { LanguageSwitch } from "./LanguageSwitch";

/** The language switch of the signed-in shell: changes the screen at once and keeps it in the profile. */
export function ProfileLanguageSwitch() {
  const { i18n } = useTranslation();
  const updateProfile = useUpdateProfile();
  const onChange = async (language: UiLanguage) => {
    const previous = i18n.language;
    await setUiLanguage(language);
    updateProfile.mutate(
      { locale: language },
      {
        onError: (error) => {
          void i18n.changeLanguage(previous);
          notifications.show({ color: "red", message: errorMessage(error) });
        },
      },
    );
  };
  return (
    <LanguageSwitch
      value={i18n.language}
      onChange={(language) => void onChange(language)}
      disabled={updateProfile.isPending}
    />
  );
}
