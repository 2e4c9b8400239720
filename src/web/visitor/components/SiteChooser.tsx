import type { Site } from "../api";
import { useI18n } from "../i18n";
import { Icon } from "./Icon";

/** When the centre has more than one place: one big button per place, with its address. */
export function SiteChooser({ sites, onChoose }: { sites: readonly Site[]; onChoose: (site: Site) => void }) {
  const { t } = useI18n();
  return (
    <section className="block" aria-labelledby="site-chooser-title">
      <h2 id="site-chooser-title">{t("site.choose")}</h2>
      <ul className="site-list">
        {sites.map((site) => (
          <li key={site.slug}>
            <button type="button" className="site-option" onClick={() => onChoose(site)}>
              <Icon name="place" size={32} />
              <span>
                <span className="site-name">{site.name}</span>
                {site.address && <span className="site-address">{site.address}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
