import { useCan } from "../../../app/current-user";
import { lastDoorSite } from "../../door/door.format";
import { useSites } from "../../sites/sites.queries";
import { chooseSite } from "../site-choice";
import { HandoverBanner } from "./HandoverBanner";

/**
 * On the home page, first: the handover of the site this person works at (or this computer showed
 * last), when there is something unread or due.
 */
export function HomeHandover() {
  return useCan("diary.write") ? <HomeHandoverOfSite /> : null;
}

function HomeHandoverOfSite() {
  const sites = useSites();
  const site = sites.data ? chooseSite(sites.data.items, lastDoorSite()) : null;
  if (!site) return null;
  return <HandoverBanner siteId={site.id} place="home" />;
}
