// Plain words for a verdict: the one-sentence headline and what it means for the visitor.
// Kept out of the UI so the results page, the text report and the embed view say the same thing.

import type { Verdict, VerdictCode } from "./result.ts";

export const VERDICT_HEADLINES: Record<VerdictCode, string> = {
  "dual-stack": "Your network has both IPv4 and IPv6 (dual-stack).",
  "ipv4-only": "Your network has IPv4 only, no IPv6.",
  "ipv6-only-nat64":
    "Your network is IPv6-only; IPv4-only sites are reached through a translator (DNS64 + NAT64).",
  "ipv6-only-no-nat64": "Your network is IPv6-only, and IPv4-only sites cannot be reached.",
  "ipv6-broken": "Your network has IPv6, but it is not working properly.",
  offline: "This device could not reach any test server.",
  "captive-portal": "Your network is intercepting web traffic (a login page or a filter).",
  inconclusive: "The test could not tell what kind of network this is.",
};

/** Short labels for compact places (embed view, share previews). */
export const VERDICT_SHORT: Record<VerdictCode, string> = {
  "dual-stack": "Dual-stack",
  "ipv4-only": "IPv4 only",
  "ipv6-only-nat64": "IPv6-only with NAT64",
  "ipv6-only-no-nat64": "IPv6-only, no NAT64",
  "ipv6-broken": "IPv6 broken",
  offline: "Offline",
  "captive-portal": "Captive portal",
  inconclusive: "Inconclusive",
};

/** How good or bad the verdict is for the visitor, for colour and icons. */
export function verdictTone(code: VerdictCode): "ok" | "warn" | "bad" {
  switch (code) {
    case "dual-stack":
    case "ipv4-only":
      return "ok";
    case "ipv6-only-nat64":
    case "inconclusive":
    case "captive-portal":
      return "warn";
    default:
      return "bad";
  }
}

/** What the verdict means in practice: which apps work, what breaks, what to do. */
export function verdictMeaning(verdict: Verdict): string[] {
  // Name only a proven prefix; otherwise speak of "your network's" prefix.
  const inside = `${verdict.nat64.prefix ? `inside ${verdict.nat64.prefix}` : "inside your network's NAT64 prefix"} (in the well-known prefix, 64:ff9b::c633:6407 stands for 198.51.100.7)`;
  switch (verdict.code) {
    case "dual-stack":
      return [
        "Every website and app should work, whether it uses IPv4 or IPv6.",
        "VPNs work as configured; if your VPN server has IPv6, list its IPv6 network in AllowedIPs too so no traffic bypasses the tunnel.",
      ];
    case "ipv4-only":
      return [
        "Every website and app works today, because almost all of them still offer IPv4.",
        "You cannot reach IPv6-only services; some games and peer-to-peer apps may connect less directly.",
      ];
    case "ipv6-only-nat64":
      return [
        "Websites and most apps work: sites that only have IPv4 are reached through your carrier's translator.",
        verdict.clat === false
          ? "Apps that connect to raw IPv4 addresses (some games, old VPN and voice apps) fail, because this device has no CLAT to translate them."
          : verdict.clat === true
            ? "Apps that use raw IPv4 addresses still work, because this device translates them itself (464XLAT)."
            : verdict.nat64.literalSynthesis
              ? "Apps that use the system's network functions (Safari and most apps) reach raw IPv4 addresses too, because this device's system translates them; apps that open raw IPv4 sockets (some games, VPN and voice apps) fail unless the device also runs a CLAT (464XLAT)."
              : "Apps that connect to raw IPv4 addresses may fail unless this device translates them itself (464XLAT).",
        `VPNs: a VPN server given by an IPv4-only name resolves to a synthesized address ${inside}. If your VPN's AllowedIPs lists only IPv4, that traffic can bypass or break the tunnel. Fix: give the VPN server an IPv6 address and an AAAA record, and list the server's IPv6 (or the synthesized address) in AllowedIPs. "Check my server" below works out the exact line.`,
      ];
    case "ipv6-only-no-nat64":
      return [
        "Sites and apps that have IPv6 work; anything that only has IPv4 (still many sites, games and VPN servers) cannot be reached.",
        "Ask your network operator to enable NAT64/DNS64, or use a network with IPv4.",
      ];
    case "ipv6-broken":
      return [
        "Things still work over IPv4, but apps may pause for a few seconds before giving up on IPv6.",
        "Restart your router; if it keeps happening, tell your internet provider that IPv6 is broken (send them the results link).",
      ];
    case "offline":
      return [
        "Check that Wi-Fi or mobile data is on, then run the test again.",
        "If other sites work, something on this network blocks the test servers.",
      ];
    case "captive-portal":
      return [
        "Open any website and complete the network's login page, then run the test again.",
        "If there is no login page, a proxy or filter on this network is rewriting web traffic.",
      ];
    case "inconclusive":
      return [
        "“How we know” below says what the test could not tell, and what can tell instead.",
        "If it stays unclear, run the test again later, or share the result with your support desk.",
      ];
  }
}

/**
 * The same sentence about someone else's network, for a shared result: "Your network has…"
 * becomes "This network has…", "your device" becomes "that device", "this browser" (the
 * sender's) becomes "that browser".
 */
export function thirdPerson(text: string): string {
  return text
    .replace(/\bthis browser\b/g, "that browser")
    .replace(/\bThis browser\b/g, "That browser")
    .replace(/\bthis https:\/\/ page\b/g, "that https:// page")
    .replace(/\bYour network\b/g, "This network")
    .replace(/\byour network\b/g, "this network")
    .replace(/\bYour device\b/g, "That device")
    .replace(/\byour device\b/g, "that device")
    .replace(/\bthis device\b/g, "that device")
    .replace(/\bThis device\b/g, "That device");
}
