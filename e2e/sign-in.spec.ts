import { beforeAll, describe, expect, it } from "vitest";
import { createStaff, type StaffCredentials, setUpFirstAdministrator } from "./fixtures/api.js";
import { setUpE2E } from "./fixtures/app.js";
import { expectNoAxeViolations } from "./fixtures/axe.js";
import { staffText } from "./fixtures/i18n.js";
import { freshTotp } from "./fixtures/totp.js";
import { HomePage } from "./page-models/home-page.js";
import { SecondFactorPage, SignInPage } from "./page-models/sign-in-page.js";

const e2e = setUpE2E();
// A new account's profile is in Danish, and so is the sign-in page on a computer that has not been used.
const da = "da" as const;
let socialWorker: StaffCredentials;

beforeAll(async () => {
  const admin = await setUpFirstAdministrator(e2e.app.url, e2e.app.setupLink as string);
  socialWorker = await createStaff(admin.session, {
    role: "social_worker",
    username: "maria.s",
    displayName: "Maria Socialrådgiver",
    organisationId: admin.organisationId,
  });
  expect(socialWorker.totpSecret, "a social worker must have a second factor").toBeTruthy();
});

describe("sign-in", () => {
  it("refuses a wrong password with a clear message, then signs in with password and TOTP code", async () => {
    const page = await e2e.newPage();
    const signIn = new SignInPage(page, da);
    await signIn.open(e2e.app.url);
    await expectNoAxeViolations(page, "the sign-in page");

    await signIn.signIn(socialWorker.username, "this-is-not-the-password-at-all");
    await expect
      .poll(async () => (await signIn.alert.textContent()) ?? "")
      .toContain(staffText("common:errors.INVALID_CREDENTIALS", {}, da));
    expect(await signIn.password.inputValue(), "the wrong password is cleared").toBe("");
    expect(new URL(page.url()).pathname).toBe("/staff/sign-in");
    await expectNoAxeViolations(page, "the sign-in page showing a wrong password");

    await signIn.signIn(socialWorker.username, socialWorker.password);
    const secondFactor = new SecondFactorPage(page, da);
    await secondFactor.expectShown();
    await expectNoAxeViolations(page, "the second-factor page");

    // A wrong code is refused with a message, and no session is granted.
    await secondFactor.continueWith("000000");
    await expect
      .poll(async () => (await secondFactor.alert.textContent()) ?? "")
      .toContain(staffText("common:errors.INVALID_CODE", {}, da));
    await secondFactor.expectShown();
    await expectNoAxeViolations(page, "the second-factor page showing a wrong code");

    await secondFactor.continueWith(await freshTotp(socialWorker.totpSecret as string));
    const home = new HomePage(page, "Maria Socialrådgiver", da);
    await home.expectShown();
    expect(new URL(page.url()).pathname).toBe("/staff");
    await expectNoAxeViolations(page, "the staff home page of a social worker");

    // A social worker is no administrator: no link to the staff accounts.
    await expect.poll(() => home.navigationLink("accounts:nav.profile.label").isVisible()).toBe(true);
    expect(await home.navigationLink("accounts:nav.accounts.label").count()).toBe(0);
  });

  it("sends a signed-out visitor of a staff page to sign-in", async () => {
    const page = await e2e.newPage();
    await page.goto(`${e2e.app.url}/staff/profile`);
    const signIn = new SignInPage(page, da);
    await signIn.expectShown();
    expect(new URL(page.url()).pathname).toBe("/staff/sign-in");
  });
});
