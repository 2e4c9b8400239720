import { describe, expect, it } from "vitest";
import { ApiSession, strongPassword } from "./fixtures/api.js";
import { setUpE2E } from "./fixtures/app.js";
import { expectNoAxeViolations } from "./fixtures/axe.js";
import { staffText } from "./fixtures/i18n.js";
import { freshTotp } from "./fixtures/totp.js";
import { EnrolmentPage, RecoveryCodesPage } from "./page-models/enrolment-page.js";
import { HomePage } from "./page-models/home-page.js";
import { SetupPage } from "./page-models/setup-page.js";

const e2e = setUpE2E();
// New staff read Danish until their profile says otherwise; the first administrator's profile is new.
const da = "da" as const;

describe("first administrator", () => {
  it("opens the printed setup link, creates the organisation and the administrator, enrols the authenticator, sees the recovery codes and arrives home", async () => {
    const setupLink = e2e.app.setupLink;
    expect(setupLink, "the app prints a one-time setup link on an empty database").toMatch(
      /\/staff\/setup#.{20,}/,
    );
    const page = await e2e.newPage();
    const password = strongPassword();

    const setup = new SetupPage(page, da);
    await setup.open(setupLink as string);
    await expectNoAxeViolations(page, "the setup page");

    // Submitting empty marks the fields instead of sending anything.
    await setup.submit();
    await expect
      .poll(() =>
        page
          .getByRole("textbox", { name: staffText("accounts:fields.organisationName", {}, da), exact: true })
          .getAttribute("aria-invalid"),
      )
      .toBe("true");
    await expectNoAxeViolations(page, "the setup page with field errors");

    await setup.fill({
      organisationName: "Københavns Kommune, Mødestedet",
      organisationKind: "government",
      displayName: "Birgitte Admin",
      username: "birgitte",
      password,
    });
    await setup.submit();

    const enrolment = new EnrolmentPage(page, da);
    await enrolment.expectShown();
    await expectNoAxeViolations(page, "the authenticator enrolment page");
    const secret = await enrolment.secret();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    // A wrong code is refused and the page stays.
    await enrolment.confirmWith("000000");
    await expect
      .poll(() =>
        page
          .getByRole("textbox", { name: staffText("accounts:fields.appCode", {}, da), exact: true })
          .getAttribute("aria-invalid"),
      )
      .toBe("true");
    await enrolment.expectShown();

    await enrolment.confirmWith(await freshTotp(secret));
    const recovery = new RecoveryCodesPage(page, da);
    await recovery.expectShown();
    const codes = await recovery.codes();
    expect(codes.length).toBeGreaterThanOrEqual(8);
    expect(new Set(codes).size).toBe(codes.length);
    await expectNoAxeViolations(page, "the recovery codes page");
    await recovery.savedAndContinue();

    const home = new HomePage(page, "Birgitte Admin", da);
    await home.expectShown();
    expect(new URL(page.url()).pathname).toBe("/staff");
    await expect.poll(() => home.navigationLink("accounts:nav.accounts.label").isVisible()).toBe(true);
    await expectNoAxeViolations(page, "the staff home page");

    // The link was one-time: a second setup is refused, and the first administrator is who the server says.
    const api = new ApiSession(e2e.app.url);
    const status = await api.ok<{ setupNeeded: boolean }>("GET", "/api/v1/setup");
    expect(status.setupNeeded).toBe(false);
    const again = await api.call("POST", "/api/v1/setup", {
      token: new URL(setupLink as string).hash.slice(1),
      username: "second",
      displayName: "Second",
      password: strongPassword(),
      organisationName: "Other",
      organisationKind: "ngo",
    });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect((again.body as { code?: string }).code).toBe("SETUP_ALREADY_DONE");
  });
});
