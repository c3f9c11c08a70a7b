// "Check my server", step one: read what a person typed — a host name, host:port, an address, a
// URL, a WireGuard `Endpoint = …` line or a whole WireGuard configuration — into the server to
// look up. Anything unusable comes back as a problem code with the text it is about; the page
// words it (src/ui/words/checks.ts).

import { isIPv4, parseIPv4, tryParseIPv6 } from "../addr/address.ts";
import { parsePort, splitHostPort } from "../addr/host-port.ts";
import { DnsWireError, nameToLabels } from "../dns/dns-wire.ts";

export interface ServerInput {
  /** Host name (lower case, ASCII/xn--, no trailing dot) or an address literal (no brackets). */
  host: string;
  kind: "name" | "ipv4" | "ipv6";
  port: number | null;
  /** A WireGuard Endpoint line (or a whole [Peer] section) was pasted. */
  wireguard: boolean;
  /** The AllowedIPs entries of a pasted [Peer] section, or null when there was none. */
  allowedIPs: string[] | null;
}

/** Why the typed text names no server; `text` is the part of the input it is about. */
export type InputProblem =
  | { code: "empty" }
  | { code: "several-lines" }
  | { code: "endpoint-empty" }
  | { code: "bad-url"; text: string }
  | { code: "has-spaces"; text: string }
  | { code: "bad-port"; text: string }
  | { code: "bad-ipv4"; text: string }
  | { code: "bad-ipv6"; text: string }
  | { code: "bad-bracketed-ipv6"; text: string }
  /** Characters a host name cannot have (after IDN conversion). */
  | { code: "bad-name"; text: string }
  /** An international name the browser's IDN conversion refuses. */
  | { code: "bad-idn"; text: string }
  /** One label, like "localhost": `host` is that label, lower case. */
  | { code: "needs-domain"; text: string; host: string }
  /** DNS limits (RFC 1035 §2.3.4): 63 bytes a label, 255 bytes a name. */
  | { code: "label-too-long"; text: string }
  | { code: "name-too-long"; text: string };

export type ParsedServerInput =
  | { ok: true; input: ServerInput }
  | { ok: false; problem: InputProblem };

/** Carries a problem out of the nested readers below to parseServerInput, which returns it. */
class Refused extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.code);
  }
}

function refuse(problem: InputProblem): never {
  throw new Refused(problem);
}

/** Lower-case ASCII (xn--) form of a host name, validated. */
function normalizeName(name: string, original: string): string {
  let host = name.trim().replace(/\.$/, "").toLowerCase();
  if (/[^\x21-\x7e]/.test(host)) {
    try {
      host = new URL(`http://${host}/`).hostname; // IDN → xn-- (what DNS carries)
    } catch {
      refuse({ code: "bad-idn", text: original });
    }
  }
  if (!/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/.test(host)) {
    refuse({ code: "bad-name", text: original });
  }
  if (!host.includes(".")) refuse({ code: "needs-domain", text: original, host });
  try {
    nameToLabels(host); // the DNS codec is the one judge of what a query can carry
  } catch (error) {
    if (!(error instanceof DnsWireError)) throw error;
    const longLabel = host.split(".").some((label) => label.length > 63);
    refuse({ code: longLabel ? "label-too-long" : "name-too-long", text: host });
  }
  return host;
}

function readPort(text: string | null, original: string): number | null {
  if (text === null) return null;
  return parsePort(text) ?? refuse({ code: "bad-port", text: original });
}

/** host, [v6]:port, v4:port, name:port or a bare IPv6 address. */
function readHostPort(text: string): Pick<ServerInput, "host" | "kind" | "port"> {
  const { host, bracketed, port } = splitHostPort(text);
  if (bracketed) {
    const v6 = tryParseIPv6(host) ?? refuse({ code: "bad-bracketed-ipv6", text: host });
    return { host: v6, kind: "ipv6", port: readPort(port, text) };
  }
  if (host.includes(":")) {
    const v6 = tryParseIPv6(host) ?? refuse({ code: "bad-ipv6", text });
    return { host: v6, kind: "ipv6", port: null };
  }
  const portNumber = readPort(port, text);
  if (/^[\d.]+$/.test(host)) {
    if (!isIPv4(host)) refuse({ code: "bad-ipv4", text: host });
    return { host: parseIPv4(host), kind: "ipv4", port: portNumber };
  }
  return { host: normalizeName(host, text), kind: "name", port: portNumber };
}

function readServerInput(text: string): ServerInput {
  const trimmed = text.trim();
  if (trimmed === "") refuse({ code: "empty" });
  const lines = trimmed.split(/\r?\n/);
  const endpointLine = lines.map((l) => /^\s*Endpoint\s*=\s*(.*)$/i.exec(l)).find((m) => m);
  const allowedLine = lines.map((l) => /^\s*AllowedIPs\s*=\s*(.*)$/i.exec(l)).find((m) => m);
  const allowedIPs = allowedLine
    ? (allowedLine[1] ?? "")
        .replace(/#.*$/, "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : null;

  let target: string;
  let wireguard = false;
  if (endpointLine) {
    target = (endpointLine[1] ?? "").replace(/#.*$/, "").trim();
    wireguard = true;
    if (target === "") refuse({ code: "endpoint-empty" });
  } else if (lines.length > 1) {
    refuse({ code: "several-lines" });
  } else {
    target = trimmed;
  }

  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      refuse({ code: "bad-url", text: target });
    }
    // URL has already checked the port; the hostname keeps the brackets of an IPv6 literal.
    const parsed = readHostPort(url.hostname);
    return { ...parsed, port: url.port ? Number(url.port) : null, wireguard, allowedIPs };
  }
  if (/\s/.test(target)) refuse({ code: "has-spaces", text: target });
  return { ...readHostPort(target), wireguard, allowedIPs };
}

/** Reads what a person typed into the server to check, or the problem with it. */
export function parseServerInput(text: string): ParsedServerInput {
  try {
    return { ok: true, input: readServerInput(text) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}
