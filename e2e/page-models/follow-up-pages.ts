import type { Locator } from "playwright-core";
import type { FollowUp } from "../../src/common/contracts/follow-ups.js";
import { exactly, fieldLabel } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

export type AssigneeChoice = "me" | "any_social_worker" | "person";
export type DueQuick = "today" | "tomorrow" | "nextWeek";

/** /staff/follow-ups/sites/:siteId with its "New follow-up" dialog: a task left for a colleague. */
export class NewFollowUpPage extends StaffPage {
  siteName = "";

  async open(baseUrl: string, siteId: string, siteName: string) {
    this.siteName = siteName;
    await this.page.goto(`${baseUrl}/staff/follow-ups/sites/${siteId}`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("follow-ups:list.title", { site: this.siteName }).waitFor();
  }

  get newButton(): Locator {
    return this.page
      .getByRole("main")
      .getByRole("button", { name: this.text("follow-ups:list.new"), exact: true });
  }

  /** "New follow-up": opens the dialog. */
  async startNew(): Promise<Locator> {
    await this.newButton.click();
    await this.dialog.waitFor();
    return this.dialog;
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog", { name: exactly(this.text("follow-ups:form.newTitle")) });
  }

  get titleField(): Locator {
    return this.dialog.getByRole("textbox", { name: fieldLabel(this.text("follow-ups:form.title")) });
  }

  get bodyField(): Locator {
    return this.dialog.getByRole("textbox", { name: fieldLabel(this.text("follow-ups:form.body")) });
  }

  get codeField(): Locator {
    return this.dialog.getByRole("textbox", { name: fieldLabel(this.text("follow-ups:form.visitorCode")) });
  }

  dueQuick(choice: DueQuick): Locator {
    return this.dialog
      .getByRole("group", { name: this.text("follow-ups:form.dueQuick"), exact: true })
      .getByRole("button", { name: this.text(`follow-ups:form.due.${choice}`), exact: true });
  }

  assignee(choice: AssigneeChoice): Locator {
    return this.dialog.getByRole("radio", {
      name: this.text(`follow-ups:form.assigneeChoices.${choice}`),
      exact: true,
    });
  }

  get saveButton(): Locator {
    return this.dialog.getByRole("button", { name: this.text("follow-ups:form.create"), exact: true });
  }

  /** Saves the dialog, expects the server to take it, and answers the follow-up. */
  async save(): Promise<FollowUp> {
    const [response] = await Promise.all([
      this.page.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/v1/follow-ups",
      ),
      this.saveButton.click(),
    ]);
    const body = (await response.json()) as FollowUp;
    if (response.status() !== 201)
      throw new Error(`the follow-up was refused (${response.status()}): ${JSON.stringify(body)}`);
    return body;
  }
}

/** /staff/follow-ups/:id: one follow-up, its details and its thread. */
export class FollowUpPage extends StaffPage {
  constructor(
    page: StaffPage["page"],
    readonly title: string,
    language: "en" | "da" = "en",
  ) {
    super(page, language);
  }

  async expectShown() {
    await this.page.getByRole("heading", { level: 1, name: exactly(this.title) }).waitFor();
  }

  /** "The door tells her 'a colleague wants to talk to her' while this is open." */
  get flagRaised(): Locator {
    return this.page.getByText(this.text("follow-ups:detail.flagRaised"), { exact: true });
  }

  get createdNotice(): Locator {
    return this.page.getByRole("status").getByText(this.text("follow-ups:detail.created"), { exact: true });
  }
}
