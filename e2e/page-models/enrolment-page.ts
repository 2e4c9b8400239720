import { StaffPage } from "./staff.js";

/** /staff/sign-in/enrol: connect an authenticator app, then the recovery codes, shown once. */
export class EnrolmentPage extends StaffPage {
  async expectShown() {
    await this.heading("accounts:enrol.title").waitFor();
    await this.page
      .getByRole("img", { name: this.text("accounts:enrol.step2.qrAlt"), exact: true })
      .waitFor();
  }

  /** The key printed for typing by hand (groups of four base32 characters), without spaces. */
  async secret(): Promise<string> {
    const key = this.page.getByText(/^\s*([A-Z2-7]{4} )+[A-Z2-7]{1,4}\s*$/);
    await key.waitFor();
    return ((await key.textContent()) ?? "").replace(/\s/g, "");
  }

  async confirmWith(code: string) {
    await this.page
      .getByRole("textbox", { name: this.text("accounts:fields.appCode"), exact: true })
      .fill(code);
    await this.page
      .getByRole("button", { name: this.text("accounts:enrol.step3.submit"), exact: true })
      .click();
  }
}

export class RecoveryCodesPage extends StaffPage {
  async expectShown() {
    await this.heading("accounts:recoveryCodes.title").waitFor();
  }

  async codes(): Promise<string[]> {
    const list = this.page.getByRole("list", {
      name: this.text("accounts:recoveryCodes.listLabel"),
      exact: true,
    });
    await list.waitFor();
    return (await list.getByRole("listitem").allInnerTexts()).map((c) => c.trim());
  }

  /** Ticks "I have saved these codes" and continues. */
  async savedAndContinue() {
    await this.page
      .getByRole("checkbox", { name: this.text("accounts:recoveryCodes.savedConfirm"), exact: true })
      .check();
    await this.page
      .getByRole("button", { name: this.text("accounts:recoveryCodes.continue"), exact: true })
      .click();
  }
}
