// Why a support code cannot be read, in the reader's language. From the "code" catalog
// (src/i18n/locales/<locale>/code.ts).

import type { SupportCodeError } from "../../core/share/support-code.ts";
import type { I18n } from "../../i18n/i18n.ts";

/** A typed character, as a reader can see it: itself, or its code point if it is invisible. */
function visible(char: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char)) return char;
  const point = char.codePointAt(0) ?? 0;
  return `U+${point.toString(16).toUpperCase().padStart(4, "0")}`;
}

export function supportCodeErrorWords({ t }: I18n, error: SupportCodeError): string {
  switch (error.code) {
    case "empty":
      return t("code.error.empty");
    case "character":
      return t("code.error.character", { char: visible(error.detail) });
    case "length":
      return t("code.error.length", { count: Number(error.detail) });
    case "check":
      return t("code.error.check");
    case "future-format":
      return t("code.error.future-format");
    case "invalid":
      return t("code.error.invalid");
  }
}
