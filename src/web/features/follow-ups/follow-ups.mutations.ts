import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type CommentBody,
  type CompleteFollowUpBody,
  type CreateFollowUpBody,
  type DropFollowUpBody,
  type FollowUp,
  followUpsRoutes,
  type UpdateFollowUpBody,
} from "../../../common/contracts/follow-ups";
import { callApi } from "../../api/client";
import { followUpKeys } from "./follow-ups.queries";

/** The handover counts follow-ups due; it asks again after any change here. */
const HANDOVER_KEY = ["handover"] as const;
/** The door's board shows the flag a follow-up on a code raises. */
const DOOR_KEY = ["door"] as const;

/** After any change: the follow-up shows its new state at once, and every list asks again. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (followUp: FollowUp) => {
    queryClient.setQueryData(followUpKeys.followUp(followUp.id), followUp);
    void queryClient.invalidateQueries({ queryKey: HANDOVER_KEY });
    void queryClient.invalidateQueries({ queryKey: DOOR_KEY });
    return queryClient.invalidateQueries({ queryKey: followUpKeys.lists() });
  };
}

export function useCreateFollowUp() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateFollowUpBody) => callApi(followUpsRoutes.createFollowUp, { body }),
    onSuccess: afterChange,
  });
}

export function useUpdateFollowUp(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdateFollowUpBody) =>
      callApi(followUpsRoutes.updateFollowUp, { params: { id }, body }),
    onSuccess: afterChange,
  });
}

export function useCompleteFollowUp(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CompleteFollowUpBody) =>
      callApi(followUpsRoutes.completeFollowUp, { params: { id }, body }),
    onSuccess: afterChange,
  });
}

export function useDropFollowUp(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: DropFollowUpBody) => callApi(followUpsRoutes.dropFollowUp, { params: { id }, body }),
    onSuccess: afterChange,
  });
}

export function useReopenFollowUp(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: () => callApi(followUpsRoutes.reopenFollowUp, { params: { id } }),
    onSuccess: afterChange,
  });
}

export function useAddComment(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CommentBody) => callApi(followUpsRoutes.addComment, { params: { id }, body }),
    onSuccess: afterChange,
  });
}
