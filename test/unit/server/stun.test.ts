import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type EchoHandle,
  parseStunBindingRequest,
  STUN_MAGIC_COOKIE,
  startEcho,
  stunBindingResponse,
  stunReply,
} from "../../../server/echo.ts";

function bindingRequest(transactionId: Uint8Array, extra: Uint8Array = new Uint8Array()): Buffer {
  const header = Buffer.alloc(20);
  header.writeUInt16BE(0x0001, 0);
  header.writeUInt16BE(extra.length, 2);
  header.writeUInt32BE(STUN_MAGIC_COOKIE, 4);
  Buffer.from(transactionId).copy(header, 8);
  return Buffer.concat([header, extra]);
}

/** Decodes a Binding Success Response the way a STUN client does (RFC 8489 section 14.2). */
function decodeResponse(message: Uint8Array): {
  type: number;
  transactionId: Buffer;
  address: string;
  port: number;
  family: number;
} {
  const buf = Buffer.from(message);
  expect(buf.readUInt16BE(2)).toBe(buf.length - 20);
  expect(buf.readUInt32BE(4)).toBe(STUN_MAGIC_COOKIE);
  let offset = 20;
  while (offset + 4 <= buf.length) {
    const type = buf.readUInt16BE(offset);
    const length = buf.readUInt16BE(offset + 2);
    const value = buf.subarray(offset + 4, offset + 4 + length);
    if (type === 0x0020) {
      const family = value.readUInt8(1);
      const port = value.readUInt16BE(2) ^ (STUN_MAGIC_COOKIE >>> 16);
      const mask = buf.subarray(4, 20);
      const raw = Buffer.from(value.subarray(4).map((byte, i) => byte ^ (mask[i] ?? 0)));
      const address =
        family === 1
          ? [...raw].join(".")
          : (raw.toString("hex").match(/.{4}/g) ?? [])
              .map((g) => g.replace(/^0+(?=.)/, ""))
              .join(":");
      return {
        type: buf.readUInt16BE(0),
        transactionId: buf.subarray(8, 20),
        address,
        port,
        family,
      };
    }
    offset += 4 + Math.ceil(length / 4) * 4;
  }
  throw new Error("no XOR-MAPPED-ADDRESS in the response");
}

describe("parseStunBindingRequest", () => {
  const id = new Uint8Array(12).fill(7);

  it("returns the transaction ID of a Binding Request", () => {
    expect(parseStunBindingRequest(bindingRequest(id))).toEqual(id);
    // Attributes (e.g. SOFTWARE, FINGERPRINT) are allowed and ignored.
    expect(parseStunBindingRequest(bindingRequest(id, new Uint8Array(8)))).toEqual(id);
  });

  it("ignores everything else", () => {
    const wrongCookie = bindingRequest(id);
    wrongCookie.writeUInt32BE(0xdeadbeef, 4);
    const indication = bindingRequest(id);
    indication.writeUInt16BE(0x0011, 0);
    const response = bindingRequest(id);
    response.writeUInt16BE(0x0101, 0);
    const badLength = bindingRequest(id);
    badLength.writeUInt16BE(4, 2);
    const notStun = Buffer.from("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    for (const message of [
      wrongCookie,
      indication,
      response,
      badLength,
      notStun,
      Buffer.alloc(19),
    ]) {
      expect(parseStunBindingRequest(message)).toBeNull();
    }
  });
});

