// A small, strict DNS wire-format codec (RFC 1035, RFC 3596, RFC 9460) for the few record types
// the DoH client asks for. Hand-written rather than a library because the candidates either
// decode truncated answers silently (@leichtgewicht/dns-packet turns a cut-off A record into
// "1.2.3.undefined") or lack HTTPS/SVCB records entirely; here every read is bounds-checked
// (a record's fields by the end of its own data, not of the message) and a bad answer becomes a
// DnsWireError that says what is wrong and where. Queries are proven
// byte-identical to `dns-packet` by test/unit/dns/dns-wire.test.ts.

import { ipv6FromBytes, ipv6ToBytes } from "../addr/address.ts";

export const RECORD_TYPES = { A: 1, CNAME: 5, PTR: 12, TXT: 16, AAAA: 28, HTTPS: 65 } as const;
export type RecordType = keyof typeof RECORD_TYPES;

const TYPE_NAMES = new Map<number, RecordType>(
  Object.entries(RECORD_TYPES).map(([name, code]) => [code, name as RecordType]),
);

/** Human name of a record type code, e.g. 28 → "AAAA", 41 → "TYPE41". */
export function typeName(code: number): string {
  return TYPE_NAMES.get(code) ?? `TYPE${code}`;
}

const RCODE_NAMES = [
  "NOERROR",
  "FORMERR",
  "SERVFAIL",
  "NXDOMAIN",
  "NOTIMP",
  "REFUSED",
  "YXDOMAIN",
  "YXRRSET",
  "NXRRSET",
  "NOTAUTH",
  "NOTZONE",
] as const;

/** Human name of a response code, e.g. 3 → "NXDOMAIN". */
export function rcodeName(code: number): string {
  return RCODE_NAMES[code] ?? `RCODE${code}`;
}

export const CLASS_IN = 1;

export type DnsWireErrorKind = "truncated" | "malformed" | "bad-name";

