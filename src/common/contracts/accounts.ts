import { z } from "zod";
import { LIMITS } from "../limits.js";
import { DUTIES, PERMISSIONS, ROLES } from "../permissions.js";
import { defineRoutes } from "./route.js";
import { IdParamsSchema, IdSchema, LanguageCodeSchema, OkSchema, PageQuerySchema } from "./shared.js";

export const RoleSchema = z.enum(ROLES);
export const LocaleSchema = z.enum(["da", "en"]);
export const PasswordSchema = z.string().max(LIMITS.passwordMax + 1000);
export const UsernameSchema = z
  .string()
  .trim()
  .min(LIMITS.usernameMin)
  .max(LIMITS.usernameMax)
  .regex(/^[a-zA-Z0-9._-]+$/, "Letters, digits, dot, dash and underscore only");

export const SetupStatusSchema = z.object({ setupNeeded: z.boolean() });

export const CompleteSetupBodySchema = z
  .object({
    token: z.string().min(10).max(200),
    username: UsernameSchema,
    displayName: z.string().trim().min(1).max(LIMITS.displayNameMax),
    password: PasswordSchema,
    organisationName: z.string().trim().min(1).max(LIMITS.siteNameMax),
    organisationKind: z.enum(["government", "ngo"]),
    /** The language the setup page was filled in: the first administrator's own. Danish if absent. */
    locale: LocaleSchema.optional(),
  })
  .strict();
export type CompleteSetupBody = z.infer<typeof CompleteSetupBodySchema>;

export const SignInBodySchema = z
  .object({ username: z.string().max(LIMITS.usernameMax * 2), password: PasswordSchema })
  .strict();
export type SignInBody = z.infer<typeof SignInBodySchema>;

/** What the client does next after a password was accepted. */
export const SignInStepSchema = z.enum(["done", "second_factor", "enrol_second_factor", "change_password"]);

export const MeSchema = z.object({
  id: IdSchema,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  organisationId: IdSchema,
  organisationName: z.string(),
  profession: z.string(),
  languages: z.array(z.string()),
  locale: LocaleSchema,
  siteIds: z.array(IdSchema),
  permissions: z.array(z.enum(PERMISSIONS)),
  secondFactorEnrolled: z.boolean(),
  next: SignInStepSchema,
  csrfToken: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

export const SecondFactorBodySchema = z.object({ code: z.string().trim().min(6).max(40) }).strict();

export const EnrolmentSchema = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() });
const TotpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "Six digits");
export const ConfirmEnrolmentBodySchema = z.object({ code: TotpCodeSchema }).strict();
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
/** The confirmation opens a new session: its CSRF token comes along, as with every Me. */
export const EnrolmentConfirmedSchema = RecoveryCodesSchema.extend({ csrfToken: z.string() });

/** A fresh code from the authenticator app before a sensitive action. */
export const StepUpBodySchema = z.object({ code: TotpCodeSchema }).strict();

export const ChangePasswordBodySchema = z
  .object({ currentPassword: PasswordSchema, newPassword: PasswordSchema })
  .strict();

export const UpdateProfileBodySchema = z
  .object({
    displayName: z.string().trim().min(1).max(LIMITS.displayNameMax).optional(),
    profession: z.string().trim().max(LIMITS.professionMax).optional(),
    languages: z.array(LanguageCodeSchema).max(LIMITS.languagesMax).optional(),
    locale: LocaleSchema.optional(),
  })
  .strict();

/** An account as administrators and managers see it: never a secret, never case content. */
export const AccountSchema = z.object({
  id: IdSchema,
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  organisationId: IdSchema,
  profession: z.string(),
  languages: z.array(z.string()),
  siteIds: z.array(IdSchema),
  active: z.boolean(),
  secondFactorEnrolled: z.boolean(),
  locked: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

export const AccountListSchema = z.object({
  items: z.array(AccountSchema),
  nextCursor: z.string().nullable(),
});

export const CreateAccountBodySchema = z
  .object({
    username: UsernameSchema,
    displayName: z.string().trim().min(1).max(LIMITS.displayNameMax),
    role: RoleSchema,
    organisationId: IdSchema,
    profession: z.string().trim().max(LIMITS.professionMax).default(""),
    languages: z.array(LanguageCodeSchema).max(LIMITS.languagesMax).default([]),
    siteIds: z.array(IdSchema).max(50).default([]),
  })
  .strict();

export const UpdateAccountBodySchema = z
  .object({
    displayName: z.string().trim().min(1).max(LIMITS.displayNameMax).optional(),
    role: RoleSchema.optional(),
    organisationId: IdSchema.optional(),
    profession: z.string().trim().max(LIMITS.professionMax).optional(),
    languages: z.array(LanguageCodeSchema).max(LIMITS.languagesMax).optional(),
    siteIds: z.array(IdSchema).max(50).optional(),
  })
  .strict();

/** A new account or a reset: the one-time password is shown once, to the administrator. */
export const IssuedPasswordSchema = z.object({ account: AccountSchema, temporaryPassword: z.string() });

export const OrganisationSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: z.enum(["government", "ngo"]),
});
export const OrganisationListSchema = z.object({ items: z.array(OrganisationSchema) });

