import { fieldLabel } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

export interface SetupDetails {
  organisationName: string;
  organisationKind: "government" | "ngo";
  displayName: string;
  username: string;
  password: string;
}

/** /staff/setup#token: the first organisation and its first administrator. */
export class SetupPage extends StaffPage {
  async open(setupLink: string) {
    await this.page.goto(setupLink);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("accounts:setup.title").waitFor();
    await this.page.getByRole("button", { name: this.text("accounts:setup.submit"), exact: true }).waitFor();
  }

  async fill(details: SetupDetails) {
    const p = this.page;
    await p
      .getByRole("textbox", { name: this.text("accounts:fields.organisationName"), exact: true })
      .fill(details.organisationName);
    await p
      .getByRole("radio", {
        name: this.text(`accounts:organisationKinds.${details.organisationKind}`),
        exact: true,
      })
      .check();
    await p
      .getByRole("textbox", { name: this.text("accounts:fields.displayName"), exact: true })
      .fill(details.displayName);
    await p
      .getByRole("textbox", { name: this.text("accounts:fields.username"), exact: true })
      .fill(details.username);
    await p.getByLabel(fieldLabel(this.text("accounts:fields.password"))).fill(details.password);
    await p.getByLabel(fieldLabel(this.text("accounts:fields.repeatPassword"))).fill(details.password);
  }

  async submit() {
    await this.page.getByRole("button", { name: this.text("accounts:setup.submit"), exact: true }).click();
  }
}
