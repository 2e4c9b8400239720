/** Lengths and sizes shared by schemas and inputs, so the form refuses what the server would. */
export const LIMITS = {
  passwordMin: 15,
  // NIST 800-63B asks for at least 64; argon2 hashes any length, the cap only bounds the work.
  passwordMax: 128,
  usernameMin: 3,
  usernameMax: 64,
  displayNameMax: 100,
  professionMax: 100,
  siteNameMax: 120,
  addressMax: 300,
  labelMax: 120,
  reasonMax: 500,
  languagesMax: 30,
  roomCapacityMax: 1000,
  pageSizeMax: 200,
  bodyBytes: 256 * 1024,
  totpDigits: 6,
  recoveryCodes: 10,
  auditEntityTypeMax: 50,
  auditEntityIdMax: 200,
  // One CSV export is built in memory inside its transaction; a wider one must be narrowed by date.
  auditExportMaxRows: 50_000,
  // A nickname is a word or two staff use to recognise her, never a name.
  nicknameMax: 40,
  serviceNameMax: 80,
  supplyUnitMax: 20,
  supplyQuantityMax: 500,
  stockMax: 1_000_000,
  limitMax: 1000,
  itemsPerHandoutMax: 20,
  idempotencyKeyMax: 100,
  doorReportMaxDays: 400,
} as const;

/** Session lifetimes: the centre's computers are shared, so an idle session ends quickly. */
export const SESSION_IDLE_MINUTES = 15;
export const SESSION_ABSOLUTE_HOURS = 12;
