import { spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  clientKey,
  defaultLimits,
  echoBody,
  MAX_SIZE,
  normalizeAddress,
  PAD_SOURCE,
  parseArgs,
  parseHostPort,
  parseSize,
  parseTarget,
  startEcho,
} from "../../../server/echo.ts";
import { defineEchoContract, echoRequest } from "./echo-contract.ts";

const HEADER_TIMEOUT_MS = 1_000;

defineEchoContract(
  "server/echo.ts",
  async () => {
    const handle = await startEcho({
      listen: [
        { host: "127.0.0.1", port: 0 },
        { host: "::1", port: 0 },
      ],
      timeouts: { headersMs: HEADER_TIMEOUT_MS, requestMs: 2_000 },
    });
    const [v4, v6] = handle.http;
    if (!v4 || !v6) throw new Error("echo did not bind both loopbacks");
    return { v4, v6, close: handle.close };
  },
  {
    sizes: [32, 39, 40, 41, 100, 1280, 1500, 4000, 9000, 10_000],
    headerTimeoutMs: HEADER_TIMEOUT_MS,
  },
);

describe("echoBody", () => {
  it("is the bare JSON without a size", () => {
    expect(echoBody("192.0.2.1", 443)).toBe('{"ip":"192.0.2.1","port":443}');
    expect(echoBody("2001:db8::1", 1)).toBe('{"ip":"2001:db8::1","port":1}');
  });

  it("pads to exactly the requested size, for every size from the bare length to the cap", () => {
    for (const ip of ["1.2.3.4", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"]) {
      const bare = echoBody(ip, 65535).length;
      for (let size = bare; size <= MAX_SIZE; size += size < bare + 20 ? 1 : 997) {
        const body = echoBody(ip, 65535, size);
        expect(body.length).toBe(size);
        expect(JSON.parse(body)).toMatchObject({ ip, port: 65535 });
      }
    }
  });

  it("never goes below the bare body or above the cap", () => {
    expect(echoBody("1.2.3.4", 5, 3)).toBe('{"ip":"1.2.3.4","port":5}');
    expect(echoBody("1.2.3.4", 5, 1e9)).toHaveLength(MAX_SIZE);
  });

  it("pads with incompressible-looking characters, not a run of one byte", () => {
    const pad = PAD_SOURCE.slice(0, 1000);
    expect(new Set(pad).size).toBeGreaterThan(50);
    expect(pad).toMatch(/^[A-Za-z0-9]+$/);
  });
});

describe("parseSize", () => {
  it("accepts decimal digits only and caps at 10000", () => {
    expect(parseSize("1500")).toBe(1500);
    expect(parseSize("0")).toBe(0);
    expect(parseSize("20000")).toBe(MAX_SIZE);
    for (const bad of [null, undefined, "", "-1", "1e3", "12abc", " 12", "0x10"]) {
      expect(parseSize(bad)).toBeUndefined();
    }
  });
});

describe("parseTarget", () => {
  it("takes an origin-form target as it is: a leading // is part of the path", () => {
    expect(parseTarget("/echo?size=100&t=1")?.path).toBe("/echo");
    expect(parseTarget("/echo?size=100&t=1")?.query.get("size")).toBe("100");
    expect(parseTarget("//x:99999/echo")?.path).toBe("//x:99999/echo");
    expect(parseTarget("/%")?.path).toBe("/%");
    expect(parseTarget("/echo?%%=%&size=%zz")?.query.get("size")).toBe("%zz");
  });

  it("parses absolute-form and refuses what is not a URL", () => {
    expect(parseTarget("http://x/echo?size=5")?.path).toBe("/echo");
    expect(parseTarget("HTTPS://x/echo")?.path).toBe("/echo");
    for (const bad of [
      "http://[",
      "http://x:99999/echo",
      "ftp://x/echo",
      "*",
      "echo",
      "",
      undefined,
    ]) {
      expect(parseTarget(bad)).toBeNull();
    }
  });
});

describe("clientKey", () => {
  it("counts IPv4 by address and IPv6 by /64", () => {
    expect(clientKey("192.0.2.7")).toBe("192.0.2.7");
    expect(clientKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(clientKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:3::1")).not.toBe(clientKey("2001:db8:1:2::1"));
    expect(clientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientKey(undefined)).toBeNull();
    expect(clientKey("not an address")).toBeNull();
  });
});

describe("defaultLimits", () => {
  it("keeps the total cap below the open-files limit, leaving room for the rest", () => {
    expect(defaultLimits(undefined)).toEqual({ perClient: 64, total: 8192, evictAfterMs: 250 });
    expect(defaultLimits(1_048_576).total).toBe(8192);
    expect(defaultLimits(2048).total).toBe(1792);
    expect(defaultLimits(100).total).toBe(16);
  });
});

describe("normalizeAddress", () => {
  it("reports IPv4-mapped addresses as IPv4 and drops zone ids", () => {
    expect(normalizeAddress("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(normalizeAddress("::FFFF:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("64:ff9b::192.0.2.1")).toBe("64:ff9b::192.0.2.1");
    expect(normalizeAddress("2001:db8::1")).toBe("2001:db8::1");
  });

  it("applies to a real IPv4 client of a dual-stack IPv6 socket", async () => {
    // Binding the IPv4-mapped loopback makes a dual-stack IPv6 socket that only loopback reaches.
    const handle = await startEcho({ listen: [{ host: "::ffff:127.0.0.1", port: 0 }] });
    try {
      const port = handle.http[0]?.port ?? 0;
      const reply = await echoRequest({ host: "127.0.0.1", port }, "/echo");
      expect(JSON.parse(reply.body)).toEqual({ ip: "127.0.0.1", port: reply.local.port });
    } finally {
      await handle.close();
    }
  });
});

describe("command-line parsing", () => {
  it("parses repeatable --listen and --stun in both spellings", () => {
    expect(
      parseArgs(["--listen", "127.0.0.1:8081", "--listen=[::1]:8081", "--stun", "127.0.0.1:3478"]),
    ).toEqual({
      listen: [
        { host: "127.0.0.1", port: 8081 },
        { host: "::1", port: 8081 },
      ],
      stun: [{ host: "127.0.0.1", port: 3478 }],
    });
    expect(parseArgs(["--help"])).toBe("help");
  });

  it("parses the connection caps", () => {
    expect(
      parseArgs([
        "--listen",
        "[::]:80",
        "--max-connections",
        "10000",
        "--max-connections-per-client=16",
      ]),
    ).toEqual({
      listen: [{ host: "::", port: 80 }],
      stun: [],
      limits: { total: 10_000, perClient: 16 },
    });
    for (const bad of ["0", "-1", "1.5", "many", "", "1000001"]) {
      expect(() => parseArgs(["--listen", "[::]:80", "--max-connections", bad])).toThrow(
        /--max-connections needs a (whole )?number/,
      );
    }
    expect(() => parseArgs(["--listen", "[::]:80", "--max-connections-per-client"])).toThrow(
      /--max-connections-per-client needs a number/,
    );
  });

  it("rejects bad flags and addresses in plain words", () => {
    expect(() => parseArgs([])).toThrow(/at least one --listen/);
    expect(() => parseArgs(["--port", "80"])).toThrow(/unknown argument "--port"/);
    expect(() => parseArgs(["--listen"])).toThrow(/needs a HOST:PORT/);
    expect(() => parseArgs(["--listen", "::1:80"])).toThrow(/\[::1\]:8081/);
    expect(() => parseArgs(["--listen", "[nope]:80"])).toThrow(/not an IPv6 address/);
    expect(() => parseArgs(["--listen", "127.0.0.1:70000"])).toThrow(/0-65535/);
    expect(() => parseArgs(["--stun", "stun.example:3478"])).toThrow(/needs an IP address/);
    expect(parseHostPort("localhost:80")).toEqual({ host: "localhost", port: 80 });
  });
});

describe("startEcho", () => {
  it("reports a port in use clearly and leaves nothing bound", async () => {
    const first = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }] });
    const port = first.http[0]?.port ?? 0;
    try {
      await expect(
        startEcho({
          listen: [
            { host: "::1", port: 0 },
            { host: "127.0.0.1", port },
          ],
        }),
      ).rejects.toThrow(`cannot listen on 127.0.0.1:${port}: the address is already in use`);
    } finally {
      await first.close();
    }
  });
});

