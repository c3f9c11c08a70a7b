#!/usr/bin/env node
// Renders server/dns/zone.template (BIND zone file format) from the operator's names and
// addresses: the page's own name (dual-stack), http.<zone> (the plain-HTTP page), and the echo
// names v4 (A only), v6 (AAAA only), ds (both) and nat64 (AAAA = 64:ff9b:: + the IPv4).
//
//   node scripts/render-zone.mjs --zone selftest.example.net --ipv4 192.0.2.1 \
//     --ipv6 2001:db8::1 --ns ns1.dns-host.example [--ns ns2.dns-host.example] \
//     [--hostmaster hostmaster.example.net] [--serial 2026112801] [--ttl 300] \
//     [--caa letsencrypt.org] [--out selftest.example.net.zone]
//
// Check the result with: named-checkzone selftest.example.net selftest.example.net.zone

import { readFileSync, writeFileSync } from "node:fs";
import { isIPv4, isIPv6 } from "node:net";
import { pathToFileURL } from "node:url";

export const TEMPLATE_PATH = new URL("../server/dns/zone.template", import.meta.url);

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export function checkDomain(name, what) {
  const bare = String(name ?? "")
    .toLowerCase()
    .replace(/\.$/, "");
  if (bare.length === 0 || bare.length > 253 || !bare.split(".").every((l) => LABEL.test(l))) {
    throw new Error(`${what}: "${name}" is not a DNS name like selftest.example.net`);
  }
  return bare;
}

/** Expands an IPv6 address to 8 groups of 16 bits. */
function ipv6Groups(address) {
  const [head = "", tail] = address.split("::");
  const h = head === "" ? [] : head.split(":");
  const t = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups = [...h, ...Array(tail === undefined ? 0 : 8 - h.length - t.length).fill("0"), ...t];
  return groups.map((g) => Number.parseInt(g, 16));
}

/** RFC 5952 text: lowercase, leading zeros dropped, the longest run of 2+ zero groups as "::". */
export function canonicalIPv6(address) {
  if (!isIPv6(address) || address.includes(".") || address.includes("%")) {
    throw new Error(`--ipv6: "${address}" is not an IPv6 address like 2001:db8::1`);
  }
  const groups = ipv6Groups(address);
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length && j - i >= 2) best = { start: i, length: j - i };
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.start < 0) return hex.join(":");
  const left = hex.slice(0, best.start).join(":");
  const right = hex.slice(best.start + best.length).join(":");
  return `${left}::${right}`;
}

/** 64:ff9b::/96 + IPv4 (RFC 6052 well-known prefix), as hex and in mixed notation. */
export function nat64Address(ipv4) {
  const b = ipv4.split(".").map(Number);
  const hi = (((b[0] ?? 0) << 8) | (b[1] ?? 0)).toString(16);
  const lo = (((b[2] ?? 0) << 8) | (b[3] ?? 0)).toString(16);
  return { hex: `64:ff9b::${hi}:${lo}`, mixed: `64:ff9b::${ipv4}` };
}

/** Notes about addresses that would make the probes misleading (the rendering still works). */
export function addressWarnings(ipv4, ipv6) {
  const warnings = [];
  const [a = 0, b = 0] = ipv4.split(".").map(Number);
  const privateV4 =
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254);
  if (privateV4) {
    warnings.push(
      `${ipv4} is not a public address: NAT64s do not translate 64:ff9b::/96 to non-global IPv4 (RFC 6052), so the nat64 probe will fail`,
    );
  }
  const first = ipv6.toLowerCase();
  if (/^(fe80|fc|fd|::1$)/.test(first)) {
    warnings.push(`${ipv6} is not a global IPv6 address: IPv6 visitors cannot reach it`);
  }
  return warnings;
}

function defaultSerial(now = new Date()) {
  const day = now.toISOString().slice(0, 10).replace(/-/g, "");
  return `${day}01`;
}

/**
 * The zone text. options: zone, ipv4, ipv6, ns (list), hostmaster?, serial?, ttl?, caa? (list of
 * CA domains), now? (Date, for the default serial).
 */
