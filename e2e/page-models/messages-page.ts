import type { Locator } from "playwright-core";
import type { Message, MessageAudience } from "../../src/common/contracts/messages.js";
import { exactly, fieldLabel } from "../fixtures/i18n.js";
import { StaffPage } from "./staff.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** /staff/messages/sites/:siteId: a site's messages, pinned first, unread in bold; a new one. */
export class MessagesPage extends StaffPage {
  siteName = "";

  async open(baseUrl: string, siteId: string, siteName: string) {
    this.siteName = siteName;
    await this.page.goto(`${baseUrl}/staff/messages/sites/${siteId}`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("messages:list.title", { site: this.siteName }).waitFor();
  }

  get composeButton(): Locator {
    return this.page
      .getByRole("main")
      .getByRole("button", { name: this.text("messages:list.compose"), exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog", { name: exactly(this.text("messages:compose.title")) });
  }

  async startNew(): Promise<Locator> {
    await this.composeButton.click();
    await this.dialog.waitFor();
    return this.dialog;
  }

  audience(audience: MessageAudience): Locator {
    return this.dialog.getByRole("radio", {
      name: this.text(`messages:compose.audiences.${audience}`),
      exact: true,
    });
  }

  get bodyField(): Locator {
    return this.dialog.getByRole("textbox", { name: fieldLabel(this.text("messages:compose.body")) });
  }

  get sendButton(): Locator {
    return this.dialog.getByRole("button", { name: this.text("messages:compose.send"), exact: true });
  }

  async send(): Promise<Message> {
    const [response] = await Promise.all([
      this.page.waitForResponse(
        (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/v1/messages",
      ),
      this.sendButton.click(),
    ]);
    const body = (await response.json()) as Message;
    if (response.status() !== 201)
      throw new Error(`the message was refused (${response.status()}): ${JSON.stringify(body)}`);
    return body;
  }

  /** A message in the list, by the start of its text (the link opens it whole). */
  messageLink(startOfText: string | RegExp): Locator {
    return this.page
      .getByRole("main")
      .getByRole("listitem")
      .getByRole("link")
      .filter({ hasText: startOfText });
  }

  /** The screen-reader word an unread message's link ends with. */
  get unreadHint(): string {
    return this.text("messages:list.unreadHint");
  }
}

/** /staff/messages/:id: one message; its author and the managers see who has read it. */
export class MessagePage extends StaffPage {
  constructor(
    page: StaffPage["page"],
    readonly authorName: string,
    language: "en" | "da" = "en",
  ) {
    super(page, language);
  }

  async open(baseUrl: string, id: string) {
    await this.page.goto(`${baseUrl}/staff/messages/${id}`);
    await this.expectShown();
  }

  async expectShown() {
    await this.heading("messages:message.title", { name: this.authorName }).waitFor();
  }

  get sentNotice(): Locator {
    return this.page.getByRole("status").getByText(this.text("messages:message.sent"), { exact: true });
  }

  get receiptsRegion(): Locator {
    return this.page.getByRole("region", { name: this.text("messages:receipts.title"), exact: true });
  }

  /** "Read by 1 of 1", the line over the bar. */
  readSummary(read: number, count: number): Locator {
    const key = count === 1 ? "messages:receipts.summary_one" : "messages:receipts.summary_other";
    return this.receiptsRegion.getByText(this.text(key, { read, count }), { exact: true });
  }

  /** "Hanne Leder read it 21:40" (whatever the time), or "… has not read it yet". */
  receipt(name: string, read: boolean): Locator {
    if (!read)
      return this.receiptsRegion.getByText(this.text("messages:receipts.notYet", { name }), { exact: true });
    const [before, after] = this.text("messages:receipts.readAt", { name, time: "§" }).split("§") as [
      string,
      string,
    ];
    return this.receiptsRegion.getByText(
      new RegExp(`^\\s*${escapeRegExp(before)}.+${escapeRegExp(after)}\\s*$`),
    );
  }
}
