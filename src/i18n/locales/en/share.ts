// Sharing a result: the share panel under a finished run, and the view of a results link
// someone opened. English is the source: de/share.ts and es/share.ts have exactly these keys.

import type { Messages } from "../../message.ts";

const share = {
  title: "Share results",
  intro:
    "Send this link to whoever helps you, such as your provider's support desk. The results are inside the link itself, after the {hash}, which browsers never send to any server.",
  supportCode: "On the phone, read out the support code {code} instead.",
  addresses: "Your IP addresses in the link",
  "mode.masked": "Hide them: show only their kind and, for IPv4, the network they are in",
  "mode.removed": "Remove them completely",
  "mode.none": "Include them (the support desk may ask for them)",
  defaultNote:
    "By default your IP addresses are hidden: each is replaced by its kind and, for IPv4, its /24 network (for example {example}).",
  linkLabel: "Results link",
  making: "Making the link…",
  copyLink: "Copy link",
  copyText: "Copy as text",
  shareSheet: "Share…",
  showReport: "Show the text report",
  linkFailed: "The link could not be made in this browser; use {button}.",
  linkCopied: "Link copied. Paste it into your message to support.",
  textCopied: "Report copied as text. Paste it into your ticket or e-mail.",
  copyFailed: "Copying did not work here: select the text and copy it yourself.",
  shareFailed: "Sharing did not work here: use {button} instead.",
  sheetTitle: "My network test result",
  sheetText: "Network test: {verdict}",

  // A results link, opened.
  opening: "Opening the shared results…",
  cannotShow: "This results link cannot be shown",
  askAgain: "Ask whoever sent it for a new link, or test the network you are on now.",
  testMine: "Test my own network",
  sharedTitle: "Shared test results",
  recorded: "Results recorded on {time} from {browser}; this is not your network.",
  // Why a results link cannot be shown. {version} is the link's format, {supported} the page's.
  "error.empty": "This results link is empty: the results part of the address is missing.",
  "error.tooLong": "This link is far longer than any results link, so it was not read.",
  "error.futureVersion":
    "This results link was made by a newer version of this test (format {version}) than this page reads (format {supported}).",
  "error.unsupported":
    "This browser is too old to unpack results links. Open the link in a current browser.",
  "error.invalid":
    "This results link contains data that does not fit a test result; it may have been edited.",
  "error.damaged":
    "This results link is damaged or incomplete, perhaps cut off while it was copied.",
  hiddenNote:
    "The sender hid their IP addresses: each shows only its kind and, for IPv4, its /24 network.",
  removedNote: "The sender removed their IP addresses.",
  reportCopied: "Report copied as text.",
  copyFailedShort: "Copying did not work here.",
} as const satisfies Messages;

export default share;

declare module "../../namespaces.ts" {
  interface Namespaces {
    share: typeof share;
  }
}
