import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { type AssignDutyBodySchema, rosterRoutes } from "../../../common/contracts/roster";
import { callApi } from "../../api/client";
import { rosterKeys } from "./roster.queries";

export function useAssignDuty(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof AssignDutyBodySchema>) =>
      callApi(rosterRoutes.assignDuty, { params: { siteId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rosterKeys.all }),
  });
}

export function useRemoveDuty(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi(rosterRoutes.removeDuty, { params: { siteId, id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rosterKeys.all }),
  });
}
