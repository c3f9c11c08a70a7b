// The path the visitor's traffic takes, as a small SVG: device → DNS64 → NAT64 → IPv4 server,
// or the dual-stack / IPv4-only / broken pictures. Text labels carry the meaning; the picture
// is decoration for sighted readers, so the whole figure has one plain-words label.

import type { Verdict } from "../core/result.ts";

interface Hop {
  label: string;
  sub?: string;
}

interface Picture {
  hops: Hop[];
  /** Index of the link (between hop i and i+1) that is broken, if any. */
  brokenLink?: number;
  description: string;
}

function picture(verdict: Verdict): Picture | null {
  const prefix = verdict.nat64.prefix ?? "Pref64::/n";
  switch (verdict.code) {
    case "ipv6-only-nat64":
      return {
        hops: [
          { label: "Your device", sub: verdict.clat ? "IPv6 + CLAT" : "IPv6 only" },
          { label: "DNS64", sub: "adds AAAA" },
          { label: "NAT64", sub: prefix },
          { label: "IPv4 site", sub: verdict.ipv4 ? `sees ${verdict.ipv4}` : undefined },
        ],
        description: `Your device talks IPv6 only. For a site that only has IPv4, the DNS64 resolver makes up an IPv6 address inside ${prefix}, and the NAT64 translator converts the traffic to IPv4${verdict.ipv4 ? `; the site sees the translator's address ${verdict.ipv4}` : ""}.`,
      };
    case "ipv6-only-no-nat64":
      return {
        hops: [
          { label: "Your device", sub: "IPv6 only" },
          { label: "Your network", sub: "no NAT64" },
          { label: "IPv4 site", sub: "unreachable" },
        ],
        brokenLink: 1,
        description:
          "Your device talks IPv6 only and there is no translator, so sites that only have IPv4 cannot be reached.",
      };
    case "dual-stack":
      return {
        hops: [
          { label: "Your device", sub: "IPv4 + IPv6" },
          { label: "Your network", sub: "both" },
          { label: "Any site", sub: "IPv4 or IPv6" },
        ],
        description: "Your device reaches IPv4 sites over IPv4 and IPv6 sites over IPv6, directly.",
      };
    case "ipv4-only":
      return {
        hops: [
          { label: "Your device", sub: "IPv4" },
          { label: "Your network", sub: "IPv4 only" },
          { label: "IPv4 site", sub: verdict.ipv4 ? `sees ${verdict.ipv4}` : undefined },
        ],
        description:
          "Your device reaches every site over IPv4; IPv6-only services are out of reach.",
      };
    case "ipv6-broken":
      return {
        hops: [
          { label: "Your device", sub: "IPv4 + IPv6" },
          { label: "Your network", sub: "IPv6 fails" },
          { label: "IPv6 site", sub: "times out" },
        ],
        brokenLink: 1,
        description:
          "Your device tries IPv6, but IPv6 traffic is lost on the way; it falls back to IPv4.",
      };
    default:
      return null;
  }
}

const BOX_W = 88;
const BOX_H = 52;
const GAP = 28;

export function PathDiagram({ verdict }: { verdict: Verdict }) {
  const pic = picture(verdict);
  if (!pic) return null;
  const width = pic.hops.length * BOX_W + (pic.hops.length - 1) * GAP;
  return (
    <figure class="path-diagram">
      <svg
        viewBox={`0 0 ${width} ${BOX_H + 4}`}
        role="img"
        aria-label={pic.description}
        preserveAspectRatio="xMidYMid meet"
      >
        {pic.hops.map((hop, i) => {
          const x = i * (BOX_W + GAP);
          const broken = pic.brokenLink === i;
          return (
            <g key={hop.label}>
              <rect x={x + 1} y={2} width={BOX_W - 2} height={BOX_H} rx={8} class="hop" />
              <text x={x + BOX_W / 2} y={22} text-anchor="middle" class="hop-label">
                {hop.label}
              </text>
              {hop.sub && (
                <text x={x + BOX_W / 2} y={40} text-anchor="middle" class="hop-sub">
                  {hop.sub}
                </text>
              )}
              {i < pic.hops.length - 1 && (
                <g class={broken ? "link broken" : "link"}>
                  <line
                    x1={x + BOX_W + 2}
                    y1={BOX_H / 2 + 2}
                    x2={x + BOX_W + GAP - 6}
                    y2={BOX_H / 2 + 2}
                  />
                  <path d={`M${x + BOX_W + GAP - 8},${BOX_H / 2 - 2} l6,4 l-6,4`} fill="none" />
                  {broken && (
                    <text
                      x={x + BOX_W + GAP / 2}
                      y={BOX_H / 2 - 4}
                      text-anchor="middle"
                      class="cross"
                    >
                      ✕
                    </text>
                  )}
                </g>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{pic.description}</figcaption>
    </figure>
  );
}
