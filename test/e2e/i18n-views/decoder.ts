// Views of "Decode an address" for the language tests in test/e2e/i18n.test.ts: decodes opened
// from #decode= links (as a shared decode would be), every card's technical details open, so
// that each kind of fact the decoder states is on screen: addresses of every kind, resolver
// output with and without DNS64, a WireGuard config whose keys stay out of the link, and text
// that is no address.

import type { Page } from "playwright-core";
import type { View } from "../i18n-checks.ts";

const decode = (text: string) => `#decode=${encodeURIComponent(text)}`;

/** The decoder's output is on screen, with every "Technical details" opened. */
async function decoded(page: Page, selector: string): Promise<void> {
  const section = page.locator("section[aria-labelledby=decode-title]");
  await section.locator(selector).first().waitFor();
  await section.evaluate((el) => {
    for (const details of el.querySelectorAll("details")) details.open = true;
  });
}

const DIG = `; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> AAAA ipv4only.arpa
;; QUESTION SECTION:
;ipv4only.arpa.			IN	AAAA

;; ANSWER SECTION:
ipv4only.arpa.		86400	IN	AAAA	64:ff9b::c000:aa
ipv4only.arpa.		86400	IN	AAAA	64:ff9b::c000:ab

;; SERVER: 2001:4860:4860::6464#53(2001:4860:4860::6464) (UDP)
`;

const NO_DNS64 = `ipv4only.arpa has address 192.0.0.170
ipv4only.arpa has address 192.0.0.171
ipv4only.arpa has no AAAA record
`;

const WG_CONFIG = `[Interface]
PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=
Address = 10.0.0.2/32, fd00::2/128

[Peer]
PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=
PresharedKey = FpCyhws9cxwWoV4xELtfJvjJN+zQVRPISllRWgeopVE=
Endpoint = [64:ff9b::c633:6407]:51820
AllowedIPs = 0.0.0.0/0, ::/0
`;

export default [
  {
    name: "the decoder: addresses of every kind",
    path: () =>
      decode(
        [
          "64:ff9b::c633:6407", // NAT64, well-known prefix
          "64:ff9b::a01:203", // … carrying a private IPv4 address (RFC 6052 §3.1)
          "2a00:1098:2b::c633:6407", // a public NAT64 service, with its source
          "64:ff9b:1:c0:0:221::", // local-use prefix, IPv4 position unknown
          "2001:0000:4136:e378:8000:63bf:3fff:fdd2", // Teredo behind a cone NAT
          "2002:c000:221:1:200:5efe:c633:6407", // 6to4 and ISATAP
          "::ffff:192.0.2.1", // IPv4-mapped
          "[fe80::1%eth0]:8080", // brackets, port and zone removed
          "fd00::1", // no IPv4 inside: its scope
          "2001:db8::/36", // a prefix
        ].join("\n"),
      ),
    ready: (page) => decoded(page, ".decode-card"),
  },
  {
    name: "the decoder: dig output that finds the NAT64 prefix",
    path: () => decode(DIG),
    ready: (page) => decoded(page, ".verdict-headline"),
  },
  {
    name: "the decoder: resolver output without DNS64",
    path: () => decode(NO_DNS64),
    ready: (page) => decoded(page, ".verdict-headline"),
  },
  {
    name: "the decoder: a WireGuard config whose keys stay out of the link",
    path: () => decode(WG_CONFIG),
    ready: (page) => decoded(page, "#decode-link-note p"),
  },
  {
    name: "the decoder: text that is no address",
    path: () =>
      decode(
        "64:ff9b::c633:64077 ::ffff:300.1.1.1 2001:db8::1::2 64:ff9b::c633:6407:51820 fe80::1%25eth0/64 [::1]:x 192.0.2.1",
      ),
    ready: (page) => decoded(page, ".decode-card .bad"),
  },
  {
    name: "the decoder: nothing that looks like an address",
    path: () => decode("https://example.com/login"),
    ready: (page) => decoded(page, ".error-panel"),
  },
] satisfies View[];
