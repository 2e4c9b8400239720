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
  // The shift diary: a paragraph is a few minutes of an evening, the summary what the next shift reads first.
  diaryParagraphMax: 5000,
  diarySummaryMax: 1000,
  diaryThemesPerTextMax: 12,
  diaryCodesPerParagraphMax: 20,
  diaryThemeNameMax: 60,
  diaryKeywordMax: 60,
  diaryKeywordRulesPerThemeMax: 200,
  diarySearchQueryMax: 200,
  diarySearchPageMax: 50,
  // The themes page: ten years and more fit in one request.
  diaryThemeMonthsMax: 240,
  // Follow-ups, messages and the handover.
  followUpTitleMax: 200,
  followUpBodyMax: 4000,
  commentMax: 2000,
  messageMax: 4000,
  placeMax: 200,
  outcomeMax: 2000,
  followUpsPageMax: 200,
  messagesPageMax: 200,
  // The clinic's records.
  clinicReasonMax: 500,
  clinicNotesMax: 10_000,
  diagnosisTextMax: 300,
  diagnosesMax: 20,
  clinicItemsMax: 20,
  testNameMax: 100,
  testNoteMax: 1000,
  referralPlaceMax: 200,
  referralNoteMax: 2000,
  medicineNameMax: 120,
  medicineUnitMax: 20,
  dispenseQuantityMax: 1000,
  medicineStockMax: 1_000_000,
  costNoteMax: 300,
  // One million kroner in øre: a cost above it is a typing mistake.
  costAmountMaxOre: 100_000_000,
  clinicStatisticsMaxDays: 4019,
  // Health figures under this count are not shown (small-number suppression).
  healthDisclosureThreshold: 10,
  // The clinic queue: taking a ticket on the visitor page, per address and minute, and polling her place.
  publicTicketsPerMinute: 10,
  publicTicketPollsPerMinute: 120,
} as const;

/** Session lifetimes: the centre's computers are shared, so an idle session ends quickly. */
export const SESSION_IDLE_MINUTES = 15;
export const SESSION_ABSOLUTE_HOURS = 12;
