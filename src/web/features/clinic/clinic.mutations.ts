import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  type ClinicTest,
  type Consultation,
  type CostInputSchema,
  type CreateConsultationBody,
  type CreateMedicineBody,
  clinicRoutes,
  type MedicineAdjustmentBodySchema,
  type ReferralInputSchema,
  type TestInputSchema,
  type TestTransitionBody,
  type UpdateConsultationBody,
  type UpdateMedicineBody,
} from "../../../common/contracts/clinic";
import { callApi } from "../../api/client";
import { clinicKeys } from "./clinic.queries";

/** After any change to a consultation's parts: it is read again, and the board follows. */
function useAfterConsultationChange() {
  const queryClient = useQueryClient();
  return (consultationId: string) => {
    void queryClient.invalidateQueries({ queryKey: clinicKeys.consultation(consultationId) });
    void queryClient.invalidateQueries({ queryKey: clinicKeys.boards() });
  };
}

/** A woman's record by the code typed (in the body). Not kept in the cache: it is hers, and read once. */
export function useRecordLookup() {
  return useMutation({
    mutationFn: (code: string) => callApi(clinicRoutes.clinicRecord, { body: { code } }),
  });
}

export function useCreateConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConsultationBody) => callApi(clinicRoutes.createConsultation, { body }),
    onSuccess: (consultation) => {
      queryClient.setQueryData(clinicKeys.consultation(consultation.id), consultation);
      void queryClient.invalidateQueries({ queryKey: clinicKeys.boards() });
      // Medicine was taken from the stock.
      void queryClient.invalidateQueries({ queryKey: clinicKeys.medicines(consultation.siteId) });
    },
  });
}

export function useUpdateConsultation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateConsultationBody) =>
      callApi(clinicRoutes.updateConsultation, { params: { id }, body }),
    onSuccess: (consultation: Consultation) =>
      queryClient.setQueryData(clinicKeys.consultation(consultation.id), consultation),
  });
}

/** One step of a test: sent, result in (with the outcome), told. */
export function useTransitionTest() {
  const queryClient = useQueryClient();
  const afterChange = useAfterConsultationChange();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TestTransitionBody }) =>
      callApi(clinicRoutes.transitionTest, { params: { id }, body }),
    onSuccess: (test: ClinicTest) => {
      queryClient.setQueryData(clinicKeys.test(test.id), test);
      afterChange(test.consultationId);
    },
    // Refused (someone else moved it first): the board shows where it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.boards() }),
  });
}

export function useAddTest(consultationId: string) {
  const afterChange = useAfterConsultationChange();
  return useMutation({
    mutationFn: (body: z.input<typeof TestInputSchema>) =>
      callApi(clinicRoutes.addTest, { params: { id: consultationId }, body }),
    onSuccess: () => afterChange(consultationId),
  });
}

export function useAddReferral(consultationId: string) {
  const afterChange = useAfterConsultationChange();
  return useMutation({
    mutationFn: (body: z.input<typeof ReferralInputSchema>) =>
      callApi(clinicRoutes.addReferral, { params: { id: consultationId }, body }),
    onSuccess: () => afterChange(consultationId),
  });
}

export function useDispense(consultationId: string, siteId: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterConsultationChange();
  return useMutation({
    mutationFn: (body: { medicineId: string; quantity: number }) =>
      callApi(clinicRoutes.dispense, { params: { id: consultationId }, body }),
    onSuccess: () => {
      afterChange(consultationId);
      void queryClient.invalidateQueries({ queryKey: clinicKeys.medicines(siteId) });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.medicines(siteId) }),
  });
}

export function useAddCost(consultationId: string, siteId: string) {
  const afterChange = useAfterConsultationChange();
  return useMutation({
    mutationFn: (body: z.input<typeof CostInputSchema>) =>
      callApi(clinicRoutes.addCost, { body: { ...body, siteId, consultationId } }),
    onSuccess: () => afterChange(consultationId),
  });
}

export function useCreateMedicine(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<CreateMedicineBody, "siteId">) =>
      callApi(clinicRoutes.createMedicine, { body: { ...body, siteId } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.medicines(siteId) }),
  });
}

export function useUpdateMedicine(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateMedicineBody }) =>
      callApi(clinicRoutes.updateMedicine, { params: { id }, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.medicines(siteId) }),
  });
}

export function useAdjustMedicineStock(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof MedicineAdjustmentBodySchema> }) =>
      callApi(clinicRoutes.adjustMedicineStock, { params: { id }, body }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: clinicKeys.medicines(siteId) }),
  });
}
