// Pieces several browser tests build their pages from.
import net from "node:net";
import type { ProbeOutcome, Result } from "../../src/core/result.ts";
import { classifyNetwork } from "../../src/core/selftest/classify.ts";

/**
 * A finished run's Result on a dual-stack network, as a share link would carry it; with the
 * dual-stack name `ds` probed too when asked.
 */
export function dualStackResult(withDualStackName = false): Result {
  const probe = (kind: ProbeOutcome["kind"], ip: string): ProbeOutcome => ({
    id: kind,
    kind,
    url: `https://${kind}.selftest.example.net/echo`,
    status: "ok",
    ms: 40,
    ip,
  });
  const probes = [probe("v4", "203.0.113.77"), probe("v6", "2001:db8:beef:1::42")];
  if (withDualStackName) probes.push(probe("ds", "2001:db8:beef:1::42"));
  return {
    version: 2,
    configDigest: "3f9a1c2e",
    startedAt: "2026-11-28T04:14:13.000Z",
    durationMs: 1000,
    userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:146.0) Gecko/20100101 Firefox/146.0",
    pageProtocol: "https:",
    probes,
    verdict: classifyNetwork({ probes }),
  };
}

/**
 * A TCP server that accepts connections and never says a word (a black hole past SYN): a probe
 * against it runs until its timeout.
 */
export async function startSilent(
  host = "127.0.0.1",
): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((r) => server.listen({ host, port: 0 }, r));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