export function renderZone(template, options) {
  const zone = checkDomain(options.zone, "--zone");
  const ipv4 = String(options.ipv4 ?? "");
  if (!isIPv4(ipv4)) throw new Error(`--ipv4: "${ipv4}" is not an IPv4 address like 192.0.2.1`);
  const ipv6 = canonicalIPv6(String(options.ipv6 ?? ""));
  const ns = (options.ns ?? []).map((name) => checkDomain(name, "--ns"));
  if (ns.length === 0) {
    throw new Error(
      "--ns: give the zone's name servers (your DNS host's), e.g. --ns ns1.example.org",
    );
  }
  const hostmaster = checkDomain(options.hostmaster ?? `hostmaster.${zone}`, "--hostmaster");
  const serial = String(options.serial ?? defaultSerial(options.now));
  if (!/^\d{1,10}$/.test(serial) || Number(serial) > 4294967295) {
    throw new Error(`--serial: "${serial}" must be a number below 2^32 (e.g. 2026112801)`);
  }
  const ttl = String(options.ttl ?? 300);
  if (!/^\d{1,7}$/.test(ttl)) throw new Error(`--ttl: "${ttl}" must be a number of seconds`);
  const caa = (options.caa ?? []).map((name) => checkDomain(name, "--caa"));
  const nat64 = nat64Address(ipv4);
  const values = {
    ZONE: zone,
    TTL: ttl,
    PRIMARY_NS: ns[0],
    HOSTMASTER: hostmaster,
    SERIAL: serial,
    NS_RECORDS: ns.map((name) => `@               IN NS    ${name}.`).join("\n"),
    CAA_RECORDS: caa.length
      ? [
          "; only these CAs may issue certificates for these names",
          ...caa.map((ca) => `@               IN CAA   0 issue "${ca}"`),
        ].join("\n")
      : "; (no CAA records: add --caa letsencrypt.org to restrict which CA may issue)",
    IPV4: ipv4,
    IPV6: ipv6,
    NAT64_IPV6: nat64.hex,
    NAT64_IPV6_MIXED: nat64.mixed,
  };
  return template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`zone.template: unknown placeholder {{${key}}}`);
    return values[key];
  });
}

const USAGE = `usage: node scripts/render-zone.mjs --zone NAME --ipv4 A.B.C.D --ipv6 X::Y --ns NS [--ns NS]
       [--hostmaster NAME] [--serial N] [--ttl SECONDS] [--caa CA-DOMAIN] [--out FILE]`;

export function parseArgs(argv) {
  const options = { ns: [], caa: [] };
  const single = {
    "--zone": "zone",
    "--ipv4": "ipv4",
    "--ipv6": "ipv6",
    "--hostmaster": "hostmaster",
    "--serial": "serial",
    "--ttl": "ttl",
    "--out": "out",
  };
  const multi = { "--ns": "ns", "--caa": "caa" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") return "help";
    const eq = arg.indexOf("=");
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (!(flag in single) && !(flag in multi)) throw new Error(`unknown argument "${arg}"`);
    if (value === undefined || value === "") throw new Error(`${flag} needs a value`);
    if (flag in multi) options[multi[flag]].push(value);
    else options[single[flag]] = value;
  }
  for (const required of ["zone", "ipv4", "ipv6"]) {
    if (!options[required]) throw new Error(`--${required} is required`);
  }
  return options;
}

function main(argv) {
  let options;
  try {
    options = parseArgs(argv);
  } catch (err) {
    console.error(`render-zone: ${err.message}\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  try {
    const text = renderZone(readFileSync(TEMPLATE_PATH, "utf8"), options);
    for (const warning of addressWarnings(options.ipv4, options.ipv6)) {
      console.error(`render-zone: warning: ${warning}`);
    }
    if (options.out) writeFileSync(options.out, text);
    else process.stdout.write(text);
    return 0;
  } catch (err) {
    console.error(`render-zone: ${err.message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
