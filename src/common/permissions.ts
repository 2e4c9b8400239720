/**
 * The one role → permission matrix. Routes name a permission; services check it again before touching
 * data. Permissions are "<resource>.<action>".
 */
export const ROLES = [
  "administrator",
  "manager",
  "social_worker",
  "health_staff",
  "identification_staff",
  "teacher",
  "lawyer",
  "volunteer",
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "account.read",
  "account.manage",
  "site.read",
  "site.manage",
  "schedule.manage",
  "roster.read",
  "roster.manage",
  "audit.read",
  // Exporting the audit log as a file (CSV) copies staff data out of the app: administrators only.
  "audit.export",
  // The door: open and close tonight's session, check women in, tick services, hand out supplies,
  // look up and issue visitor codes, raise and clear the door's flags.
  "visit.record",
  // A code's staff-chosen nickname is the nearest thing to a name: read only by those who counsel her.
  "visitor.nickname",
  // Change a code's profile, merge two codes of one woman, erase a code on her request.
  "visitor.manage",
  "catalogue.manage",
  "stock.adjust",
  "report.door",
  // The shift diary, its follow-ups and messages: every staff member on duty writes it together.
  "diary.write",
  // Earlier versions of an edited paragraph, and who has read a message: managers answer for both.
  "diary.history",
  "message.receipts",
  // The built-in themes are fixed; managers add themes and edit the keyword rules that suggest them.
  "diary.themes",
  // Tonight's clinic queue: anyone at the door gives a walk-in her ticket.
  "clinic.queue",
  // Calling the next number, no-shows and turning away: the health staff in the room.
  "clinic.call",
  // Booking an appointment ahead for a code: the clinic, and the social worker who speaks with her.
  "clinic.appointment",
  // Consultations, tests, results, referrals, medicine and costs: medical confidentiality, health staff only.
  "clinic.record",
  // Counts, turnaround and costs, never a woman's record: the clinic and the managers.
  "clinic.statistics",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const everyStaffMember: Permission[] = ["site.read", "roster.read"];
const atTheDoor: Permission[] = [...everyStaffMember, "visit.record", "diary.write", "clinic.queue"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // IT: accounts and settings, never case content.
  administrator: [
    ...everyStaffMember,
    "account.read",
    "account.manage",
    "site.manage",
    "audit.read",
    "audit.export",
  ],
  manager: [
    ...everyStaffMember,
    "account.read",
    "site.manage",
    "schedule.manage",
    "roster.manage",
    "audit.read",
    "visit.record",
    "visitor.nickname",
    "visitor.manage",
    "catalogue.manage",
    "stock.adjust",
    "report.door",
    "diary.write",
    "diary.history",
    "message.receipts",
    "diary.themes",
    "clinic.queue",
    "clinic.appointment",
    "clinic.statistics",
  ],
  social_worker: [...atTheDoor, "visitor.nickname", "visitor.manage", "stock.adjust", "clinic.appointment"],
  health_staff: [
    ...atTheDoor,
    "visitor.nickname",
    "clinic.call",
    "clinic.appointment",
    "clinic.record",
    "clinic.statistics",
  ],
  identification_staff: [...atTheDoor, "visitor.nickname"],
  teacher: atTheDoor,
  lawyer: atTheDoor,
  volunteer: atTheDoor,
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Roles that can read restricted data (or grant access to it) must sign in with a second factor.
 * Teachers and volunteers help at the door without access to notes; they may still enrol.
 */
export const SECOND_FACTOR_REQUIRED: Record<Role, boolean> = {
  administrator: true,
  manager: true,
  social_worker: true,
  health_staff: true,
  identification_staff: true,
  lawyer: true,
  teacher: false,
  volunteer: false,
};

/** Duties a manager puts staff on in the roster. */
export const DUTIES = ["social_work", "clinic", "teaching", "lawyer", "volunteer"] as const;
export type Duty = (typeof DUTIES)[number];
