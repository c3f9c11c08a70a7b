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
} as const satisfies Messages;

export default setup;

declare module "../../namespaces.ts" {
  interface Namespaces {
    setup: typeof setup;
  }
}
