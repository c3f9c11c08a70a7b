// The path the visitor's traffic takes, as a small SVG: device → DNS64 → NAT64 → IPv4 server,
// or the dual-stack / IPv4-only / broken pictures. Text labels carry the meaning; the picture
// is decoration for sighted readers, so the whole figure has one plain-words label.

import { thirdPerson } from "../core/explain.ts";
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
          {
            label: "Your device",
            sub: verdict.clat
              ? "IPv6 + CLAT"
              : verdict.nat64.literalSynthesis
                ? "IPv6 + system translation"
                : "IPv6 only",
          },
          { label: "DNS64", sub: "adds AAAA" },
          { label: "NAT64", sub: prefix },
          { label: "IPv4 site", sub: verdict.ipv4 ? `sees ${verdict.ipv4}` : undefined },
        ],
        description: `Your device talks IPv6 only. For a site that only has IPv4, the DNS64 resolver makes up an IPv6 address inside ${prefix}, and the NAT64 translator converts the traffic to IPv4${verdict.ipv4 ? `; the site sees the translator's address ${verdict.ipv4}` : ""}.${verdict.nat64.literalSynthesis && !verdict.clat ? " For an IPv4 address typed as a number, your device's system makes up the IPv6 address itself." : ""}`,
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

// A vertical chain of boxes: on a phone it keeps the text at reading size, where a row of
// four boxes would shrink it to a few pixels.
const BOX_W = 200;
const BOX_H = 44;
const GAP = 26;

export function PathDiagram({
  verdict,
  readOnly = false,
}: {
  verdict: Verdict;
  readOnly?: boolean;
}) {
  const pic = picture(verdict);
  if (!pic) return null;
  const words = readOnly ? thirdPerson : (text: string) => text;
  const height = pic.hops.length * BOX_H + (pic.hops.length - 1) * GAP;
  return (
    <figure class="path-diagram">
      {/* The caption says the same in words; the picture is for sighted readers only. */}
      <svg viewBox={`0 0 ${BOX_W + 4} ${height + 4}`} aria-hidden="true" focusable="false">
        {pic.hops.map((hop, i) => {
          const y = i * (BOX_H + GAP) + 2;
          const broken = pic.brokenLink === i;
          const label = readOnly && hop.label === "Your device" ? "The device" : hop.label;
          return (
            <g key={hop.label}>
              <rect x={2} y={y} width={BOX_W} height={BOX_H} rx={8} class="hop" />
              <text
                x={BOX_W / 2 + 2}
                y={y + (hop.sub ? 19 : 27)}
                text-anchor="middle"
                class="hop-label"
              >
                {label}
              </text>
              {hop.sub && (
                <text x={BOX_W / 2 + 2} y={y + 36} text-anchor="middle" class="hop-sub">
                  {hop.sub}
                </text>
              )}
              {i < pic.hops.length - 1 && (
                <g class={broken ? "link broken" : "link"}>
                  <line
                    x1={BOX_W / 2 + 2}
                    y1={y + BOX_H + 2}
                    x2={BOX_W / 2 + 2}
                    y2={y + BOX_H + GAP - 4}
                  />
                  <path d={`M${BOX_W / 2 - 3},${y + BOX_H + GAP - 9} l5,6 l5,-6`} fill="none" />
                  {broken && (
                    <text x={BOX_W / 2 + 20} y={y + BOX_H + GAP / 2 + 6} class="cross">
                      ✕
                    </text>
                  )}
                </g>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>{words(pic.description)}</figcaption>
    </figure>
  );
}
