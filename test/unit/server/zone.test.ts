// server/dns/zone.template rendered by scripts/render-zone.mjs, checked by BIND's own
// named-checkzone (Debian bind9-utils). The named-checkzone part skips, saying why, when the tool
// is not installed; CI installs it.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  addressWarnings,
  canonicalIPv6,
  nat64Address,
  parseArgs,
  renderZone,
  TEMPLATE_PATH,
} from "../../../scripts/render-zone.mjs";

const TEMPLATE = readFileSync(TEMPLATE_PATH, "utf8");
const OPTIONS = {
  zone: "selftest.example.net",
  ipv4: "192.0.2.1",
  ipv6: "2001:DB8:0::0001",
  ns: ["ns1.example.org", "ns2.example.org."],
  serial: "2026112801",
  caa: ["letsencrypt.org"],
};

const hasCheckzone = spawnSync("named-checkzone", ["-v"], { encoding: "utf8" }).status === 0;

describe("renderZone", () => {
  it("fills every placeholder", () => {
    const zone = renderZone(TEMPLATE, OPTIONS);
    expect(zone).not.toMatch(/\{\{/);
    expect(zone).toContain("$ORIGIN selftest.example.net.");
    expect(zone).toMatch(/^nat64\s+IN AAAA\s+64:ff9b::c000:201$/m);
  });

  it("rejects bad names and addresses in plain words", () => {
    expect(() => renderZone(TEMPLATE, { ...OPTIONS, ipv4: "192.0.2" })).toThrow(/--ipv4/);
    expect(() => renderZone(TEMPLATE, { ...OPTIONS, ipv6: "2001:db8::g" })).toThrow(/--ipv6/);
    expect(() => renderZone(TEMPLATE, { ...OPTIONS, zone: "bad_name.example" })).toThrow(/--zone/);
    expect(() => renderZone(TEMPLATE, { ...OPTIONS, ns: [] })).toThrow(/--ns/);
    expect(() => renderZone(TEMPLATE, { ...OPTIONS, serial: "99999999999" })).toThrow(/--serial/);
    expect(() => renderZone("{{NOPE}}", OPTIONS)).toThrow(/unknown placeholder/);
  });

  it("writes IPv6 in RFC 5952 form and the NAT64 address in the well-known prefix", () => {
    expect(canonicalIPv6("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(canonicalIPv6("2001:db8:0:1:0:0:0:1")).toBe("2001:db8:0:1::1");
    expect(canonicalIPv6("2001:db8:0:0:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(canonicalIPv6("2001:0db8:0001:0002:0003:0004:0005:0006")).toBe("2001:db8:1:2:3:4:5:6");
    expect(nat64Address("198.51.100.7")).toEqual({
      hex: "64:ff9b::c633:6407",
      mixed: "64:ff9b::198.51.100.7",
    });
  });

  it("warns about addresses a NAT64 or IPv6 visitor cannot reach", () => {
    expect(addressWarnings("10.1.2.3", "2001:db8::1")[0]).toMatch(/RFC 6052/);
    expect(addressWarnings("192.0.2.1", "fd00::1")[0]).toMatch(/not a global IPv6/);
    expect(addressWarnings("198.51.100.1", "2001:db8::1")).toEqual([]);
  });

  it("parses the command line", () => {
    expect(
      parseArgs(["--zone", "a.example", "--ipv4=192.0.2.1", "--ipv6", "::1", "--ns", "n1.example"]),
    ).toMatchObject({ zone: "a.example", ipv4: "192.0.2.1", ipv6: "::1", ns: ["n1.example"] });
    expect(() => parseArgs(["--zone", "a.example"])).toThrow(/--ipv4 is required/);
    expect(() => parseArgs(["--bogus", "1"])).toThrow(/unknown argument/);
  });
});

describe.skipIf(!hasCheckzone)(
  `named-checkzone${hasCheckzone ? "" : " (skipped: not installed; Debian: apt-get install bind9-utils)"}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), "nat64-zone-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    function check(zone: string, text: string): { status: number | null; output: string } {
      const file = join(dir, `${zone}.zone`);
      writeFileSync(file, text);
      // -k/-n fail: bad names and NS problems are errors; -i full: full integrity checks.
      const result = spawnSync(
        "named-checkzone",
        ["-k", "fail", "-n", "fail", "-i", "full", zone, file],
        {
          encoding: "utf8",
        },
      );
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    }

    /** The records named-checkzone loaded, as "name type data" lines (canonical form). */
    function dump(zone: string, text: string): string[] {
      const file = join(dir, `${zone}.dump.zone`);
      writeFileSync(file, text);
      const result = spawnSync("named-checkzone", ["-D", "-s", "full", "-o", "-", zone, file], {
        encoding: "utf8",
      });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout
        .split("\n")
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields.length >= 5)
        .map(([name = "", , , type = "", ...data]) => `${name} ${type} ${data.join(" ")}`);
    }

    it("accepts the rendered zone", () => {
      const { status, output } = check(OPTIONS.zone, renderZone(TEMPLATE, OPTIONS));
      expect(status, output).toBe(0);
      expect(output).toMatch(/loaded serial 2026112801/);
    });

    it("holds exactly the records every probe needs", () => {
      const records = dump(OPTIONS.zone, renderZone(TEMPLATE, OPTIONS)).filter((r) =>
        /^\S+ (A|AAAA) /.test(r),
      );
      const z = "selftest.example.net.";
      expect(records.sort()).toEqual(
        [
          `${z} A 192.0.2.1`,
          `${z} AAAA 2001:db8::1`,
          `http.${z} A 192.0.2.1`,
          `http.${z} AAAA 2001:db8::1`,
          `v4.${z} A 192.0.2.1`,
          `v6.${z} AAAA 2001:db8::1`,
          `ds.${z} A 192.0.2.1`,
          `ds.${z} AAAA 2001:db8::1`,
          `nat64.${z} AAAA 64:ff9b::c000:201`,
        ].sort(),
      );
    });

    it("accepts a zone with other addresses, names and no CAA", () => {
      const options = {
        zone: "nat64-check.example.org",
        ipv4: "198.51.100.200",
        ipv6: "2001:db8:abcd:12::8",
        ns: ["a.ns.example.com"],
        hostmaster: "noc.example.org",
        ttl: 60,
      };
      const { status, output } = check(options.zone, renderZone(TEMPLATE, options));
      expect(status, output).toBe(0);
    });

    it("rejects a broken zone (so the check above means something)", () => {
      const broken = renderZone(TEMPLATE, OPTIONS).replace(
        "IN AAAA  64:ff9b::c000:201",
        "IN AAAA  64:ff9b::zz",
      );
      expect(check(OPTIONS.zone, broken).status).not.toBe(0);
    });
  },
);
