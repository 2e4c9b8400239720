import { Button, Group, NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useSites } from "../../sites/sites.queries";
import { diaryPaths } from "../diary.paths";
import { DiaryIcon, type DiaryIconName } from "./DiaryIcon";

export type DiaryPlace = "tonight" | "entries" | "themes" | "search";

const PLACES: { place: DiaryPlace; icon: DiaryIconName; to: (siteId: string) => string }[] = [
  { place: "tonight", icon: "pencil", to: diaryPaths.tonight },
  { place: "entries", icon: "book", to: diaryPaths.entries },
  { place: "themes", icon: "chart", to: diaryPaths.themes },
  { place: "search", icon: "search", to: diaryPaths.search },
];

/** The diary's places for one site (tonight, entries, themes, search), and the site to show. */
export function DiarySiteNav({ siteId, current }: { siteId: string; current: DiaryPlace | null }) {
  const { t } = useTranslation("diary");
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Group component="nav" aria-label={t("places.label")} gap="xs">
        {PLACES.map(({ place, icon, to }) => (
          <Button
            key={place}
            component={Link}
            to={to(siteId)}
            variant={place === current ? "filled" : "default"}
            aria-current={place === current ? "page" : undefined}
            leftSection={<DiaryIcon name={icon} size={18} />}
          >
            {t(`places.${place}`)}
          </Button>
        ))}
      </Group>
      <SitePicker siteId={siteId} current={current ?? "tonight"} />
    </Group>
  );
}

/** For staff who work at more than one site: which site's diary this is. */
function SitePicker({ siteId, current }: { siteId: string; current: DiaryPlace }) {
  const { t } = useTranslation("diary");
  const sites = useSites();
  const navigate = useNavigate();
  const items = sites.data?.items ?? [];
  if (items.length < 2) return null;
  const to = PLACES.find((p) => p.place === current)?.to ?? diaryPaths.tonight;
  return (
    <NativeSelect
      label={t("places.site")}
      value={siteId}
      data={items.map((site) => ({ value: site.id, label: site.name }))}
      onChange={(event) => navigate(to(event.currentTarget.value))}
      miw={220}
    />
  );
}

/** Which site the diary showed last on this computer (an id only), so "Diary" opens it again. */
const LAST_SITE_KEY = "pusterum.staff.diarySite";

export function rememberDiarySite(siteId: string) {
  try {
    window.localStorage.setItem(LAST_SITE_KEY, siteId);
  } catch {
    // Storage can be switched off: the start page then asks each time.
  }
}

export function lastDiarySite(): string | null {
  try {
    return window.localStorage.getItem(LAST_SITE_KEY);
  } catch {
    return null;
  }
}
