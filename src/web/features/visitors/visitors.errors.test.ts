import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { applyVisitorErrors, mergeRefusal } from "./visitors.errors";

function fakeForm(values: object) {
  const form = {
    errors: {} as Record<string, string>,
    getValues: () => values,
    setErrors: (errors: Record<string, string>) => {
      form.errors = errors;
    },
  };
  return form;
}

const refusal = (code: string, fieldErrors: { path: string; code: string; message: string }[] = []) =>
  new ApiError({ status: 400, code: code as "VALIDATION_FAILED", detail: "server words", fieldErrors });

describe("putting refusals on a visitor form", () => {
  const message = (e: { code: string }) => `msg:${e.code}`;

  it("puts a code refusal that names no field on the code field", () => {
    const form = fakeForm({ code: "K7MQ" });
    const left = applyVisitorErrors(form, refusal("UNKNOWN_VISITOR_CODE"), { codeField: "code", message });
    expect(left).toBe(false);
    expect(form.errors).toEqual({ code: "msg:UNKNOWN_VISITOR_CODE" });
  });

  it("leaves any other refusal without fields for the message above the form", () => {
    const form = fakeForm({ code: "" });
    expect(applyVisitorErrors(form, refusal("FORBIDDEN"), { codeField: "code", message })).toBe(true);
    expect(applyVisitorErrors(form, new Error("boom"), { codeField: "code", message })).toBe(true);
    expect(form.errors).toEqual({});
  });

  it("places field errors by their first path segment or the field map, first one wins", () => {
    const form = fakeForm({ nationality: "", languages: [], otherCode: "" });
    const left = applyVisitorErrors(
      form,
      refusal("VALIDATION_FAILED", [
        { path: "nationality", code: "UNKNOWN_COUNTRY", message: "" },
        { path: "languages.2", code: "VALIDATION_FAILED", message: "" },
        { path: "languages.3", code: "OTHER", message: "" },
        { path: "code", code: "UNKNOWN_VISITOR_CODE", message: "" },
      ]),
      { fieldMap: { code: "otherCode" }, message },
    );
    expect(left).toBe(false);
    expect(form.errors).toEqual({
      nationality: "msg:UNKNOWN_COUNTRY",
      languages: "msg:VALIDATION_FAILED",
      otherCode: "msg:UNKNOWN_VISITOR_CODE",
    });
  });

  it("says when a field error belongs to no field of the form", () => {
    const form = fakeForm({ nationality: "" });
    const left = applyVisitorErrors(
      form,
      refusal("VALIDATION_FAILED", [
        { path: "siteId", code: "VALIDATION_FAILED", message: "" },
        { path: "nationality", code: "UNKNOWN_COUNTRY", message: "" },
      ]),
      { message },
    );
    expect(left).toBe(true);
    expect(form.errors).toEqual({ nationality: "msg:UNKNOWN_COUNTRY" });
  });
});

describe("the server's merge refusals", () => {
  it("are told apart by their message", () => {
    const field = (message: string, code = "VALIDATION_FAILED") => ({ path: "otherCode", code, message });
    expect(mergeRefusal(field("These two codes are already merged."))).toBe("alreadyMerged");
    expect(mergeRefusal(field("A code cannot be merged into itself."))).toBe("sameCode");
    expect(mergeRefusal(field("Something else."))).toBeNull();
    expect(mergeRefusal(field("These two codes are already merged.", "UNKNOWN_VISITOR_CODE"))).toBeNull();
  });
});
