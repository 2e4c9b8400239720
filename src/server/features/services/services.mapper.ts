import type { Service, SupplyItem } from "../../../common/contracts/services.js";
import type { ServiceRow, SupplyItemRow } from "./services.repository.js";

type Icon = Service["icon"];

export const toService = (row: ServiceRow): Service => ({
  id: row.id,
  siteId: row.siteId,
  key: row.key,
  names: row.names,
  icon: row.icon as Icon,
  position: row.position,
  active: row.active,
});

export const toSupplyItem = (row: SupplyItemRow): SupplyItem => ({
  id: row.id,
  siteId: row.siteId,
  key: row.key,
  names: row.names,
  icon: row.icon as Icon,
  unit: row.unit,
  stock: row.stock,
  lowStockAt: row.lowStockAt,
  lowStock: row.stock <= row.lowStockAt,
  limitPerVisit: row.limitPerVisit,
  limitPerWeek: row.limitPerWeek,
  position: row.position,
  active: row.active,
});
