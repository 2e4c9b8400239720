import { useState } from "react";
import type { Site } from "../../../common/contracts/sites";

/** Which site the clinic pages showed last on this computer (an id only), so they open it again. */
const LAST_SITE_KEY = "pusterum.staff.clinicSite";

export function rememberClinicSite(siteId: string) {
  try {
    window.localStorage.setItem(LAST_SITE_KEY, siteId);
  } catch {
    // Storage can be switched off: the first site is then shown each time.
  }
}

function lastClinicSite(): string | null {
  try {
    return window.localStorage.getItem(LAST_SITE_KEY);
  } catch {
    return null;
  }
}

/** The site chosen among these: the one chosen before on this computer, else the first. */
export function useChosenSite(sites: readonly Site[]): [Site | null, (siteId: string) => void] {
  const [chosenId, setChosenId] = useState<string | null>(() => lastClinicSite());
  const site = sites.find((s) => s.id === chosenId) ?? sites[0] ?? null;
  const choose = (siteId: string) => {
    setChosenId(siteId);
    rememberClinicSite(siteId);
  };
  return [site, choose];
}
