import type { NavigationEntry } from "../../app/navigation";
import { cataloguePaths } from "./catalogue.paths";

// Managers also reach the catalogue from each site's pages; social workers record deliveries and
// stock counts, so they get the entry too (stock.adjust: managers and social workers).
export const catalogueNavigation: NavigationEntry[] = [
  {
    id: "catalogue",
    path: cataloguePaths.sites(),
    labelKey: "catalogue:nav.catalogue.label",
    descriptionKey: "catalogue:nav.catalogue.description",
    permission: "stock.adjust",
    order: 110,
  },
];
