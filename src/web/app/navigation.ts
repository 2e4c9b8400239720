import type { ParseKeys } from "i18next";
import type { Permission } from "../../common/permissions";
import { accountsNavigation } from "../features/accounts/accounts.navigation";
import { auditNavigation } from "../features/audit/audit.navigation";
import { catalogueNavigation } from "../features/catalogue/catalogue.navigation";
import { clinicNavigation } from "../features/clinic/clinic.navigation";
import { clinicQueueNavigation } from "../features/clinic-queue/clinic-queue.navigation";
import { diaryNavigation } from "../features/diary/diary.navigation";
import { doorNavigation } from "../features/door/door.navigation";
import { doorReportNavigation } from "../features/door-report/door-report.navigation";
import { followUpsNavigation } from "../features/follow-ups/follow-ups.navigation";
import { handoverNavigation } from "../features/handover/handover.navigation";
import { messagesNavigation } from "../features/messages/messages.navigation";
import { rosterNavigation } from "../features/roster/roster.navigation";
import { sitesNavigation } from "../features/sites/sites.navigation";
import { visitorsNavigation } from "../features/visitors/visitors.navigation";
import { paths } from "./paths";

/** Namespaces whose keys navigation entries may use; a feature with entries adds its own. */
export const NAVIGATION_NAMESPACES = [
  "common",
  "accounts",
  "sites",
  "roster",
  "audit",
  "visitors",
  "door",
  "catalogue",
  "door-report",
  "diary",
  "handover",
  "follow-ups",
  "messages",
  "clinic",
  "clinic-queue",
] as const;
export type NavigationKey = ParseKeys<typeof NAVIGATION_NAMESPACES>;

/** One place staff can go: shown in the side navigation and as a card on the home page. */
export interface NavigationEntry {
  id: string;
  path: string;
  /** Translation keys ("namespace:key"); titles say what the place is, never who is in it. */
  labelKey: NavigationKey;
  descriptionKey: NavigationKey;
  /** Shown only to holders of this permission; without one, to every signed-in staff member. */
  permission?: Permission;
  /** Lower comes first. */
  order: number;
  /** The home page lists every entry but itself. */
  home?: boolean;
}

/**
 * Every feature's entries. A feature adds a `<feature>.navigation.ts` exporting its entries and one
 * line here; pages themselves stay lazily loaded.
 */
const ENTRIES: readonly NavigationEntry[] = [
  {
    id: "home",
    path: paths.home(),
    labelKey: "common:nav.home.label",
    descriptionKey: "common:nav.home.description",
    order: 0,
    home: true,
  },
  ...accountsNavigation,
  ...doorNavigation,
  ...diaryNavigation,
  ...sitesNavigation,
  ...rosterNavigation,
  ...auditNavigation,
  ...catalogueNavigation,
  ...doorReportNavigation,
  ...handoverNavigation,
  ...followUpsNavigation,
  ...messagesNavigation,
  ...visitorsNavigation,
  ...clinicNavigation,
  ...clinicQueueNavigation,
];

/** The entries this person may use, in order; the server's permission list decides. */
export function navigationFor(permissions: readonly Permission[]): NavigationEntry[] {
  return ENTRIES.filter((entry) => !entry.permission || permissions.includes(entry.permission)).sort(
    (a, b) => a.order - b.order,
  );
}
