import { Button, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Service, SupplyItem } from "../../../../common/contracts/services";
import type { Site } from "../../../../common/contracts/sites";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { SiteHeader } from "../../sites/components/SiteHeader";
import { useSite } from "../../sites/sites.queries";
import { displayName, nextPosition } from "../catalogue.logic";
import { useCatalogue } from "../catalogue.queries";
import { ServiceFormModal } from "../components/ServiceFormModal";
import { ServicesSection } from "../components/ServicesSection";
import { StockAdjustModal } from "../components/StockAdjustModal";
import { SuppliesSection } from "../components/SuppliesSection";
import { SupplyItemFormModal } from "../components/SupplyItemFormModal";
import { countWithUnit } from "../units";

type Dialog =
  | { kind: "service"; service?: Service }
  | { kind: "supply"; item?: SupplyItem }
  | { kind: "stock"; item: SupplyItem }
  | null;

/** A site's services and supplies: what the door ticks and hands out, with stock and limits. */
export function CataloguePage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation(["catalogue", "sites"]);
  const site = useSite(siteId);
  usePageTitle(site.data ? t("catalogue:title", { site: site.data.name }) : t("catalogue:shortTitle"));
  if (site.isPending) return <FullPageLoader />;
  if (site.isError) {
    return (
      <Stack maw={720}>
        <Title order={1}>{t("catalogue:shortTitle")}</Title>
        {isApiError(site.error) && site.error.code === "NOT_FOUND" ? (
          <Text>{t("sites:site.notFound")}</Text>
        ) : (
          <ErrorAlert error={site.error} />
        )}
      </Stack>
    );
  }
  return <CatalogueView site={site.data} />;
}

function CatalogueView({ site }: { site: Site }) {
  const { t, i18n } = useTranslation("catalogue");
  const { t: tc } = useTranslation();
  const catalogue = useCatalogue(site.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const saved = (message: string) => {
    setDialog(null);
    notifications.show({ color: "calm", message });
  };

  const body = () => {
    if (catalogue.isPending) return <FullPageLoader />;
    if (catalogue.isError) {
      return (
        <Stack gap="sm" align="flex-start">
          <ErrorAlert error={catalogue.error} />
          <Button variant="default" onClick={() => void catalogue.refetch()} loading={catalogue.isFetching}>
            {tc("actions.tryAgain")}
          </Button>
        </Stack>
      );
    }
    const { services, supplies, can } = catalogue.data;
    return (
      <>
        <ServicesSection
          siteId={site.id}
          services={services}
          canManage={can.manage}
          onAdd={() => setDialog({ kind: "service" })}
          onEdit={(service) => setDialog({ kind: "service", service })}
        />
        <SuppliesSection
          siteId={site.id}
          supplies={supplies}
          canManage={can.manage}
          canAdjustStock={can.adjustStock}
          onAdd={() => setDialog({ kind: "supply" })}
          onEdit={(item) => setDialog({ kind: "supply", item })}
          onAdjust={(item) => setDialog({ kind: "stock", item })}
        />
        {dialog?.kind === "service" && (
          <ServiceFormModal
            siteId={site.id}
            service={dialog.service}
            position={nextPosition(services)}
            onClose={close}
            onSaved={(service) =>
              saved(
                t(dialog.service ? "services.saved" : "services.added", {
                  name: displayName(service.names, i18n.language),
                }),
              )
            }
          />
        )}
        {dialog?.kind === "supply" && (
          <SupplyItemFormModal
            siteId={site.id}
            item={dialog.item}
            position={nextPosition(supplies)}
            onClose={close}
            onSaved={(item) =>
              saved(
                t(dialog.item ? "supplies.saved" : "supplies.added", {
                  name: displayName(item.names, i18n.language),
                }),
              )
            }
          />
        )}
        {dialog?.kind === "stock" && (
          <StockAdjustModal
            siteId={site.id}
            item={dialog.item}
            onClose={close}
            onSaved={(item) =>
              saved(
                t("stock.saved", {
                  name: displayName(item.names, i18n.language),
                  stock: countWithUnit(item.stock, item.unit, t, i18n.language),
                }),
              )
            }
          />
        )}
      </>
    );
  };

  return (
    <Stack gap="xl" maw={1400}>
      <SiteHeader site={site} active="catalogue" title={t("title", { site: site.name })} intro={t("intro")} />
      {body()}
    </Stack>
  );
}
