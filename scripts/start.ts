// `npm start`: serve the built page with a local echo endpoint and a config generated for it,
// and print the URL. `npm start -- --host` binds to this machine's LAN addresses instead, so a
// phone on the same Wi-Fi can open it.

import { readFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { fileURLToPath } from "node:url";
import { type EchoHandle, type HostPort, startEcho } from "../server/echo.ts";
import { localConfig } from "../server/local-config.ts";
import { startStatic } from "../server/static.ts";

const PAGE_PORT = Number(process.env.PORT ?? 8064);
const ECHO_PORT = Number(process.env.ECHO_PORT ?? 8065);
const dist = fileURLToPath(new URL("../dist/", import.meta.url));

/** Binds the echo on both families at one port, so a dual-stack name reaches either. */
async function startPairedEcho(v4: string, v6: string | null, port: number): Promise<EchoHandle> {
  for (const candidate of [port, 0]) {
    try {
      const first = await startEcho({ listen: [{ host: v4, port: candidate }] });
      const bound = first.http[0]?.port ?? candidate;
      if (!v6) return first;
      try {
        const second = await startEcho({ listen: [{ host: v6, port: bound }] });
        return {
          http: [...first.http, ...second.http],
          stun: [],
          close: async () => {
            await Promise.all([first.close(), second.close()]);
          },
        };
      } catch {
        await first.close();
      }
    } catch {
      // Port taken: fall through to an ephemeral one.
    }
  }
  throw new Error("could not start the echo endpoint on any port");
}

function lanAddresses(): { v4: string | null; v6: string | null } {
  let v4: string | null = null;
  let v6: string | null = null;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.internal) continue;
      if (a.family === "IPv4" && !v4) v4 = a.address;
      // Link-local addresses need a zone and cannot go in a URL.
      if (a.family === "IPv6" && !v6 && !a.address.toLowerCase().startsWith("fe80")) v6 = a.address;
    }
  }
  return { v4, v6 };
}

async function main() {
  const lan = process.argv.includes("--host");
  const hosts = lan ? lanAddresses() : { v4: "127.0.0.1", v6: "::1" };
  if (!hosts.v4 && !hosts.v6) {
    console.error("start: this machine has no LAN address to bind to; run without --host.");
    process.exit(1);
  }
  const echo = await startPairedEcho(
    hosts.v4 ?? (hosts.v6 as string),
    hosts.v4 ? hosts.v6 : null,
    ECHO_PORT,
  );
  const echoPort = echo.http[0]?.port ?? ECHO_PORT;
  const v4: HostPort | undefined = hosts.v4 ? { host: hosts.v4, port: echoPort } : undefined;
  const v6: HostPort | undefined = hosts.v6 ? { host: hosts.v6, port: echoPort } : undefined;
  // The shipped resolvers, so "Check my server" works when this machine is online.
  const shipped = JSON.parse(
    readFileSync(new URL("../public/config.json", import.meta.url), "utf8"),
  ) as { doh?: unknown[] };
  const config = localConfig({
    ...(shipped.doh ? { doh: shipped.doh } : {}),
    ...(v4 ? { v4 } : {}),
    ...(v6 ? { v6 } : {}),
    // Only loopback has a name with both addresses that every machine knows.
    ...(lan ? {} : { dualStackName: { host: "localhost", port: echoPort } }),
    // The page says it tests this machine, not the visitor's connection.
    localDemo: true,
  });

  const listen: HostPort[] = [];
  if (hosts.v4) listen.push({ host: hosts.v4, port: PAGE_PORT });
  if (hosts.v6) listen.push({ host: hosts.v6, port: PAGE_PORT });
  // The same page headers as production (CSP, frame-ancestors), so what works here works there.
  const files = { "/config.json": JSON.stringify(config, null, 2) };
  let page: Awaited<ReturnType<typeof startStatic>>;
  try {
    page = await startStatic({ root: dist, listen, files, productionHeaders: true });
  } catch {
    // Port taken (or no IPv6 loopback): one ephemeral port on the first address.
    page = await startStatic({
      root: dist,
      listen: listen.map((l) => ({ ...l, port: 0 })).slice(0, 1),
      files,
      productionHeaders: true,
    });
  }

  for (const e of echo.http)
    console.log(
      `echo endpoint:  http://${e.host.includes(":") ? `[${e.host}]` : e.host}:${e.port}/echo`,
    );
  const pagePort = page.bound[0]?.port ?? PAGE_PORT;
  console.log("");
  console.log(`Open the self-test:  ${lan ? page.urls[0] : `http://localhost:${pagePort}/`}`);
  if (lan)
    console.log(
      "(on a phone on the same network; IPv4-only and IPv6-only probes use this machine's addresses)",
    );
  console.log(
    "This is a local demo: it tests this computer's loopback (or LAN) addresses, not your internet connection.",
  );
  console.log("Press Ctrl+C to stop.");

  const stop = () => {
    Promise.all([page.close(), echo.close()]).then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
