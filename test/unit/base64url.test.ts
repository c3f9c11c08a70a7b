import { describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "../../src/core/base64url.ts";

describe("base64url", () => {
  it("matches Node's encoder, unpadded (RFC 4648 §5, as RFC 8484 §4.1 and share links need)", () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(fromBase64Url(text)).toEqual(bytes);
    }
  });

  it("encodes more than one chunk of 32 KB", () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => i & 0xff);
    expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString("base64url"));
  });

  it("reads only canonical unpadded base64url", () => {
    for (const text of ["A", "AB+C", "AB/C", "AB=C", "AAAA=", "AB C", "é"]) {
      expect(fromBase64Url(text), text).toBeNull();
    }
  });
});