const ECHO_SCRIPT = fileURLToPath(new URL("../../../server/echo.ts", import.meta.url));

function runCli(args: string[]): {
  lines: Promise<string[]>;
  exit: Promise<{ code: number | null; stderr: string }>;
  kill(signal: NodeJS.Signals): void;
} {
  const child = spawn(process.execPath, ["--import", "tsx", ECHO_SCRIPT, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stderr })),
  );
  const lines = new Promise<string[]>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const got = stdout.split("\n").filter(Boolean);
      if (got.length >= 3) resolve(got);
    });
    child.on("exit", () => resolve(stdout.split("\n").filter(Boolean)));
  });
  return { lines, exit, kill: (signal) => child.kill(signal) };
}

describe("command line", () => {
  it("listens where told, prints one line per socket, and exits cleanly on SIGTERM", async () => {
    const cli = runCli(["--listen", "127.0.0.1:0", "--listen", "[::1]:0", "--stun", "127.0.0.1:0"]);
    const lines = await cli.lines;
    expect(lines[0]).toMatch(/^echo listening on http:\/\/127\.0\.0\.1:\d+\/echo$/);
    expect(lines[1]).toMatch(/^echo listening on http:\/\/\[::1\]:\d+\/echo$/);
    expect(lines[2]).toMatch(/^stun listening on udp 127\.0\.0\.1:\d+$/);
    const port = Number(/:(\d+)\/echo$/.exec(lines[1] ?? "")?.[1]);
    const reply = await echoRequest({ host: "::1", port }, "/echo");
    expect(JSON.parse(reply.body)).toMatchObject({ ip: "::1" });
    cli.kill("SIGTERM");
    expect((await cli.exit).code).toBe(0);
  });

  it("prints its caps, the total kept below a low open-files limit", async () => {
    const child = spawn(
      "sh",
      [
        "-c",
        `ulimit -n 1024 && exec "${process.execPath}" --import tsx "${ECHO_SCRIPT}" "$@"`,
        "sh",
      ].concat(["--listen", "127.0.0.1:0", "--max-connections-per-client", "32"]),
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const output = await new Promise<string>((resolve) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes("caps")) resolve(out);
      });
      child.on("exit", () => resolve(out));
    });
    child.kill("SIGTERM");
    expect(output).toContain(
      "connection caps: 32 per client (IPv4 address or IPv6 /64), 768 in total",
    );
  });

  it("exits with a message, not a stack trace, for a bad flag", async () => {
    const { code, stderr } = await runCli(["--listen", "nonsense"]).exit;
    expect(code).toBe(2);
    expect(stderr).toMatch(/^echo: "nonsense" is not host:port/);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("exits with a message, not a stack trace, for a port in use", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const { code, stderr } = await runCli(["--listen", `127.0.0.1:${port}`]).exit;
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(
        `echo: cannot listen on 127.0.0.1:${port}: the address is already in use`,
      );
    } finally {
      blocker.close();
    }
  });
});
