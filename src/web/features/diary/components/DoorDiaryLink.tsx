import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCan } from "../../../app/current-user";
import { diaryPaths } from "../diary.paths";
import { DiaryIcon } from "./DiaryIcon";

/** On the door's board: one tap to tonight's diary entry of the same site. */
export function DoorDiaryLink({ siteId }: { siteId: string }) {
  const { t } = useTranslation("diary");
  const canWrite = useCan("diary.write");
  if (!canWrite) return null;
  return (
    <Button
      component={Link}
      to={diaryPaths.tonight(siteId)}
      variant="default"
      size="md"
      leftSection={<DiaryIcon name="pencil" size={18} />}
      data-testid="door-diary-link"
    >
      {t("door.link")}
    </Button>
  );
}
