// Support codes: the view of a code opened at #code=…, the decoder's code field, and why a code
// cannot be read. English is the source: de/code.ts and es/code.ts have exactly these keys.

import type { Messages } from "../../message.ts";

const code = {
  title: "Result from a support code",
  from: "Read from the support code {code}: it describes the network where the code was made, not yours.",
  testMine: "Test my own network",
  factsTitle: "What the code says",
  "fact.ipv4": "Sites that only have IPv4",
  "fact.ipv6": "IPv6",
  "fact.nat64": "NAT64 translator",
  "fact.clat": "464XLAT (CLAT) on the device",
  "fact.engine": "Browser engine",
  "fact.page": "Page loaded over",
  "fact.rule": "Rule (for support desks)",
  "value.reached": "reached",
  "value.notReached": "not reached",
  "value.works": "works",
  "value.fails": "does not work",
  "value.wellKnown": "yes, the well-known prefix {prefix}",
  "value.networkSpecific": "yes, a prefix of the network's own",
  "value.notRecorded": "not recorded",
  cannotSay:
    "A code cannot say: the IP addresses, which prefix a network uses for its own, each test's result, when the test ran, or the browser's version. A results link carries those.",

  // Why a code cannot be read. {char} is one character; {count} how many the code has.
  "error.title": "This support code cannot be read",
  "error.empty": "There is no support code here.",
  "error.character":
    "“{char}” never appears in a support code (codes have no O, 0, I, 1 or L). Check the code and try again.",
  "error.length": "A support code has 8 characters; this one has {count}.",
  "error.check":
    "This code does not add up: a character was probably misheard or mistyped. Ask for it again, one character at a time.",
  "error.future-format":
    "This code was made by a newer version of this test than this page can read.",
  "error.invalid":
    "This code adds up, but holds no result this test gives: it may have been made up or changed.",
  "error.again": "Ask for the code again, or test the network you are on now.",

  // The decoder's field.
  "field.label": "Have a support code? Enter it here",
  "field.hint": "8 characters; spaces, hyphens and small letters do not matter.",
  "field.show": "Show the result",
} as const satisfies Messages;

export default code;

declare module "../../namespaces.ts" {
  interface Namespaces {
    code: typeof code;
  }
}
