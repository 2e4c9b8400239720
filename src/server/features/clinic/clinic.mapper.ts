/**
 * Rows → responses of the clinic's records. Whitelists fields; decrypts only what the service hands
 * over already decrypted (the service decides, and audits, what is read).
 */
import type {
  ClinicKind,
  ClinicTest,
  Consultation,
  ConsultationSummary,
  Cost,
  Diagnosis,
  Dispensing,
  Medicine,
  Referral,
  TestBoardItem,
} from "../../../common/contracts/clinic.js";
import { formatVisitorCode } from "../../../common/visitor-code.js";
import type { Cipher } from "../../crypto.js";
import { nextTestState } from "./clinic.policy.js";
import type { ConsultationRow, CostRow, MedicineRow, ReferralRow, TestRow } from "./clinic.repository.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Names of staff and codes of women, looked up once for a whole response. */
export interface Lookups {
  names: Map<string, string>;
  /** Code id → code as stored (erased codes are missing). */
  codes: Map<string, string>;
}

export function staffRef(lookups: Lookups, accountId: string | null) {
  if (accountId === null) return null;
  return { accountId, displayName: lookups.names.get(accountId) ?? "" };
}

export function codeOf(lookups: Lookups, codeId: string | null): string | null {
  if (codeId === null) return null;
  const code = lookups.codes.get(codeId);
  return code ? formatVisitorCode(code) : null;
}

const decryptOr = (cipher: Cipher, sealed: Buffer | null, fallback: string | null = null) =>
  sealed ? cipher.decrypt(sealed) : fallback;

export function toClinicTest(row: TestRow, cipher: Cipher, lookups: Lookups): ClinicTest {
  return {
    id: row.id,
    consultationId: row.consultationId,
    siteId: row.siteId,
    visitorCode: codeOf(lookups, row.visitorCodeId),
    codeErased: row.takenWithCode && row.visitorCodeId === null,
    testType: row.testType,
    otherName: decryptOr(cipher, row.otherName),
    state: row.state,
    outcome: row.outcome,
    resultNote: decryptOr(cipher, row.resultNote),
    takenAt: row.takenAt.toISOString(),
    sentAt: iso(row.sentAt),
    resultAt: iso(row.resultAt),
    toldAt: iso(row.toldAt),
    takenBy: staffRef(lookups, row.takenBy),
    nextState: nextTestState(row.state),
  };
}

export function toBoardItem(row: TestRow, lookups: Lookups): TestBoardItem {
  return {
    id: row.id,
    consultationId: row.consultationId,
    visitorCode: codeOf(lookups, row.visitorCodeId),
    codeErased: row.takenWithCode && row.visitorCodeId === null,
    testType: row.testType,
    state: row.state,
    takenAt: row.takenAt.toISOString(),
    sentAt: iso(row.sentAt),
    resultAt: iso(row.resultAt),
    toldAt: iso(row.toldAt),
    nextState: nextTestState(row.state),
  };
}

export type AccompanimentStatus = Referral["accompaniment"];

export function toReferral(
  row: ReferralRow,
  cipher: Cipher,
  lookups: Lookups,
  accompaniment: AccompanimentStatus,
): Referral {
  return {
    id: row.id,
    consultationId: row.consultationId,
    kind: row.kind,
    place: cipher.decrypt(row.place),
    note: cipher.decrypt(row.note),
    appointmentAt: iso(row.appointmentAt),
    needsAccompaniment: row.needsAccompaniment,
    languageNeeded: row.languageNeeded,
    accompaniment,
    createdAt: row.createdAt.toISOString(),
    createdBy: staffRef(lookups, row.createdBy),
  };
}

export interface DispensingView {
  id: string;
  medicineId: string;
  name: string;
  unit: string;
  stock: number;
  quantity: number;
  dispensedAt: Date;
}

export const toDispensing = (d: DispensingView): Dispensing => ({
  id: d.id,
  medicineId: d.medicineId,
  name: d.name,
  unit: d.unit,
  quantity: d.quantity,
  dispensedAt: d.dispensedAt.toISOString(),
  stockLeft: d.stock,
});

export function toCost(row: CostRow, cipher: Cipher, lookups: Lookups): Cost {
  return {
    id: row.id,
    siteId: row.siteId,
    consultationId: row.consultationId,
    kind: row.kind,
    amountOre: row.amountOre,
    incurredOn: row.incurredOn,
    note: decryptOr(cipher, row.note),
    createdAt: row.createdAt.toISOString(),
    createdBy: staffRef(lookups, row.createdBy),
  };
}

export const toMedicine = (row: MedicineRow): Medicine => ({
  id: row.id,
  siteId: row.siteId,
  name: row.name,
  unit: row.unit,
  stock: row.stock,
  lowStockAt: row.lowStockAt,
  lowStock: row.stock <= row.lowStockAt,
  unitCostOre: row.unitCostOre,
  active: row.active,
});

export interface ConsultationParts {
  row: ConsultationRow;
  tests: TestRow[];
  dispensed: DispensingView[];
  referrals: ReferralRow[];
  costs: CostRow[];
  accompaniments: Map<string, NonNullable<AccompanimentStatus>>;
}

export function toConsultation(parts: ConsultationParts, cipher: Cipher, lookups: Lookups): Consultation {
  const { row } = parts;
  return {
    id: row.id,
    siteId: row.siteId,
    sessionId: row.sessionId,
    visitId: row.visitId,
    ticketId: row.ticketId,
    visitorCodeId: row.visitorCodeId,
    visitorCode: codeOf(lookups, row.visitorCodeId),
    nationality: row.nationality,
    clinicKind: row.clinicKind,
    seenAt: row.seenAt.toISOString(),
    seenBy: staffRef(lookups, row.seenBy),
    reason: cipher.decrypt(row.reason),
    notes: cipher.decrypt(row.notes),
    diagnoses: JSON.parse(cipher.decrypt(row.diagnoses)) as Diagnosis[],
    tests: parts.tests.map((t) => toClinicTest(t, cipher, lookups)),
    dispensed: parts.dispensed.map(toDispensing),
    referrals: parts.referrals.map((r) =>
      toReferral(r, cipher, lookups, parts.accompaniments.get(r.id) ?? null),
    ),
    costs: parts.costs.map((c) => toCost(c, cipher, lookups)),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toConsultationSummary(
  row: {
    id: string;
    siteId: string;
    sessionId: string | null;
    visitorCodeId: string | null;
    nationality: string;
    clinicKind: ClinicKind;
    seenAt: Date;
    seenBy: string | null;
    tests: number;
    referrals: number;
  },
  lookups: Lookups,
): ConsultationSummary {
  return {
    id: row.id,
    siteId: row.siteId,
    sessionId: row.sessionId,
    visitorCode: codeOf(lookups, row.visitorCodeId),
    nationality: row.nationality,
    clinicKind: row.clinicKind,
    seenAt: row.seenAt.toISOString(),
    seenBy: staffRef(lookups, row.seenBy),
    tests: row.tests,
    referrals: row.referrals,
  };
}

/** A keyset cursor as an opaque string: the parts joined, base64url. */
export const encodeCursor = (...parts: (string | number)[]) =>
  Buffer.from(parts.join("|"), "utf8").toString("base64url");

export function decodeCursor(cursor: string | undefined, arity: number): string[] | null {
  if (!cursor) return null;
  const parts = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  return parts.length === arity ? parts : null;
}