export class DnsWireError extends Error {
  override name = "DnsWireError";
  constructor(
    readonly kind: DnsWireErrorKind,
    message: string,
    /** Byte offset in the message where decoding failed, when known. */
    readonly offset?: number,
  ) {
    super(offset === undefined ? message : `${message} (at byte ${offset})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses (just enough for A/AAAA rdata, SVCB hints and reverse names; no dependencies)

/** Dotted-quad text of 4 bytes. */
export function formatIPv4(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 4)).join(".");
}

/** RFC 5952 text of 16 bytes (the address core's formatter). */
export function formatIPv6(bytes: Uint8Array): string {
  return ipv6FromBytes(bytes);
}

/** 4 bytes of a dotted-quad IPv4 address, or null when the text is not one. */
export function parseIPv4(text: string): Uint8Array | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i] ?? "";
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    out[i] = Number(part);
  }
  return out;
}

/** 16 bytes of an IPv6 address (an optional zone is ignored), or null when it is not one. */
export function parseIPv6(text: string): Uint8Array | null {
  const zone = text.indexOf("%");
  try {
    return ipv6ToBytes((zone >= 0 ? text.slice(0, zone) : text).trim());
  } catch {
    return null;
  }
}

/** The PTR query name for an IPv4 or IPv6 address (in-addr.arpa / ip6.arpa). */
export function reverseName(address: string): string {
  const v4 = parseIPv4(address);
  if (v4) return `${Array.from(v4).reverse().join(".")}.in-addr.arpa`;
  const v6 = parseIPv6(address);
  if (!v6) throw new DnsWireError("bad-name", `"${address}" is not an IP address`);
  const nibbles: string[] = [];
  for (const byte of v6) nibbles.push((byte >> 4).toString(16), (byte & 0xf).toString(16));
  return `${nibbles.reverse().join(".")}.ip6.arpa`;
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** Flags word of our queries: only RD (recursion desired), as dns-packet's RECURSION_DESIRED. */
export const QUERY_FLAGS = 0x0100;

/** Labels of a host name in wire order; throws DnsWireError("bad-name") for what DNS cannot carry. */
export function nameToLabels(name: string): string[] {
  const trimmed = name.endsWith(".") ? name.slice(0, -1) : name;
  if (trimmed === "") return [];
  const labels = trimmed.split(".");
  let wireLength = 1;
  for (const label of labels) {
    if (label.length === 0) throw new DnsWireError("bad-name", `"${name}" has an empty label`);
    if (label.length > 63) {
      throw new DnsWireError("bad-name", `"${name}" has a label longer than 63 characters`);
    }
    if (!/^[\x21-\x7e]+$/.test(label)) {
      throw new DnsWireError(
        "bad-name",
        `"${name}" has characters DNS cannot carry as-is (use its xn-- form)`,
      );
    }
    wireLength += label.length + 1;
  }
  if (wireLength > 255) throw new DnsWireError("bad-name", `"${name}" is longer than 255 bytes`);
  return labels;
}

/** A standard query (RD set, one question, class IN, no EDNS) in wire format. */
export function encodeQuery(
  name: string,
  type: RecordType | number,
  id: number,
): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(id) || id < 0 || id > 0xffff) {
    throw new RangeError(`DNS message ID must be 0..65535, not ${id}`);
  }
  const code = typeof type === "number" ? type : RECORD_TYPES[type];
  const labels = nameToLabels(name);
  const nameLength = labels.reduce((n, l) => n + l.length + 1, 1);
  const out = new Uint8Array(12 + nameLength + 4);
  const view = new DataView(out.buffer);
  view.setUint16(0, id);
  view.setUint16(2, QUERY_FLAGS);
  view.setUint16(4, 1); // QDCOUNT
  let at = 12;
  for (const label of labels) {
    out[at++] = label.length;
    for (let i = 0; i < label.length; i++) out[at++] = label.charCodeAt(i);
  }
  out[at++] = 0;
  view.setUint16(at, code);
  view.setUint16(at + 2, CLASS_IN);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decoding

export interface SvcbData {
  /** 0 = AliasMode (target is an alias), ≥ 1 = ServiceMode. */
  priority: number;
  /** Target name; "." means the owner name itself in ServiceMode. */
  target: string;
  alpn: string[];
  port: number | null;
  ipv4hint: string[];
  ipv6hint: string[];
  /** Keys of every SvcParam present, in wire order (e.g. 1 alpn, 4 ipv4hint, 5 ech, 6 ipv6hint). */
  keys: number[];
}

interface RecordBase {
  /** Owner name, without trailing dot ("." for the root). */
  name: string;
  class: number;
  ttl: number;
}

export type DnsRecord =
  | (RecordBase & { type: "A" | "AAAA" | "CNAME" | "PTR"; data: string })
  | (RecordBase & { type: "TXT"; data: string[] })
  | (RecordBase & { type: "HTTPS"; data: SvcbData })
  | (RecordBase & { type: "OTHER"; typeCode: number; data: Uint8Array });

export interface DnsQuestion {
  name: string;
  type: number;
  class: number;
}

export interface DnsMessage {
  id: number;
  /** true for a response. */
  qr: boolean;
  opcode: number;
  aa: boolean;
  /** Truncated: the answer did not fit (should not happen over DoH). */
  tc: boolean;
  rd: boolean;
  ra: boolean;
  ad: boolean;
  cd: boolean;
  rcode: number;
  questions: DnsQuestion[];
  answers: DnsRecord[];
  authorities: DnsRecord[];
  additionals: DnsRecord[];
}

class Reader {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    /** Reads must end by this offset: the message's end, or one record's data's end. */
    readonly limit = bytes.length,
    /** What ends at `limit` when it is not the message's end, e.g. "its record data (2 bytes)". */
    readonly region: string | null = null,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  /**
   * The same message, read only up to `end`: the data of one record, whose fields must never
   * take bytes from the record after it, however the message goes on.
   */
  within(start: number, end: number): Reader {
    const n = end - start;
    return new Reader(this.bytes, end, `its record data (${n} byte${n === 1 ? "" : "s"})`);
  }
  need(at: number, n: number, what: string): void {
    if (at + n <= this.limit) return;
    const left = `needs ${n} byte${n === 1 ? "" : "s"}, ${Math.max(0, this.limit - at)} left`;
    if (this.region) {
      throw new DnsWireError(
        "malformed",
        `${what} runs past the end of ${this.region}: ${left}`,
        at,
      );
    }
    throw new DnsWireError("truncated", `answer ends in the middle of ${what}: ${left}`, at);
  }
  u8(at: number, what: string): number {
    this.need(at, 1, what);
    return this.view.getUint8(at);
  }
  u16(at: number, what: string): number {
    this.need(at, 2, what);
    return this.view.getUint16(at);
  }
  u32(at: number, what: string): number {
    this.need(at, 4, what);
    return this.view.getUint32(at);
  }
}

function labelText(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) {
    if (b === 0x2e || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b > 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\${b.toString().padStart(3, "0")}`;
  }
  return out;
}

/**
 * Reads a possibly compressed name at `at`; returns it and the offset just after it. Labels
 * written in place end within the reader's limit (a record's data, for names inside one). A
 * compression pointer points backwards, to a name written before it that ends before the
 * pointer: so no name, however crafted, takes bytes from after its own place in the message.
 */
function readName(r: Reader, at: number, what: string): [string, number] {
  const labels: string[] = [];
  let wireLength = 1;
  let pos = at;
  let end = -1; // where the name ends in the record (after its first pointer)
  // Set after a pointer is followed: the name it points to must end before that pointer.
  let pointerAt = -1;
  const need = (n: number) => {
    if (pointerAt >= 0 && pos + n > pointerAt) {
      throw new DnsWireError(
        "malformed",
        `${what} has a compression pointer to a name that runs into the pointer`,
        pointerAt,
      );
    }
    r.need(pos, n, what);
  };
  for (;;) {
    need(1);
    const len = r.view.getUint8(pos);
    if (len === 0) {
      pos += 1;
      break;
    }
    const tag = len & 0xc0;
    if (tag === 0xc0) {
      need(2);
      const target = r.view.getUint16(pos) & 0x3fff;
      if (target >= pos) {
        throw new DnsWireError("malformed", `${what} has a compression pointer that loops`, pos);
      }
      if (end < 0) end = pos + 2;
      pointerAt = pos;
      pos = target;
      continue;
    }
    if (tag !== 0) {
      throw new DnsWireError(
        "malformed",
        `${what} has an unknown label type 0x${tag.toString(16)}`,
        pos,
      );
    }
    need(1 + len);
    wireLength += len + 1;
    if (wireLength > 255) {
      throw new DnsWireError("malformed", `${what} is longer than 255 bytes`, pos);
    }
    labels.push(labelText(r.bytes.subarray(pos + 1, pos + 1 + len)));
    pos += len + 1;
  }
  return [labels.length === 0 ? "." : labels.join("."), end < 0 ? pos : end];
}

/**
 * RFC 9460 SVCB/HTTPS data. `r` is bounded to the record's data (`start` to `r.limit`), so a
 * record too short for its priority or target is an error, never a read into the next record.
 */
function readSvcb(r: Reader, start: number, what: string): SvcbData {
  const end = r.limit;
  const priority = r.u16(start, `${what} priority`);
  const [target, after] = readName(r, start + 2, `${what} target`);
  const data: SvcbData = {
    priority,
    target,
    alpn: [],
    port: null,
    ipv4hint: [],
    ipv6hint: [],
    keys: [],
  };
  let pos = after;
  let lastKey = -1;
  while (pos < end) {
    if (pos + 4 > end) throw new DnsWireError("malformed", `${what} has a cut-off SvcParam`, pos);
    const key = r.u16(pos, `${what} SvcParamKey`);
    const len = r.u16(pos + 2, `${what} SvcParam length`);
    const valueStart = pos + 4;
    const valueEnd = valueStart + len;
    if (valueEnd > end) {
      throw new DnsWireError("malformed", `${what} SvcParam ${key} runs past its record`, pos);
    }
    if (key <= lastKey) {
      throw new DnsWireError("malformed", `${what} SvcParam keys are not in increasing order`, pos);
    }
    lastKey = key;
    data.keys.push(key);
    const value = r.bytes.subarray(valueStart, valueEnd);
    const badLength = (name: string, expected: string) =>
      new DnsWireError(
        "malformed",
        `${what} ${name} is ${len} byte${len === 1 ? "" : "s"}, expected ${expected}`,
        pos,
      );
    switch (key) {
      case 0: // mandatory: a non-empty list of 2-byte keys
        if (len === 0 || len % 2 !== 0) throw badLength("mandatory", "a list of keys");
        break;
      case 1: {
        // alpn: one or more length-prefixed protocol ids
        if (len === 0) throw badLength("alpn", "at least one protocol");
        for (let i = 0; i < value.length; ) {
          const n = value[i] ?? 0;
          if (n === 0 || i + 1 + n > value.length) {
            throw new DnsWireError("malformed", `${what} has a bad alpn list`, valueStart + i);
          }
          data.alpn.push(labelText(value.subarray(i + 1, i + 1 + n)));
          i += 1 + n;
        }
        break;
      }
      case 2: // no-default-alpn: a flag without a value
        if (len !== 0) throw badLength("no-default-alpn", "0");
        break;
      case 3:
        if (len !== 2) throw badLength("port", "2");
        data.port = r.u16(valueStart, `${what} port`);
        break;
      case 4:
        if (len === 0 || len % 4 !== 0) throw badLength("ipv4hint", "a list of 4-byte addresses");
        for (let i = 0; i < len; i += 4) data.ipv4hint.push(formatIPv4(value.subarray(i, i + 4)));
        break;
      case 6:
        if (len === 0 || len % 16 !== 0) {
          throw badLength("ipv6hint", "a list of 16-byte addresses");
        }
        for (let i = 0; i < len; i += 16) data.ipv6hint.push(formatIPv6(value.subarray(i, i + 16)));
        break;
      default:
        // ech and unknown keys: recorded by key only.
        break;
    }
    pos = valueEnd;
  }
  return data;
}

function readRecord(r: Reader, at: number, what: string): [DnsRecord, number] {
  const [name, afterName] = readName(r, at, `${what} name`);
  const typeCode = r.u16(afterName, `${what} type`);
  const klass = r.u16(afterName + 2, `${what} class`);
  const ttl = r.u32(afterName + 4, `${what} TTL`);
  const rdlength = r.u16(afterName + 8, `${what} data length`);
  const start = afterName + 10;
  const end = start + rdlength;
  const type = TYPE_NAMES.get(typeCode);
  const label = `${what} (${typeName(typeCode)} ${name})`;
  r.need(start, rdlength, `${label} data`);
  // Everything below reads through `rd`, which stops at this record's end: a field that does
  // not fit its record is an error, never bytes borrowed from the record after it.
  const rd = r.within(start, end);
  const base = { name, class: klass, ttl };
  const exactly = (n: number) => {
    if (rdlength !== n) {
      throw new DnsWireError(
        "malformed",
        `${label} data is ${rdlength} bytes, expected ${n}`,
        start,
      );
    }
  };
  const nameFills = (after: number) => {
    if (after !== end) {
      throw new DnsWireError("malformed", `${label} name does not fill its data`, start);
    }
  };
  let record: DnsRecord;
  switch (type) {
    case "A":
      exactly(4);
      record = { ...base, type, data: formatIPv4(r.bytes.subarray(start, end)) };
      break;
    case "AAAA":
      exactly(16);
      record = { ...base, type, data: formatIPv6(r.bytes.subarray(start, end)) };
      break;
    case "CNAME":
    case "PTR": {
      const [target, after] = readName(rd, start, `${label} target`);
      nameFills(after);
      record = { ...base, type, data: target };
      break;
    }
    case "TXT": {
      const strings: string[] = [];
      const decoder = new TextDecoder();
      for (let pos = start; pos < end; ) {
        const n = rd.u8(pos, `${label} string length`);
        if (pos + 1 + n > end) {
          throw new DnsWireError("malformed", `${label} string runs past its record`, pos);
        }
        strings.push(decoder.decode(r.bytes.subarray(pos + 1, pos + 1 + n)));
        pos += 1 + n;
      }
      record = { ...base, type, data: strings };
      break;
    }
    case "HTTPS":
      record = { ...base, type, data: readSvcb(rd, start, label) };
      break;
    default:
      record = { ...base, type: "OTHER", typeCode, data: r.bytes.slice(start, end) };
  }
  return [record, end];
}

/** Decodes a whole DNS message; throws DnsWireError for anything truncated or malformed. */
export function decodeMessage(bytes: Uint8Array): DnsMessage {
  const r = new Reader(bytes);
  if (bytes.length < 12) {
    throw new DnsWireError(
      "truncated",
      `answer is ${bytes.length} bytes, shorter than a DNS header (12)`,
      0,
    );
  }
  const flags = r.u16(2, "header");
  const counts = [r.u16(4, "header"), r.u16(6, "header"), r.u16(8, "header"), r.u16(10, "header")];
  const message: DnsMessage = {
    id: r.u16(0, "header"),
    qr: (flags & 0x8000) !== 0,
    opcode: (flags >> 11) & 0xf,
    aa: (flags & 0x0400) !== 0,
    tc: (flags & 0x0200) !== 0,
    rd: (flags & 0x0100) !== 0,
    ra: (flags & 0x0080) !== 0,
    ad: (flags & 0x0020) !== 0,
    cd: (flags & 0x0010) !== 0,
    rcode: flags & 0xf,
    questions: [],
    answers: [],
    authorities: [],
    additionals: [],
  };
  let pos = 12;
  for (let i = 0; i < (counts[0] ?? 0); i++) {
    const [name, after] = readName(r, pos, `question ${i + 1}`);
    message.questions.push({
      name,
      type: r.u16(after, `question ${i + 1} type`),
      class: r.u16(after + 2, `question ${i + 1} class`),
    });
    pos = after + 4;
  }
  const sections = [
    [message.answers, "answer"],
    [message.authorities, "authority record"],
    [message.additionals, "additional record"],
  ] as const;
  sections.forEach(([list, what], s) => {
    for (let i = 0; i < (counts[s + 1] ?? 0); i++) {
      const [record, after] = readRecord(r, pos, `${what} ${i + 1}`);
      list.push(record);
      pos = after;
    }
  });
  if (pos !== bytes.length) {
    throw new DnsWireError(
      "malformed",
      `${bytes.length - pos} unexpected bytes after the last record`,
      pos,
    );
  }
  return message;
}

/** Case-insensitive DNS name equality, ignoring one trailing dot. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => (s.length > 1 && s.endsWith(".") ? s.slice(0, -1) : s).toLowerCase();
  return norm(a) === norm(b);
}
