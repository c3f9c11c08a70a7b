// Pieces several browser tests build their pages from.
import { existsSync } from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { type EchoHandle, startEcho } from "../../server/echo.ts";
import { localConfig } from "../../server/local-config.ts";
import { type StaticHandle, startStatic } from "../../server/static.ts";
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

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

/** A site on this machine: the page's address, and what stops it with its echo servers. */
export interface LoopbackSite {
  base: string;
  close: () => Promise<void>;
}

/**
 * The built page on loopback, as a dual-stack network would see it: echo servers on 127.0.0.1
 * and ::1 (one port), `localhost` as the dual-stack name, and the site at `base` with a
 * config.json that names them.
 */
export async function startDualStackSite(): Promise<LoopbackSite> {
  if (!existsSync(`${dist}/index.html`)) throw new Error("dist/ is missing: run `npm run build`");
  const echo: EchoHandle[] = [];
  let site: StaticHandle | undefined;
  const close = async () => {
    await site?.close();
    await Promise.all(echo.map((e) => e.close()));
  };
  try {
    const first = await startEcho({ listen: [{ host: "127.0.0.1", port: 0 }] });
    echo.push(first);
    const port = first.http[0]?.port ?? 0;
    echo.push(await startEcho({ listen: [{ host: "::1", port }] }));
    const config = localConfig({
      v4: { host: "127.0.0.1", port },
      v6: { host: "::1", port },
      dualStackName: { host: "localhost", port },
    });
    site = await startStatic({
      root: dist,
      listen: [{ host: "127.0.0.1", port: 0 }],
      files: { "/config.json": JSON.stringify(config) },
    });
    return { base: site.urls[0] as string, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens `url` in `page` and waits for the test that runs there to finish: its Result. */
export async function runPage(page: Page, url: string): Promise<Result> {
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.selftest?.result, undefined, {
    timeout: 30_000,
  });
  return (await handle.jsonValue()) as Result;
}
