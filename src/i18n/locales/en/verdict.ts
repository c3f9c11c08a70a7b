// A verdict in words: its headline and short name, what it means for the visitor, how it was
// reached (one message per reason code of src/core/result.ts), the NAT64 evidence, and what the
// engine that measured can tell. English is the source: de/verdict.ts and es/verdict.ts have
// exactly these keys. The "shared" voice speaks of someone else's network and device.

import type { Messages } from "../../message.ts";

const verdict = {
  "headline.dual-stack": {
    own: "Your network has both IPv4 and IPv6 (dual-stack).",
    shared: "This network has both IPv4 and IPv6 (dual-stack).",
  },
  "headline.ipv4-only": {
    own: "Your network has IPv4 only, no IPv6.",
    shared: "This network has IPv4 only, no IPv6.",
  },
  "headline.ipv6-only-nat64": {
    own: "Your network is IPv6-only; sites that only have IPv4 are reached through a translator.",
    shared:
      "This network is IPv6-only; sites that only have IPv4 are reached through a translator.",
  },
  "headline.ipv6-only-no-nat64": {
    own: "Your network is IPv6-only, and sites that only have IPv4 cannot be reached.",
    shared: "This network is IPv6-only, and sites that only have IPv4 cannot be reached.",
  },
  "headline.ipv6-broken": {
    own: "Your network has IPv6, but it is not working properly.",
    shared: "This network has IPv6, but it is not working properly.",
  },
  "headline.offline": {
    own: "This device could not reach any test server.",
    shared: "That device could not reach any test server.",
  },
  "headline.captive-portal": {
    own: "Your network is intercepting web traffic (a login page or a filter).",
    shared: "This network is intercepting web traffic (a login page or a filter).",
  },
  "headline.inconclusive": "The test could not tell what kind of network this is.",

  "short.dual-stack": "Dual-stack",
  "short.ipv4-only": "IPv4 only",
  "short.ipv6-only-nat64": "IPv6-only with NAT64",
  "short.ipv6-only-no-nat64": "IPv6-only, no NAT64",
  "short.ipv6-broken": "IPv6 broken",
  "short.offline": "Offline",
  "short.captive-portal": "Captive portal",
  "short.inconclusive": "Inconclusive",

  "confidence.high": "Confidence: high",
  "confidence.medium": "Confidence: medium",
  "confidence.low": "Confidence: low — see the notes below",

  // The verdict card: the status in a word, then what works, what does not and what to do, in
  // everyday words (the technical meaning is one tap deeper, under "meaning.*").
  "status.working": "Working normally",
  "status.catch": "Works, with a catch",
  "status.problem": "Problem found",
  "status.unknown": "Could not tell",
  uncertain: "This result is not certain: the test could not rule out every other kind of network.",
  "plain.nothing-to-do": "Nothing.",
  "plain.dual-stack.works":
    "Websites and apps work, whether they use the older IPv4 or the newer IPv6.",
  "plain.ipv4-only.works": {
    own: "Websites and apps work: almost all of them still use IPv4, which your network has.",
    shared: "Websites and apps work: almost all of them still use IPv4, which this network has.",
  },
  "plain.ipv4-only.fails":
    "Services that only use the newer IPv6 cannot be reached, but they are still rare.",
  "plain.nat64.works": "Websites and most apps work.",
  "plain.nat64-clat.fails":
    "A VPN set up for IPv4 may send some traffic outside the tunnel here; “Details for VPNs and apps” says how to fix it.",
  "plain.nat64-no-clat.fails": {
    own: "Apps that connect straight to an IPv4 address do not work on this device: some games, calling apps and VPNs.",
    shared:
      "Apps that connect straight to an IPv4 address do not work on that device: some games, calling apps and VPNs.",
  },
  "plain.nat64-clat-unknown.fails":
    "Apps that connect straight to an IPv4 address may not work: some games, calling apps and VPNs.",
  "plain.nat64-synthesis.fails":
    "A few apps that connect straight to an IPv4 address may not work: some games, calling apps and VPNs.",
  "plain.nat64.todo":
    "Only if an app or a VPN does not work: try it on another network (such as Wi-Fi), and tell whoever makes the app or runs the VPN.",
  "plain.nat64-no-clat.todo": {
    own: "If an app you need does not work, use another network for it (such as Wi-Fi), and ask your mobile carrier or Wi-Fi provider to fix it. You can tell them:",
    shared:
      "If an app that is needed does not work, another network (such as Wi-Fi) helps; the mobile carrier or Wi-Fi provider can fix it. They can be told:",
  },
  "plain.nat64-no-clat.quote":
    "My connection is IPv6-only with NAT64, but my device has no 464XLAT (CLAT), so apps that connect to IPv4 addresses fail. Can you enable 464XLAT for my line?",
  "plain.no-nat64.works": "Websites and apps that support IPv6 work.",
  "plain.no-nat64.fails":
    "Everything that only has IPv4 cannot be reached: still many websites, games and VPNs.",
  "plain.no-nat64.todo": {
    own: "Use another network for now (such as mobile data or another Wi-Fi), and ask your mobile carrier or Wi-Fi provider to fix it. You can tell them:",
    shared:
      "Another network (such as mobile data or another Wi-Fi) works for now; the mobile carrier or Wi-Fi provider can fix it. They can be told:",
  },
  "plain.no-nat64.quote":
    "My connection has IPv6 only and no NAT64/DNS64, so websites that only have IPv4 cannot be reached. Please enable NAT64 and DNS64.",
  "plain.no-dns64.todo": {
    own: "If you set a DNS server by hand (such as 1.1.1.1 or 8.8.8.8), set DNS back to automatic. Otherwise ask your mobile carrier or Wi-Fi provider to fix it. You can tell them:",
    shared:
      "If a DNS server was set by hand (such as 1.1.1.1 or 8.8.8.8), setting DNS back to automatic fixes it. Otherwise the mobile carrier or Wi-Fi provider can. They can be told:",
  },
  "plain.no-dns64.quote":
    "My connection is IPv6-only. Your NAT64 works, but the DNS server does not translate the names of IPv4-only websites (no DNS64).",
  "plain.ipv6-broken.works": "Websites and apps still work, over IPv4.",
  "plain.ipv6-broken.fails":
    "Many of them start slowly, because they try IPv6 first and it fails or stalls.",
  "plain.ipv6-broken.todo": {
    own: "Restart your router. If it keeps happening, tell your internet provider. You can say:",
    shared:
      "Restarting the router may help. If it keeps happening, the internet provider can fix it. They can be told:",
  },
  "plain.ipv6-broken.quote":
    "IPv6 on my connection is not working properly: IPv6 connections stall or fail, so websites are slow to load. Please check IPv6 on my line.",
  "plain.offline.fails": {
    own: "This device could not reach the test at all.",
    shared: "That device could not reach the test at all.",
  },
  "plain.offline.todo":
    "Check that Wi-Fi or mobile data is on, then test again. If other websites work, this network blocks the test.",
  "plain.captive-portal.fails":
    "Something on this network answers in place of websites, usually a sign-in page.",
  "plain.captive-portal.todo": "Open any website and sign in to the network, then test again.",
  "plain.relayed.fails": {
    own: "The test went through a VPN, a proxy or a privacy relay, so it saw that service's network, not yours.",
    shared:
      "The test went through a VPN, a proxy or a privacy relay, so it saw that service's network, not the sender's.",
  },
  "plain.relayed.todo": "Turn off the VPN, proxy or relay, and test again.",
  "plain.undecidable.works": "Websites work, both older (IPv4) and newer (IPv6) ones.",
  "plain.undecidable.fails": {
    own: "Whether apps that connect straight to an IPv4 address work could not be told in this browser.",
    shared:
      "Whether apps that connect straight to an IPv4 address work could not be told in that browser.",
  },
  "plain.undecidable.todo":
    "Only if an app or a VPN does not work: test again in Chrome, Edge or Firefox on a computer on this network.",
  "plain.not-set-up.fails": "This site could not run all of its tests here, so it cannot say.",
  "plain.not-set-up.todo": "Test again later, or tell whoever runs this site.",
  "plain.unexplained.fails": "The tests gave a mix of answers that fits no known kind of network.",
  "plain.unexplained.todo": {
    own: "Test again in a minute. If it stays unclear, send the result to your support desk.",
    shared: "Testing again later may help.",
  },

  // What it means: which apps work, what breaks, what to do.
  "meaning.dual-stack.apps": "Every website and app should work, whether it uses IPv4 or IPv6.",
  "meaning.dual-stack.vpn":
    "VPNs work as configured; if your VPN server has IPv6, list its IPv6 network in AllowedIPs too so no traffic bypasses the tunnel.",
  "meaning.ipv4-only.apps":
    "Every website and app works today, because almost all of them still offer IPv4.",
  "meaning.ipv4-only.ipv6":
    "You cannot reach IPv6-only services; some games and peer-to-peer apps may connect less directly.",
  "meaning.ipv6-only-nat64.apps": {
    own: "Websites and most apps work: sites that only have IPv4 are reached through your carrier's translator.",
    shared:
      "Websites and most apps work: sites that only have IPv4 are reached through the network's translator.",
  },
  "meaning.ipv6-only-nat64.no-clat": {
    own: "Apps that connect to raw IPv4 addresses (some games, old VPN and voice apps) fail, because this device has no CLAT to translate them.",
    shared:
      "Apps that connect to raw IPv4 addresses (some games, old VPN and voice apps) fail, because that device has no CLAT to translate them.",
  },
  "meaning.ipv6-only-nat64.clat": {
    own: "Apps that use raw IPv4 addresses still work, because this device translates them itself (464XLAT).",
    shared:
      "Apps that use raw IPv4 addresses still work, because that device translates them itself (464XLAT).",
  },
  "meaning.ipv6-only-nat64.synthesis": {
    own: "Apps that use the system's network functions (Safari and most apps) reach raw IPv4 addresses too, because this device's system translates them; apps that open raw IPv4 sockets (some games, VPN and voice apps) fail unless the device also runs a CLAT (464XLAT).",
    shared:
      "Apps that use the system's network functions (Safari and most apps) reach raw IPv4 addresses too, because that device's system translates them; apps that open raw IPv4 sockets (some games, VPN and voice apps) fail unless the device also runs a CLAT (464XLAT).",
  },
  "meaning.ipv6-only-nat64.clat-unknown": {
    own: "Apps that connect to raw IPv4 addresses may fail unless this device translates them itself (464XLAT).",
    shared:
      "Apps that connect to raw IPv4 addresses may fail unless that device translates them itself (464XLAT).",
  },
  "meaning.ipv6-only-nat64.vpn":
    "VPNs: a VPN server given by an IPv4-only name resolves to a synthesized address {inside} (in the well-known prefix, {example} stands for {exampleIpv4}). If your VPN's AllowedIPs lists only IPv4, that traffic can bypass or break the tunnel. Fix: give the VPN server an IPv6 address and an AAAA record, and list the server's IPv6 (or the synthesized address) in AllowedIPs. “Check my server” below works out the exact line.",
  "meaning.inside-prefix": "inside {prefix}",
  "meaning.inside-unknown-prefix": {
    own: "inside your network's NAT64 prefix",
    shared: "inside this network's NAT64 prefix",
  },
  "meaning.ipv6-only-no-nat64.apps":
    "Sites and apps that have IPv6 work; anything that only has IPv4 (still many sites, games and VPN servers) cannot be reached.",
  "meaning.ipv6-only-no-nat64.ask": {
    own: "Ask your network operator to enable NAT64/DNS64, or use a network with IPv4.",
    shared: "Ask the network operator to enable NAT64/DNS64, or use a network with IPv4.",
  },
  "meaning.ipv6-broken.apps":
    "Things still work over IPv4, but apps may pause for a few seconds before giving up on IPv6.",
  "meaning.ipv6-broken.restart":
    "Restart your router; if it keeps happening, tell your internet provider that IPv6 is broken (send them the results link).",
  "meaning.offline.check": "Check that Wi-Fi or mobile data is on, then run the test again.",
  "meaning.offline.blocked":
    "If other sites work, something on this network blocks the test servers.",
  "meaning.captive-portal.login":
    "Open any website and complete the network's login page, then run the test again.",
  "meaning.captive-portal.proxy":
    "If there is no login page, a proxy or filter on this network is rewriting web traffic.",
  "meaning.inconclusive.how":
    "“How we know” below says what the test could not tell, and what can tell instead.",
  "meaning.inconclusive.again":
    "If it stays unclear, run the test again later, or share the result with your support desk.",

  // How the verdict was reached: one message per reason code.
  "reason.intercepted":
    "{count} of {total} test servers were answered by something else (for example a login page), so the network is intercepting web traffic.",
  "reason.sign-in-to-network":
    "Sign in to the network (open any web page and follow the login page), then run the test again.",
  "reason.no-probes-here":
    "No test could run here: this deployment configures no probes that this page can reach in its current mode.",
  "reason.nothing-reached": {
    own: "None of the {total} test servers could be reached: this device seems to have no working internet connection right now.",
    shared:
      "None of the {total} test servers could be reached: that device seemed to have no working internet connection at the time.",
  },
  "reason.relayed": {
    own: "Your traffic reaches the test servers through a relay (a proxy, a privacy relay or a VPN): an IPv6-only test server saw an IPv4 address, or the reverse. The test sees the relay's network, not yours.",
    shared:
      "The traffic reached the test servers through a relay (a proxy, a privacy relay or a VPN): an IPv6-only test server saw an IPv4 address, or the reverse. The test saw the relay's network, not that device's.",
  },
  "reason.turn-off-relay":
    "Turn off the proxy, relay or VPN and run the test again to test your own network.",
  "reason.ipv6-only-with-nat64": {
    own: "IPv6 works, and websites that only have IPv4 are reached through your network's translator (DNS64 + NAT64): your network is IPv6-only.",
    shared:
      "IPv6 works, and websites that only have IPv4 are reached through this network's translator (DNS64 + NAT64): this network is IPv6-only.",
  },
  "reason.nat64-prefix": "The translator uses the prefix {prefix}.",
  "reason.nat64-prefix-unproven":
    "The translator's prefix could not be proven from this page (it is not the well-known {wkp} or it was not tested). To see it, run “dig AAAA ipv4only.arpa” on a computer on this network and paste the output into “Decode an address”.",
  "reason.literal-synthesis": {
    own: "IPv4 addresses typed as numbers work in this browser because this device's system translates them for apps that use its network APIs (Apple's NAT64 address synthesis). Apps that use raw IPv4 sockets (some games, VPN and voice apps) do not get that translation; only a CLAT (464XLAT) would carry them.",
    shared:
      "IPv4 addresses typed as numbers work in that browser because that device's system translates them for apps that use its network APIs (Apple's NAT64 address synthesis). Apps that use raw IPv4 sockets (some games, VPN and voice apps) do not get that translation; only a CLAT (464XLAT) would carry them.",
  },
  "reason.clat-by-literal": {
    own: "IPv4 addresses typed as numbers still work: your device translates them itself (464XLAT, a CLAT) and sends them through the NAT64.",
    shared:
      "IPv4 addresses typed as numbers still work: that device translates them itself (464XLAT, a CLAT) and sends them through the NAT64.",
  },
  "reason.clat-by-stun": {
    own: "WebRTC reached the STUN server by its IPv4 address too: your device has a CLAT (464XLAT).",
    shared:
      "WebRTC reached the STUN server by its IPv4 address too: that device has a CLAT (464XLAT).",
  },
  "reason.no-clat-by-literal": {
    own: "IPv4 addresses typed as numbers do not work: there is no CLAT (464XLAT) on this device, so apps that use raw IPv4 addresses fail.",
    shared:
      "IPv4 addresses typed as numbers do not work: there is no CLAT (464XLAT) on that device, so apps that use raw IPv4 addresses fail.",
  },
  "reason.no-clat-by-stun": {
    own: "WebRTC got no answer from the STUN server's IPv4 address, and this browser tries every network connection: there is no CLAT (464XLAT) on this device, so apps that use raw IPv4 addresses fail.",
    shared:
      "WebRTC got no answer from the STUN server's IPv4 address, and that browser tries every network connection: there is no CLAT (464XLAT) on that device, so apps that use raw IPv4 addresses fail.",
  },
  "reason.clat-unknown": {
    own: "Whether this device translates IPv4 itself (464XLAT, a CLAT) cannot be told in this browser: {gaps}.",
    shared:
      "Whether that device translates IPv4 itself (464XLAT, a CLAT) cannot be told in that browser: {gaps}.",
  },
  "reason.mtu-black-hole":
    "Small requests work but a larger answer never arrived: large packets are being dropped (a path-MTU black hole).",
  "reason.ipv6-slow": "IPv6 answered, but only after {v6} s while IPv4 took {v4} s.",
  "reason.ipv6-times-out": {
    own: "Your device has IPv6 and tries to use it, but IPv6 connections time out; apps fall back to IPv4 after a delay.",
    shared:
      "That device has IPv6 and tries to use it, but IPv6 connections time out; apps fall back to IPv4 after a delay.",
  },
  "reason.ipv6-broken-apps-wait":
    "Websites and apps still work, but some will be slow to start while they wait for IPv6.",
  "reason.ipv4-not-tested":
    "IPv6 works. No IPv4-only test server is configured, so whether IPv4-only sites are reachable was not tested.",
  "reason.no-dns64": {
    own: "IPv6 works, but websites that only have IPv4 cannot be reached by name: your network has a NAT64 translator, but the DNS server this device uses does not point names at it (no DNS64).",
    shared:
      "IPv6 works, but websites that only have IPv4 cannot be reached by name: this network has a NAT64 translator, but the DNS server that device uses does not point names at it (no DNS64).",
  },
  "reason.use-network-dns": {
    own: "If you set a DNS server by hand (for example 1.1.1.1 or 8.8.8.8), switch back to your network's own DNS, or use a DNS64 service such as Google's {dns64}.",
    shared:
      "If a DNS server was set by hand (for example 1.1.1.1 or 8.8.8.8), switch back to this network's own DNS, or use a DNS64 service such as Google's {dns64}.",
  },
  "reason.no-nat64": {
    own: "IPv6 works, but websites that only have IPv4 cannot be reached: your network is IPv6-only and has no NAT64 translator (or it is not working).",
    shared:
      "IPv6 works, but websites that only have IPv4 cannot be reached: this network is IPv6-only and has no NAT64 translator (or it is not working).",
  },
  "reason.both-reachable":
    "Sites that only have IPv4 and sites that only have IPv6 can both be reached.",
  "reason.nat64-unused": {
    own: "Your network also offers a NAT64 translator, but your own IPv4 traffic does not use it.",
    shared:
      "This network also offers a NAT64 translator, but that device's own IPv4 traffic does not use it.",
  },
  "reason.cannot-tell-native-ipv4": {
    own: "But this test cannot tell whether your network really has IPv4, or is IPv6-only with a translator (DNS64 + NAT64) that uses its own prefix, because {gaps}.",
    shared:
      "But this test cannot tell whether this network really has IPv4, or is IPv6-only with a translator (DNS64 + NAT64) that uses its own prefix, because {gaps}.",
  },
  "reason.how-to-find-out": "To find out, {fixes}.",
  "reason.dual-stack": {
    own: "Your network has both IPv4 and IPv6, and both work.",
    shared: "This network has both IPv4 and IPv6, and both work.",
  },
  "reason.maybe-clat":
    "Not fully certain: a phone that translates IPv4 itself on an IPv6-only network (464XLAT) looks the same to this test. For everyday use the two behave alike.",
  "reason.maybe-own-prefix":
    "Not certain: an IPv6-only network whose translator uses its own prefix looks the same to this test. On a computer on this network, run “dig AAAA ipv4only.arpa” and paste the output into “Decode an address”: no IPv6 answer means no translator.",
  "reason.ipv6-not-tested":
    "IPv4 works. No IPv6 test server is configured, so IPv6 was not tested.",
  "reason.ipv4-only": {
    own: "Your network only has IPv4. Everything works today, because almost every site still has IPv4.",
    shared:
      "This network only has IPv4. Everything works today, because almost every site still has IPv4.",
  },
  "reason.unexplained":
    "Some tests worked and others did not, in a pattern that does not match any known kind of network. Try again, or share the results with your support desk.",
  "reason.set-aside": {
    one: "{count} test server was answered by something other than the echo service (a proxy or a filter); those results are left out.",
    other:
      "{count} test servers were answered by something other than the echo service (a proxy or a filter); those results are left out.",
  },
  "reason.reasons-not-shown":
    "The measurements in this link do not lead to the verdict it records, so the reasons are not shown. The link may have been edited, or made by another version of this test.",
  "reason.reasons-not-shown-removed":
    "The sender removed their IP addresses, and the reasons for this verdict depend on them, so they are not shown.",

  // Why a signal is silent here, and what would give it (lists inside the reasons above).
  "gap.literal-not-tested": "this site does not test an IPv4 address typed as a number",
  "gap.literal-blocked-on-https": {
    own: "this https:// page cannot test an IPv4 address typed as a number (browsers block plain-HTTP requests from it)",
    shared:
      "that https:// page cannot test an IPv4 address typed as a number (browsers block plain-HTTP requests from it)",
  },
  "gap.literal-timed-out": "the IPv4 address typed as a number got no answer in time",
  "gap.literal-answered-by-other":
    "the IPv4 address typed as a number was answered by something else",
  "gap.literal-works-either-way": {
    own: "on this device an IPv4 address typed as a number works either way (the system translates it)",
    shared:
      "on that device an IPv4 address typed as a number works either way (the system translates it)",
  },
  "gap.literal-shows-synthesis":
    "here a working IPv4 address shows the system's translation, not a CLAT",
  "gap.no-webrtc": { own: "this browser has no WebRTC", shared: "that browser has no WebRTC" },
  "gap.no-webrtc-test": "this site has no WebRTC test",
  "gap.webrtc-failed": "WebRTC could not start",
  "gap.no-ice-errors": {
    own: "this browser does not report WebRTC lookup errors",
    shared: "that browser does not report WebRTC lookup errors",
  },
  "gap.webrtc-no-answer": "the WebRTC test got no answer",
  "gap.stun-literal-untraced":
    "WebRTC reached the IPv4 test address by a way the test cannot trace",
  "gap.gathers-default-interface": {
    own: "this browser's WebRTC uses only the default network connection, so an IPv4 test address gets no answer with or without a CLAT",
    shared:
      "that browser's WebRTC uses only the default network connection, so an IPv4 test address gets no answer with or without a CLAT",
  },
  "gap.gathering-unknown": {
    own: "this browser does not show whether its WebRTC would use an IPv4 connection that the device translates itself",
    shared:
      "that browser does not show whether its WebRTC would use an IPv4 connection that the device translates itself",
  },
  /** Joins the gaps of one sentence: "A, and B". */
  "gap.join": ", and ",
  "fix.open-http-page": "open the http:// version of this page",
  "fix.other-browser": "run the test in Chrome, Edge or Firefox",
  "fix.other-device":
    "run the test in Chrome, Edge or Firefox on a computer or an Android phone on this network",
  "fix.chrome-on-this-device": {
    own: "Chrome or Edge on this device can tell",
    shared: "Chrome or Edge on that device can tell",
  },
  "fix.chrome-on-a-mac": "on a Mac, Chrome or Edge can tell; on an iPhone or iPad no browser can",
  "fix.dig":
    "on a computer on this network, run “dig AAAA ipv4only.arpa” and paste the output into “Decode an address”: an IPv6 answer means a translator",
  /** Joins what would tell, after "Whether … cannot be told": "A; B". */
  "fix.join": "; ",
  /** Joins the ways to find out: "A; or B". */
  "fix.joinOr": "; or ",
  /** The ways to tell, as their own sentence after "cannot be told …". */
  "fix.sentence": "{fixes}.",

  // The NAT64 evidence, one message per evidence code.
  "evidence.same-exit-as-nat64":
    "The IPv4-only test server saw {ip}, the same network as the NAT64-only target ({prefix}) saw ({targetIp}).",
  "evidence.literal-refused":
    "The IPv4-only name worked but the same server's IPv4 address typed as a number did not: the name was translated by DNS64.",
  "evidence.stun-name-only":
    "WebRTC reached the IPv4-only STUN server by name over a synthesized IPv6 address, and not at all by its IPv4 address.",
  "evidence.stun-dns64":
    "WebRTC: the resolver returned an IPv6 address for a name that only has an IPv4 address (DNS64).",
  "evidence.nat64-reachable":
    "A NAT64 on {prefix} is reachable from this network (the target saw {ip}).",

  // What the engine that measured can tell (the values under the results' technical details).
  "engine.chromium": "Chromium (Chrome, Edge, Samsung Internet…)",
  "engine.firefox": "Firefox (Gecko)",
  "engine.webkit": "WebKit (Safari, every iPhone and iPad browser…)",
  "engine.unknown": "not recognised",
  "engine.webrtc-yes": "yes",
  "engine.webrtc-no": "no: the WebRTC tests could not run",
  "engine.ice-errors-yes": "yes",
  "engine.ice-errors-no": "no: a name that fails to resolve goes unnoticed",
  "engine.unknown-value": "unknown",
  "engine.every-interface": "every network connection",
  "engine.default-interface":
    "only the default network connection (so its silence on an IPv4 address says nothing about a CLAT)",
  "engine.gathering-observed": "{gathering} (seen in this test)",
  "engine.gathering-engine": "{gathering} (how this engine is known to work)",
  "engine.literal-synthesis":
    "made to work by the system on IPv6-only networks with NAT64 (Apple), so one that works proves no IPv4 of its own",
  "engine.literal-as-is": "used as they are",
  "literal-synthesis-fact": {
    own: "work: this device's system translates them for apps that use its network functions; apps on raw IPv4 sockets still fail without a CLAT",
    shared:
      "work: that device's system translates them for apps that use its network functions; apps on raw IPv4 sockets still fail without a CLAT",
  },
} as const satisfies Messages;

export default verdict;

declare module "../../namespaces.ts" {
  interface Namespaces {
    verdict: typeof verdict;
  }
}
