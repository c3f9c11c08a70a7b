// The path the visitor's traffic takes, as a small SVG: device → DNS64 → NAT64 → IPv4 server,
// or the dual-stack / IPv4-only / broken pictures. Text labels carry the meaning; the picture
// is decoration for sighted readers, so the whole figure has one plain-words label, in the
// voice of the context ("your device", or "that device" on a shared result).

import type { Verdict } from "../core/result.ts";
import { useI18n } from "../i18n/context.tsx";
import type { I18n } from "../i18n/i18n.ts";
import { addressText } from "./words/address.ts";

interface Hop {
  label: string;
  sub?: string | undefined;
}

interface Picture {
  hops: Hop[];
  /** Index of the link (between hop i and i+1) that is broken, if any. */
  brokenLink?: number;
  description: string;
}

/** What a path picture needs of a verdict (the server check draws one from a prefix alone). */
export type PathFacts = Pick<Verdict, "code" | "clat" | "ipv4"> & {
  nat64: Pick<Verdict["nat64"], "prefix" | "literalSynthesis">;
};

function picture(i18n: I18n, verdict: PathFacts): Picture | null {
  const { t } = i18n;
  const device = t("results.path.device");
  const network = t("results.path.network");
  // A box holds a few words: a hidden address shows as its network there, in words below.
  const sees = verdict.ipv4
    ? t("results.path.sees", { address: addressText(i18n, verdict.ipv4, { short: true }) })
    : undefined;
  switch (verdict.code) {
    case "ipv6-only-nat64": {
      // An unproven prefix is named by its RFC 6052 form, not guessed.
      const prefix = verdict.nat64.prefix ?? "Pref64::/n";
      const path = verdict.ipv4
        ? t("results.path.describe.nat64Seen", {
            prefix,
            address: addressText(i18n, verdict.ipv4),
          })
        : t("results.path.describe.nat64", { prefix });
      const synthesis = verdict.nat64.literalSynthesis && !verdict.clat;
      return {
        hops: [
          {
            label: device,
            sub: verdict.clat
              ? t("results.path.ipv6Clat")
              : verdict.nat64.literalSynthesis
                ? t("results.path.ipv6Synthesis")
                : t("results.path.ipv6Only"),
          },
          { label: t("results.path.dns64"), sub: t("results.path.dns64Sub") },
          { label: t("results.path.nat64"), sub: prefix },
          { label: t("results.path.ipv4Site"), sub: sees },
        ],
        description: synthesis ? `${path} ${t("results.path.describe.synthesis")}` : path,
      };
    }
    case "ipv6-only-no-nat64":
      return {
        hops: [
          { label: device, sub: t("results.path.ipv6Only") },
          { label: network, sub: t("results.path.noNat64") },
          { label: t("results.path.ipv4Site"), sub: t("results.path.unreachable") },
        ],
        brokenLink: 1,
        description: t("results.path.describe.noNat64"),
      };
    case "dual-stack":
      return {
        hops: [
          { label: device, sub: t("results.path.bothFamilies") },
          { label: network, sub: t("results.path.both") },
          { label: t("results.path.anySite"), sub: t("results.path.eitherFamily") },
        ],
        description: t("results.path.describe.dualStack"),
      };
    case "ipv4-only":
      return {
        hops: [
          { label: device, sub: t("results.path.ipv4") },
          { label: network, sub: t("results.path.ipv4Only") },
          { label: t("results.path.ipv4Site"), sub: sees },
        ],
        description: t("results.path.describe.ipv4Only"),
      };
    case "ipv6-broken":
      return {
        hops: [
          { label: device, sub: t("results.path.bothFamilies") },
          { label: network, sub: t("results.path.ipv6Fails") },
          { label: t("results.path.ipv6Site"), sub: t("results.path.timesOut") },
        ],
        brokenLink: 1,
        description: t("results.path.describe.ipv6Broken"),
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

export function PathDiagram({ verdict }: { verdict: PathFacts }) {
  const pic = picture(useI18n(), verdict);
  if (!pic) return null;
  const height = pic.hops.length * BOX_H + (pic.hops.length - 1) * GAP;
  return (
    <figure class="path-diagram">
      {/* The caption says the same in words; the picture is for sighted readers only. */}
      <svg viewBox={`0 0 ${BOX_W + 4} ${height + 4}`} aria-hidden="true" focusable="false">
        {pic.hops.map((hop, i) => {
          const y = i * (BOX_H + GAP) + 2;
          const broken = pic.brokenLink === i;
          return (
            <g key={hop.label}>
              <rect x={2} y={y} width={BOX_W} height={BOX_H} rx={8} class="hop" />
              <text
                x={BOX_W / 2 + 2}
                y={y + (hop.sub ? 19 : 27)}
                text-anchor="middle"
                class="hop-label"
              >
                {hop.label}
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
      <figcaption>{pic.description}</figcaption>
    </figure>
  );
}
