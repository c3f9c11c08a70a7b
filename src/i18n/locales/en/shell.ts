// The app shell, loaded before first paint: page chrome, progress and the probe names and states
// it shows (the results view uses them too), settings that did not arrive (said offline, so
// they live here: "load.*"), a part of the page that did not load, and the footer. English is the
// source: de/shell.ts and es/shell.ts have exactly these keys. {file} always starts its sentence.

import type { Messages } from "../../message.ts";

const shell = {
  documentTitle: "What is my network? IPv6, NAT64 and 464XLAT self-test",
  documentDescription:
    "Find out whether your network is IPv4-only, dual-stack, IPv6-only with NAT64 or 464XLAT, and what that means for your apps and VPN.",
  title: "What is my network?",
  lead: "This page tests how your device reaches the internet: IPv4, IPv6, or IPv6 with a translator (NAT64) — and tells you what that means for your apps and VPN.",
  // Above the verdict; "shared" heads a result someone else recorded.
  yourNetwork: { own: "Your network", shared: "The network" },
  loading: "Loading the test…",
  testFinished: "Test finished. {headline}",
  runAgain: "Run the test again",
  testing: "Testing…",
  nothingStored:
    "Nothing is stored: the test runs in your browser, and the servers only echo back the address they saw.",
  language: "Language",
  partNotLoaded: "This part of the page could not be loaded. Reload to try again.",

  // While the probes run: what is already known, then the verdict's headline (App), and each
  // test's row.
  "progress.starting": "Starting…",
  "progress.v4": "IPv4 sites work; checking IPv6…",
  "progress.v6": "IPv6 works; checking how IPv4-only sites are reached…",
  "progress.both": "IPv4 and IPv6 sites work; checking how IPv4 is reached…",
  "progress.count": {
    one: "{done} of {count} test done",
    other: "{done} of {count} tests done",
  },
  "progress.item": "{probe}: {status}",
  "progress.pending": "testing…",

  // Probe names (by kind) and states, for progress and the results.
  "probe.v4": "IPv4-only name",
  "probe.v6": "IPv6-only name",
  "probe.ds": "Dual-stack name",
  "probe.nat64": "NAT64 (64:ff9b::/96)",
  "probe.v4literal": "IPv4 address",
  "probe.v6literal": "IPv6 address",
  "probe.large": "Large answer (MTU)",
  "probe.nat64-candidate": "NAT64 candidate",
  "probe.candidateWithPrefix": "NAT64 ({prefix})",
  "probeStatus.ok": "reached in {time}",
  "probeStatus.skipped": "not run",
  "probeStatus.timeout": "no answer in time",
  "probeStatus.error": "failed",
  "probeStatus.bad-response": "unexpected answer",

  "load.failed": "The test could not load its settings, so it cannot run.",
  "load.advice": "Check the connection, then try again.",
  "load.tryAgain": "Try again",
  "load.ownConfig": "Run the test with this site's own configuration",
  "load.linkFile": "The file named in ?config=",

  "load.timeout": "{file} did not load within {seconds} s.",
  "load.offline": "{file} could not be loaded (is the device offline?).",
  "load.partOffline": "Part of this page could not be loaded (is the device offline?).",
} as const satisfies Messages;

export default shell;

declare module "../../namespaces.ts" {
  interface Namespaces {
    shell: typeof shell;
  }
}
