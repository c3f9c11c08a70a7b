// The results view around the verdict: its labels, the probe table (statuses and why a probe
// failed), the path picture, the technical details, and the plain-text report ("Copy as text").
// Probe names are shell.probe.* (one definition). English is the source: de/results.ts and
// es/results.ts have exactly these keys.

import type { Messages } from "../../message.ts";

const results = {
  // The verdict card (its sentences are the verdict catalog's).
  "card.whatToDo": "What to do:",
  /** A sentence the visitor can say to their provider, in the language's quotation marks. */
  "card.quoted": "“{text}”",
  "card.supportCode": "Support code",
  "card.supportCodeHelp": "Read it out to your support desk: it holds this result, but no address.",
  "card.testAgain": "Test again",
  "card.sendToSupport": "Send to support",
  "card.details": "Details for VPNs and apps",
  howWeKnow: "How we know",
  evidenceTitle: "NAT64 evidence",
  ipv4Label: { own: "Your IPv4 address (as seen)", shared: "IPv4 address seen" },
  ipv6Label: { own: "Your IPv6 address (as seen)", shared: "IPv6 address seen" },
  none: "none",
  nat64Label: "NAT64",
  "nat64.prefix": "yes, prefix {prefix}",
  "nat64.unproven": "yes, prefix not proven",
  clatLabel: { own: "464XLAT (CLAT) on this device", shared: "464XLAT (CLAT) on that device" },
  yes: "yes",
  no: "no",
  unknown: "unknown",
  literalsLabel: "IPv4 addresses typed as numbers",
  eachTest: "Each test",
  skippedNote: {
    own: {
      one: "{count} test could not run from this page: browsers block plain http:// requests from an https:// page. The HTTP version of this site runs them too.",
      other:
        "{count} tests could not run from this page: browsers block plain http:// requests from an https:// page. The HTTP version of this site runs them too.",
    },
    shared: {
      one: "{count} test could not run from that page: browsers block plain http:// requests from an https:// page. The HTTP version of this site runs them too.",
      other:
        "{count} tests could not run from that page: browsers block plain http:// requests from an https:// page. The HTTP version of this site runs them too.",
    },
  },
  tested: "Tested {time} · {duration}",

  // The probe table.
  "table.caption": "Each test server, and what happened",
  "table.test": "Test",
  "table.result": "Result",
  "table.time": "Time",
  "table.seen": "Address the server saw",
  "table.seenShort": "server saw",
  "table.notRun": "not run",
  "table.target": "target {note}",
  "table.embeds": "embeds {ipv4} ({prefix})",
  "table.embedsNoPrefix": "embeds {ipv4}",
  "status.ok": "Reached",
  "status.timeout": "Timed out",
  "status.error": "Failed",
  "status.bad-response": "Wrong answer",
  "status.skipped": "Not run",
  "failure.timeout": "no answer within {seconds} s",
  "failure.network-error": "could not connect",
  "failure.cors-blocked-answered":
    "something answered, but not the test server (a login page, a proxy or a filter?)",
  "failure.http-status": "answered with HTTP status {status} instead of the test data",
  "failure.web-page":
    "answered with a web page instead of the test data (a login page or a filter?)",
  "failure.too-large": "answered with far more data than expected",
  "failure.not-json": "answered with something that is not the expected test data",
  "failure.wrong-shape": "answered with data of the wrong shape",
  "failure.no-address": "answered without a valid client address",
  "failure.mixed-content": {
    own: "Not run: this page was loaded over HTTPS, and browsers block plain http:// requests from HTTPS pages. The HTTP version of this page runs it.",
    shared:
      "Not run: that page was loaded over HTTPS, and browsers block plain http:// requests from HTTPS pages. The HTTP version of this page runs it.",
  },
  /** Results links made before failures were codes carry only the status. */
  "failure.timed-out": "no answer within the time limit",
  "failure.wrong-answer": "answered, but not with the test data (a login page or a filter?)",

  // The path picture.
  "path.device": { own: "Your device", shared: "The device" },
  "path.network": { own: "Your network", shared: "The network" },
  "path.dns64": "DNS64",
  "path.dns64Sub": "adds AAAA",
  "path.nat64": "NAT64",
  "path.ipv4Site": "IPv4 site",
  "path.ipv6Site": "IPv6 site",
  "path.anySite": "Any site",
  "path.sees": "sees {address}",
  "path.ipv6Clat": "IPv6 + CLAT",
  "path.ipv6Synthesis": "IPv6 + system translation",
  "path.ipv6Only": "IPv6 only",
  "path.noNat64": "no NAT64",
  "path.unreachable": "unreachable",
  "path.bothFamilies": "IPv4 + IPv6",
  "path.both": "both",
  "path.eitherFamily": "IPv4 or IPv6",
  "path.ipv4": "IPv4",
  "path.ipv4Only": "IPv4 only",
  "path.ipv6Fails": "IPv6 fails",
  "path.timesOut": "times out",
  "path.describe.nat64": {
    own: "Your device talks IPv6 only. For a site that only has IPv4, the DNS64 resolver makes up an IPv6 address inside {prefix}, and the NAT64 translator converts the traffic to IPv4.",
    shared:
      "That device talks IPv6 only. For a site that only has IPv4, the DNS64 resolver makes up an IPv6 address inside {prefix}, and the NAT64 translator converts the traffic to IPv4.",
  },
  "path.describe.nat64Seen": {
    own: "Your device talks IPv6 only. For a site that only has IPv4, the DNS64 resolver makes up an IPv6 address inside {prefix}, and the NAT64 translator converts the traffic to IPv4; the site sees the translator's address {address}.",
    shared:
      "That device talks IPv6 only. For a site that only has IPv4, the DNS64 resolver makes up an IPv6 address inside {prefix}, and the NAT64 translator converts the traffic to IPv4; the site sees the translator's address {address}.",
  },
  "path.describe.synthesis": {
    own: "For an IPv4 address typed as a number, your device's system makes up the IPv6 address itself.",
    shared:
      "For an IPv4 address typed as a number, that device's system makes up the IPv6 address itself.",
  },
  "path.describe.noNat64": {
    own: "Your device talks IPv6 only and there is no translator, so sites that only have IPv4 cannot be reached.",
    shared:
      "That device talks IPv6 only and there is no translator, so sites that only have IPv4 cannot be reached.",
  },
  "path.describe.dualStack": {
    own: "Your device reaches IPv4 sites over IPv4 and IPv6 sites over IPv6, directly.",
    shared: "That device reaches IPv4 sites over IPv4 and IPv6 sites over IPv6, directly.",
  },
  "path.describe.ipv4Only": {
    own: "Your device reaches every site over IPv4; IPv6-only services are out of reach.",
    shared: "That device reaches every site over IPv4; IPv6-only services are out of reach.",
  },
  "path.describe.ipv6Broken": {
    own: "Your device tries IPv6, but IPv6 traffic is lost on the way; it falls back to IPv4.",
    shared: "That device tries IPv6, but IPv6 traffic is lost on the way; it falls back to IPv4.",
  },

  // The technical details: what the browser that ran the test can measure.
  "engine.title": { own: "What this browser can measure", shared: "What that browser can measure" },
  "engine.engine": "Browser engine",
  "engine.webrtc": "WebRTC",
  "engine.iceErrors": "WebRTC error reports",
  "engine.gathering": "WebRTC uses",
  "engine.literals": "IPv4 addresses typed as numbers",
  "engine.configuration": "Test configuration (for the site's operator)",

  /** The sender's browser, named in a sentence ("… recorded … from {browser}"). */
  "browser.on": "{browser} on {os}",
  "browser.unknown": "an unknown browser",

  // An address the sender hid (a fact of src/core/share/masked.ts) or removed, where an address
  // is shown. {kind}: the block its IPv4 is in; {network}: its /24; {scope}: its IPv6 scope;
  // {embedded}: each IPv4 address an IPv6 one carries ("6to4 tunnel, IPv4 in …"), joined by "; ".
  "address.ipv4": "[{kind} IPv4 address in {network}]",
  "address.range.public": "public",
  "address.range.this-network": "“this network”",
  "address.range.private-use": "private",
  "address.range.shared-address-space": "carrier-grade NAT",
  "address.range.loopback": "loopback",
  "address.range.link-local": "link-local",
  "address.range.ietf-protocol-assignments": "IETF protocol",
  "address.range.documentation": "documentation",
  "address.range.6to4-relay-anycast": "6to4 relay",
  "address.range.benchmarking": "benchmarking",
  "address.range.multicast": "multicast",
  "address.range.reserved": "reserved",
  "address.range.limited-broadcast": "broadcast",
  "address.ipv6": "[{scope} IPv6 address]",
  "address.ipv6Embeds": "[{scope} IPv6 address: {embedded}]",
  "address.scope.unspecified": "unspecified",
  "address.scope.loopback": "loopback",
  "address.scope.link-local": "link-local",
  "address.scope.site-local": "site-local",
  "address.scope.unique-local": "unique local",
  "address.scope.multicast": "multicast",
  "address.scope.documentation": "documentation",
  "address.scope.special": "special-purpose",
  "address.scope.global": "global",
  "address.scope.reserved": "reserved",
  "address.embedded": "{via}, IPv4 in {network}",
  "address.via.ipv4-mapped": "IPv4-mapped",
  "address.via.siit": "SIIT",
  "address.via.ipv4-compatible": "IPv4-compatible",
  "address.via.nat64": "NAT64",
  "address.via.6to4": "6to4 tunnel",
  "address.via.teredo": "Teredo tunnel",
  "address.via.isatap": "ISATAP tunnel",
  "address.removed": "[address removed]",

  // The plain-text report ("Copy as text").
  "report.title": "Network self-test result",
  "report.verdict": "Verdict: {headline}",
  "report.code": "(code {code}, confidence {confidence})",
  "report.support-code": "Support code: {code}",
  "report.confidence.high": "high",
  "report.confidence.medium": "medium",
  "report.confidence.low": "low",
  "report.nat64": "NAT64: {answer}",
  "report.nat64.unknown": "could not tell",
  "report.nat64.detected": "detected",
  "report.nat64.detected-prefix": "detected, prefix {prefix}",
  "report.nat64.absent": "not present",
  "report.clat": {
    own: "464XLAT (CLAT on this device): {answer}",
    shared: "464XLAT (CLAT on that device): {answer}",
  },
  "report.yes": "yes",
  "report.no": "no",
  "report.unknown": "could not tell",
  "report.ipv4": "IPv4 address: {address}",
  "report.ipv6": "IPv6 address: {address}",
  "report.address.none": "none seen",
  "report.address.masked-note": "(hidden by the sender: kind only, and the /24 network for IPv4)",
  "report.address.removed-note": "(removed by the sender)",
  "report.addresses.removed": "IP addresses were removed by the sender.",
  "report.why": "Why:",
  "report.evidence": "NAT64 evidence:",
  "report.probes": "Probes:",
  "report.probes.none": "none ran",
  "report.probe.ms": "{ms} ms",
  "report.probe.seen": "seen as {address}",
  "report.status.ok": "ok",
  "report.status.timeout": "timeout",
  "report.status.error": "error",
  "report.status.bad-response": "bad-response",
  "report.status.skipped": "skipped",
  "report.webrtc": "WebRTC (STUN):",
  "report.stun.name": "server by IPv4-only name",
  "report.stun.literal": "server by IPv4 address",
  "report.stun.ok": "ok",
  "report.stun.unsupported": "unsupported",
  "report.stun.error": "error",
  "report.stun.srflx": "public address {addresses}",
  "report.stun.lookup-failed": "name lookup failed",
  "report.stun.candidates": {
    one: "{count} local candidate",
    other: "{count} local candidates",
  },
  "report.stun.complete": "gathering complete",
  "report.stun.incomplete": "gathering incomplete",
  "report.recorded": "Recorded: {time} (took {duration})",
  "report.seconds": "{seconds} s",
  "report.browser": "Browser: {browser}",
  "report.unknown-browser": "an unknown browser",
  "report.user-agent": "User agent: {userAgent}",
  "report.page": "Page loaded over: {protocol} (config {digest})",
  "report.link": "Link: {link}",
} as const satisfies Messages;

export default results;

declare module "../../namespaces.ts" {
  interface Namespaces {
    results: typeof results;
  }
}
