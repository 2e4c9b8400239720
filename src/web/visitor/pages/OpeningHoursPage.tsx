import { useCallback, useRef, useState } from "react";
import { fetchSites, type Site } from "../api";
import { Icon } from "../components/Icon";
import { LoadFailed, Loading } from "../components/LoadFailed";
import { SiteChooser } from "../components/SiteChooser";
import { SiteHours } from "../components/SiteHours";
import { useI18n } from "../i18n";
import { forgetStored, readStored, writeStored } from "../storage";
import { useLoad } from "../use-load";

/**
 * The start page: is the centre open now, until when or when next, tonight's activities, the
 * coming week and closures. With more than one site she chooses one first; the choice is kept.
 */
export function OpeningHoursPage() {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const sites = useLoad("sites", fetchSites);
  const [chosen, setChosen] = useState<string | null>(() => readStored("site"));

  const choose = (site: Site) => {
    writeStored("site", site.slug);
    setChosen(site.slug);
    heading.current?.focus();
  };
  const changeSite = () => {
    forgetStored("site");
    setChosen(null);
    heading.current?.focus();
  };
  const { refresh: refreshSites } = sites;
  const siteGone = useCallback(() => {
    forgetStored("site");
    setChosen(null);
    refreshSites();
  }, [refreshSites]);

  let content: React.ReactNode;
  if (sites.result.state === "loading") content = <Loading />;
  else if (sites.result.state === "failed") content = <LoadFailed onRetry={sites.retry} />;
  else {
    const list = sites.result.data;
    const site = list.find((s) => s.slug === chosen) ?? (list.length === 1 ? list[0] : undefined);
    if (list.length === 0) content = <p className="notice">{t("site.none")}</p>;
    else if (!site) content = <SiteChooser sites={list} onChoose={choose} />;
    else
      content = (
        <>
          <div className="site">
            <Icon name="place" />
            <p>
              <span className="site-name">{site.name}</span>
              {site.address && <span className="site-address">{site.address}</span>}
            </p>
            {list.length > 1 && (
              <button type="button" className="link-button" onClick={changeSite}>
                {t("site.change")}
              </button>
            )}
          </div>
          <p className="welcome">{t("welcome")}</p>
          <SiteHours key={site.slug} site={site} onGone={siteGone} />
        </>
      );
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t("hours.title")}
      </h1>
      {content}
    </>
  );
}
