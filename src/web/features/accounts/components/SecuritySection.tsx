import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Me } from "../../../../common/contracts/accounts";
import { paths } from "../../../app/paths";
import { RegenerateRecoveryCodesButton } from "./RegenerateRecoveryCodesButton";
import { SignOutEverywhereButton } from "./SignOutEverywhereButton";

/** Password, two-step sign-in and sessions. */
export function SecuritySection({ me }: { me: Me }) {
  const { t } = useTranslation("accounts");
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm">
          <Text fw={600}>{t("profile.security.twoStep")}</Text>
          {me.secondFactorEnrolled ? (
            <Badge color="calm" variant="light">
              {t("profile.security.twoStepOn")}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t("profile.security.twoStepOff")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dark.6">
          {me.secondFactorEnrolled
            ? t("profile.security.twoStepOnHelp")
            : t("profile.security.twoStepOffHelp")}
        </Text>
        <Group>
          {me.secondFactorEnrolled ? (
            <RegenerateRecoveryCodesButton />
          ) : (
            <Button component={Link} to={paths.enrolSecondFactor(paths.profile())} variant="default">
              {t("profile.security.setUpTwoStep")}
            </Button>
          )}
        </Group>
      </Stack>
      <Stack gap="xs">
        <Text fw={600}>{t("profile.security.password")}</Text>
        <Group>
          <Button component={Link} to={paths.changePassword()} variant="default">
            {t("profile.security.changePassword")}
          </Button>
        </Group>
      </Stack>
      <Stack gap="xs">
        <Text fw={600}>{t("profile.security.sessions")}</Text>
        <Text size="sm" c="dark.6">
          {t("profile.security.signOutEverywhereHelp")}
        </Text>
        <Group>
          <SignOutEverywhereButton />
        </Group>
      </Stack>
    </Stack>
  );
}
