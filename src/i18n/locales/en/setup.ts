// The check of the site's own DNS records: the warning when they do not fit their roles, and the
// footer note saying what the check sends to whom. Loaded with SetupWarning on every visit that
// runs the check, so it is kept apart from the larger config catalog. English is the source:
// de/setup.ts and es/setup.ts have exactly these keys.

import type { Messages } from "../../message.ts";

const setup = {
  headline: "This test is set up wrong, so the verdict below may be wrong.",
  mismatch: "The DNS records of the test servers do not match what each is for:",
  advice:
    "If you run this site, fix these DNS records (checked here with DNS over HTTPS), then reload.",
  privacy:
    "To check that this site is set up right, every visit asks public DNS-over-HTTPS resolvers ({resolvers}) for the addresses of its test servers, so they see your IP address and those server names.",

  // One wrong record each: {name} is one of the "role" texts below, with the probe's host name.
  // {addresses} lists the records the name must not have, {prefix} a NAT64 prefix, {address}
  // the AAAA record in question, {embedded} the IPv4 address inside it.
  "role.v4": "The IPv4-only test name {host}",
  "role.v6": "The IPv6-only test name {host}",
  "role.ds": "The dual-stack test name {host}",
  "role.large": "The large-response test name {host}",
  "role.nat64": "The NAT64 test name {host}",
  "role.nat64Candidate": "The NAT64 prefix test name {host}",
  "problem.nxdomain": "{name} does not exist in DNS (NXDOMAIN).",
  "problem.v4NoA": "{name} has no IPv4 address (A record).",
  "problem.v4HasAaaa": {
    one: "{name} also has an IPv6 address ({addresses}), so reaching it does not prove IPv4 works. It must have only an A record.",
    other:
      "{name} also has IPv6 addresses ({addresses}), so reaching it does not prove IPv4 works. It must have only an A record.",
  },
  "problem.v6NoAaaa": "{name} has no IPv6 address (AAAA record).",
  "problem.v6HasA": {
    one: "{name} also has an IPv4 address ({addresses}), so reaching it does not prove IPv6 works. It must have only an AAAA record.",
    other:
      "{name} also has IPv4 addresses ({addresses}), so reaching it does not prove IPv6 works. It must have only an AAAA record.",
  },
  "problem.dsNoA": "{name} has no IPv4 address (A record); it needs both A and AAAA.",
  "problem.dsNoAaaa": "{name} has no IPv6 address (AAAA record); it needs both A and AAAA.",
  "problem.nat64HasA": {
    one: "{name} has an IPv4 address ({addresses}), so visitors with IPv4 reach it without NAT64. It must have only an AAAA record.",
    other:
      "{name} has IPv4 addresses ({addresses}), so visitors with IPv4 reach it without NAT64. It must have only an AAAA record.",
  },
  "problem.nat64NoAaaa": "{name} has no IPv6 address (AAAA record) inside {prefix}.",
  "problem.nat64OutsidePrefix":
    "{name} points to {address}, which is not inside the NAT64 prefix {prefix}.",
  "problem.nat64OtherServer": {
    one: "{name} points to {address}, which carries {embedded}, but the IPv4-only test name {v4Host} is {v4Addresses}: it must embed the same server.",
    other:
      "{name} points to {address}, which carries {embedded}, but the IPv4-only test name {v4Host} is {v4Addresses}: it must embed the same server.",
  },
  // A site with nothing to test yet (its config.json lists no test servers); {file} is
  // config.json and {guide} the deployment guide's path, both as code.
  "notSetUp.headline": "This test is not set up yet",
  "notSetUp.why":
    "This site has no test servers configured, so there is nothing to test your network against, and no result to show.",
  "notSetUp.meanwhile": "You can still check a server or decode an address below.",
  "notSetUp.operator":
    "If you run this site: list your test servers in {file} as {guide} in the nat64-selftest source describes, then reload.",
  // The page `npm start` serves: the verdict is about the computer serving it.
  "localDemo.label": "Local demo:",
  "localDemo.text":
    "this tests the computer serving this page, over its loopback or local network addresses, not your internet connection.",
} as const satisfies Messages;

export default setup;

declare module "../../namespaces.ts" {
  interface Namespaces {
    setup: typeof setup;
  }
}
