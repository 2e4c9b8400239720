import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  type AdjustStockBodySchema,
  type Catalogue,
  type ServiceBodySchema,
  type SupplyItemBodySchema,
  servicesRoutes,
} from "../../../common/contracts/services";
import { callApi } from "../../api/client";
import { catalogueKeys } from "./catalogue.queries";

export type ServiceBody = z.input<typeof ServiceBodySchema>;
export type SupplyItemBody = z.input<typeof SupplyItemBodySchema>;
export type AdjustStockBody = z.input<typeof AdjustStockBodySchema>;
export type CatalogueKind = "service" | "supply";

function useRefresh(siteId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: catalogueKeys.site(siteId) });
}

/** Adds a service when no id is given, else changes it. */
export function useSaveService(siteId: string) {
  const refresh = useRefresh(siteId);
  return useMutation({
    mutationFn: (input: { id?: string; body: ServiceBody }) =>
      input.id
        ? callApi(servicesRoutes.updateService, { params: { siteId, id: input.id }, body: input.body })
        : callApi(servicesRoutes.createService, { params: { siteId }, body: input.body }),
    onSuccess: refresh,
  });
}

/** Adds a supply item when no id is given, else changes it (names, icon, unit, limits). */
export function useSaveSupplyItem(siteId: string) {
  const refresh = useRefresh(siteId);
  return useMutation({
    mutationFn: (input: { id?: string; body: SupplyItemBody }) =>
      input.id
        ? callApi(servicesRoutes.updateSupplyItem, { params: { siteId, id: input.id }, body: input.body })
        : callApi(servicesRoutes.createSupplyItem, { params: { siteId }, body: input.body }),
    onSuccess: refresh,
  });
}

/** A delivery or a stock count. */
export function useAdjustStock(siteId: string) {
  const refresh = useRefresh(siteId);
  return useMutation({
    mutationFn: (input: { id: string; body: AdjustStockBody }) =>
      callApi(servicesRoutes.adjustStock, { params: { siteId, id: input.id }, body: input.body }),
    onSuccess: refresh,
  });
}

export interface ItemPatch {
  id: string;
  patch: { position?: number; active?: boolean };
}

function patched<T extends { id: string }>(items: T[], updates: readonly ItemPatch[]): T[] {
  return items.map((item) => {
    const update = updates.find((u) => u.id === item.id);
    return update ? { ...item, ...update.patch } : item;
  });
}

/**
 * Moving an item or hiding it: shown at once (the list changes before the server answers), sent
 * as one PATCH per item that changes, and put back as it was if the server refuses.
 */
export function useArrangeCatalogue(siteId: string) {
  const queryClient = useQueryClient();
  const key = catalogueKeys.site(siteId);
  return useMutation({
    mutationFn: async (input: { kind: CatalogueKind; updates: readonly ItemPatch[] }) => {
      const route = input.kind === "service" ? servicesRoutes.updateService : servicesRoutes.updateSupplyItem;
      for (const update of input.updates) {
        // One after the other: a half-done reorder is then at most one step off, never scrambled.
        await callApi(route, { params: { siteId, id: update.id }, body: update.patch });
      }
    },
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Catalogue>(key);
      if (before) {
        queryClient.setQueryData<Catalogue>(key, {
          ...before,
          services: input.kind === "service" ? patched(before.services, input.updates) : before.services,
          supplies: input.kind === "supply" ? patched(before.supplies, input.updates) : before.supplies,
        });
      }
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
