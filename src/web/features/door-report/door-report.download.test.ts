import { describe, expect, it } from "vitest";
import { fallbackFilename, filenameFromDisposition, progressPercent } from "./door-report.download";

describe("the file name from Content-Disposition", () => {
  it("reads a quoted, an unquoted and an escaped name", () => {
    expect(filenameFromDisposition('attachment; filename="door-2010-03.csv"')).toBe("door-2010-03.csv");
    expect(filenameFromDisposition("attachment; filename=door.xlsx")).toBe("door.xlsx");
    expect(filenameFromDisposition('attachment; filename="a \\"b\\".csv"')).toBe('a "b".csv');
  });

  it("prefers the UTF-8 name and decodes it", () => {
    expect(
      filenameFromDisposition(
        "attachment; filename=\"modestedet.csv\"; filename*=UTF-8''m%C3%B8destedet%202010.csv",
      ),
    ).toBe("mødestedet 2010.csv");
  });

  it("falls back to the plain name when the UTF-8 one is broken", () => {
    expect(filenameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A; filename=\"plain.csv\"")).toBe(
      "plain.csv",
    );
  });

  it("never lets a name leave the downloads folder", () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"')).toBe("passwd");
    expect(filenameFromDisposition('attachment; filename="..\\\\x.csv"')).toBe("x.csv");
    expect(filenameFromDisposition('attachment; filename=".."')).toBeNull();
  });

  it("answers null without a name", () => {
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition("attachment")).toBeNull();
    expect(filenameFromDisposition("")).toBeNull();
  });

  it("has a name of its own when the server gives none", () => {
    expect(fallbackFilename("xlsx", "2010-02-01", "2010-02-28")).toBe(
      "door-report-2010-02-01-2010-02-28.xlsx",
    );
  });
});

describe("download progress", () => {
  it("is a share when the size is known, and null when not", () => {
    expect(progressPercent({ received: 512, total: 2048 })).toBe(25);
    expect(progressPercent({ received: 4096, total: 2048 })).toBe(100);
    expect(progressPercent({ received: 512, total: null })).toBeNull();
    expect(progressPercent({ received: 0, total: 0 })).toBeNull();
  });
});
