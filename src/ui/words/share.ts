// The words of sharing that core leaves to the page: why a results link cannot be shown, and
// the sender's browser. From the "share" catalog (src/i18n/locales/<locale>/share.ts).

import { SHARE_FORMAT_VERSION, type ShareLinkError } from "../../core/share/share-link.ts";
import type { I18n } from "../../i18n/i18n.ts";

/** Why a results link did not decode, for whoever opened it. */
export function shareErrorWords({ t }: I18n, error: ShareLinkError): string {
  switch (error.code) {
    case "empty":
      return t("share.error.empty");
    case "too-long":
      return t("share.error.tooLong");
    case "future-version":
      // The link's version is digits only (the decoder read it with \d{1,6}).
      return t("share.error.futureVersion", {
        version: error.detail,
        supported: String(SHARE_FORMAT_VERSION),
      });
    case "unsupported":
      return t("share.error.unsupported");
    case "invalid":
      return t("share.error.invalid");
    case "malformed":
    case "corrupt":
      return t("share.error.damaged");
  }
}
