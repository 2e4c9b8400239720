import { fieldLabel } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

/** /staff/sign-in: username and password. */
export class SignInPage extends StaffPage {
  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/staff/sign-in`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("accounts:signIn.title").waitFor();
  }

  get username() {
    return this.page.getByRole("textbox", { name: this.text("accounts:fields.username"), exact: true });
  }

  get password() {
    return this.page.getByLabel(fieldLabel(this.text("accounts:fields.password")));
  }

  async signIn(username: string, password: string) {
    await this.username.fill(username);
    await this.password.fill(password);
    await this.page.getByRole("button", { name: this.text("accounts:signIn.submit"), exact: true }).click();
  }
}

/** /staff/sign-in/second-factor: the code from the authenticator app. */
export class SecondFactorPage extends StaffPage {
  async expectShown() {
    await this.heading("accounts:secondFactor.title").waitFor();
  }

  async continueWith(code: string) {
    await this.page
      .getByRole("textbox", { name: this.text("accounts:fields.appCode"), exact: true })
      .fill(code);
    await this.page
      .getByRole("button", { name: this.text("accounts:secondFactor.submit"), exact: true })
      .click();
  }
}