export const DutySchema = z.enum(DUTIES);

export const accountRoutes = defineRoutes({
  setupStatus: {
    method: "GET",
    path: "/api/v1/setup",
    access: "public",
    summary: "Whether the first administrator still has to be created",
    response: SetupStatusSchema,
  },
  completeSetup: {
    method: "POST",
    path: "/api/v1/setup",
    access: "public",
    summary: "Create the first administrator with the one-time setup link",
    body: CompleteSetupBodySchema,
    response: MeSchema,
    status: 201,
  },
  signIn: {
    method: "POST",
    path: "/api/v1/auth/sign-in",
    access: "public",
    summary: "Sign in with username and password",
    body: SignInBodySchema,
    response: MeSchema,
  },
  secondFactor: {
    method: "POST",
    path: "/api/v1/auth/second-factor",
    access: "pending",
    summary: "Give the TOTP code or a recovery code",
    body: SecondFactorBodySchema,
    response: MeSchema,
  },
  startEnrolment: {
    method: "POST",
    path: "/api/v1/auth/second-factor/enrolment",
    access: "pending",
    summary: "Start enrolling an authenticator app (QR code)",
    response: EnrolmentSchema,
  },
  confirmEnrolment: {
    method: "POST",
    path: "/api/v1/auth/second-factor/enrolment/confirm",
    access: "pending",
    summary: "Confirm enrolment with a first code; returns recovery codes once and the new CSRF token",
    body: ConfirmEnrolmentBodySchema,
    response: EnrolmentConfirmedSchema,
  },
  regenerateRecoveryCodes: {
    method: "POST",
    path: "/api/v1/auth/recovery-codes",
    access: "signed-in",
    summary: "Replace the recovery codes (needs a fresh second factor: see stepUp)",
    response: RecoveryCodesSchema,
  },
  stepUp: {
    method: "POST",
    path: "/api/v1/me/step-up",
    access: "signed-in",
    summary: "Give a fresh code from the authenticator app before a sensitive action (valid 5 minutes)",
    body: StepUpBodySchema,
    response: OkSchema,
  },
  changePassword: {
    method: "POST",
    path: "/api/v1/auth/password",
    access: "pending",
    summary: "Change your own password",
    body: ChangePasswordBodySchema,
    response: MeSchema,
  },
  signOut: {
    method: "POST",
    path: "/api/v1/auth/sign-out",
    access: "pending",
    summary: "Sign out this browser",
    response: OkSchema,
  },
  signOutEverywhere: {
    method: "POST",
    path: "/api/v1/auth/sign-out-everywhere",
    access: "signed-in",
    summary: "End all your sessions on every device",
    response: OkSchema,
  },
  me: {
    method: "GET",
    path: "/api/v1/me",
    access: "pending",
    summary: "The signed-in staff member",
    response: MeSchema,
  },
  updateProfile: {
    method: "PATCH",
    path: "/api/v1/me",
    access: "signed-in",
    summary: "Update your profile and language",
    body: UpdateProfileBodySchema,
    response: MeSchema,
  },
  listOrganisations: {
    method: "GET",
    path: "/api/v1/organisations",
    access: "signed-in",
    summary: "The organisations that share the centre",
    response: OrganisationListSchema,
  },
  listAccounts: {
    method: "GET",
    path: "/api/v1/accounts",
    access: "account.read",
    summary: "Staff accounts",
    query: PageQuerySchema,
    response: AccountListSchema,
  },
  createAccount: {
    method: "POST",
    path: "/api/v1/accounts",
    access: "account.manage",
    summary: "Create a staff account",
    body: CreateAccountBodySchema,
    response: IssuedPasswordSchema,
    status: 201,
  },
  updateAccount: {
    method: "PATCH",
    path: "/api/v1/accounts/:id",
    access: "account.manage",
    summary: "Change a staff account",
    params: IdParamsSchema,
    body: UpdateAccountBodySchema,
    response: AccountSchema,
  },
  deactivateAccount: {
    method: "POST",
    path: "/api/v1/accounts/:id/deactivate",
    access: "account.manage",
    summary: "Deactivate an account; its sessions end at once",
    params: IdParamsSchema,
    response: AccountSchema,
  },
  reactivateAccount: {
    method: "POST",
    path: "/api/v1/accounts/:id/reactivate",
    access: "account.manage",
    summary: "Reactivate an account",
    params: IdParamsSchema,
    response: AccountSchema,
  },
  resetAccount: {
    method: "POST",
    path: "/api/v1/accounts/:id/reset",
    access: "account.manage",
    summary: "Issue a temporary password and clear the second factor",
    params: IdParamsSchema,
    response: IssuedPasswordSchema,
  },
});