describe("stunBindingResponse", () => {
  const id = Uint8Array.from({ length: 12 }, (_, i) => i + 1);

  it("carries an IPv4 XOR-MAPPED-ADDRESS (RFC 5769 test vector)", () => {
    // RFC 5769 2.2: 192.0.2.1:32853 -> X-Port 0xa147, X-Address 0xe112a643.
    const reply = Buffer.from(stunBindingResponse(id, "192.0.2.1", 32853));
    expect(reply.readUInt16BE(0)).toBe(0x0101);
    expect(reply.subarray(8, 20)).toEqual(Buffer.from(id));
    expect(reply.subarray(20, 32).toString("hex")).toBe("002000080001a147e112a643");
  });

  it("carries an IPv6 XOR-MAPPED-ADDRESS (RFC 5769 test vector)", () => {
    // RFC 5769 2.3: 2001:db8:1234:5678:11:2233:4455:6677 port 32853 with its transaction ID.
    const rfcId = Buffer.from("b7e7a701bc34d686fa87dfae", "hex");
    const reply = Buffer.from(
      stunBindingResponse(rfcId, "2001:db8:1234:5678:11:2233:4455:6677", 32853),
    );
    expect(reply.subarray(20, 44).toString("hex")).toBe(
      "002000140002a1470113a9faa5d3f179bc25f4b5bed2b9d9",
    );
  });

  it("reports an IPv4-mapped source as IPv4, and round-trips compressed IPv6", () => {
    expect(decodeResponse(stunBindingResponse(id, "::ffff:198.51.100.9", 1))).toMatchObject({
      family: 1,
      address: "198.51.100.9",
      port: 1,
    });
    expect(decodeResponse(stunBindingResponse(id, "64:ff9b::c000:201", 65535))).toMatchObject({
      family: 2,
      address: "64:ff9b:0:0:0:0:c000:201",
      port: 65535,
    });
    expect(decodeResponse(stunBindingResponse(id, "::1", 3478)).address).toBe("0:0:0:0:0:0:0:1");
  });
});

describe("stunReply", () => {
  const id = new Uint8Array(12).fill(9);

  it("answers a Binding Request from a usable source", () => {
    const reply = stunReply(bindingRequest(id), { address: "192.0.2.1", port: 40000 });
    expect(reply && decodeResponse(reply)).toMatchObject({ address: "192.0.2.1", port: 40000 });
  });

  it("stays silent for sources that cannot be answered, instead of throwing", () => {
    // Port 0 can be forged in a datagram, and sending to it throws in Node.
    for (const remote of [
      { address: "192.0.2.1", port: 0 },
      { address: "192.0.2.1", port: 65536 },
      { address: "192.0.2.1", port: -1 },
      { address: "", port: 3478 },
      { address: "not an address", port: 3478 },
    ]) {
      expect(stunReply(bindingRequest(id), remote)).toBeNull();
    }
  });
});

describe("STUN responder over UDP on loopback", () => {
  let handle: EchoHandle;
  beforeAll(async () => {
    handle = await startEcho({
      listen: [],
      stun: [
        { host: "127.0.0.1", port: 0 },
        { host: "::1", port: 0 },
      ],
    });
  });
  afterAll(async () => {
    await handle?.close();
  });

  function exchange(
    family: 4 | 6,
    message: Buffer,
    waitMs = 2_000,
  ): Promise<{ reply: Buffer | null; local: AddressInfo }> {
    const target = handle.stun[family === 4 ? 0 : 1];
    if (!target) throw new Error("no STUN socket");
    const socket = dgram.createSocket(family === 4 ? "udp4" : "udp6");
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const local = socket.address();
        socket.close();
        resolve({ reply: null, local });
      }, waitMs);
      socket.on("error", reject);
      socket.on("message", (reply) => {
        clearTimeout(timer);
        const local = socket.address();
        socket.close();
        resolve({ reply, local });
      });
      socket.send(message, target.port, target.host);
    });
  }

  for (const family of [4, 6] as const) {
    it(`answers a Binding Request over IPv${family} with the client's address and port`, async () => {
      const id = randomBytes(12);
      const { reply, local } = await exchange(family, bindingRequest(id));
      if (!reply) throw new Error("no reply");
      const decoded = decodeResponse(reply);
      expect(decoded.type).toBe(0x0101);
      expect(decoded.transactionId).toEqual(id);
      expect(decoded.family).toBe(family === 4 ? 1 : 2);
      expect(decoded.address).toBe(family === 4 ? "127.0.0.1" : "0:0:0:0:0:0:0:1");
      expect(decoded.port).toBe(local.port);
    });
  }

  it("stays silent for a message that is not a Binding Request", async () => {
    const { reply } = await exchange(4, Buffer.from("hello, not stun at all"), 300);
    expect(reply).toBeNull();
  });
});
