// WebKit (WebKitGTK's and WPE's MiniBrowser) through plain W3C WebDriver over fetch: the driver
// binaries come with Debian (webkit2gtk-driver, wpewebkit-driver), so no npm client is needed.
// One driver process per scenario, and a new WebDriver session — a new MiniBrowser with its own
// ephemeral network process — per page: nothing cached survives from one row to the next, and a
// session costs about a second.

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { PHONE, withTimeout } from "./common.mjs";

// NST_LAB_DEBUG_WD=1: every WebDriver request and the driver's own output on stderr (shown
// with run.mjs --verbose).
const DEBUG = Boolean(process.env.NST_LAB_DEBUG_WD);
const REQUEST_TIMEOUT_MS = 15_000;
const NEW_SESSION_MS = 14_000;

/** A free TCP port on this namespace's loopback (the driver listens there, nowhere else). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with ":N". */
async function startXvfb(processes) {
  const xvfb = spawn(
    "Xvfb",
    ["-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1280x1024x24"],
    {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    },
  );
  processes.push(xvfb);
  let stderr = "";
  xvfb.stderr.on("data", (d) => {
    stderr = (stderr + d).slice(-2000);
  });
  const display = await withTimeout(
    new Promise((resolve, reject) => {
      let out = "";
      xvfb.stdio[3].on("data", (d) => {
        out += d;
        if (out.includes("\n")) resolve(`:${out.trim()}`);
      });
      xvfb.once("exit", (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
      xvfb.once("error", reject);
    }),
    10_000,
    "starting Xvfb",
  );
  return display;
}

async function request(base, method, path, body, timeoutMs = REQUEST_TIMEOUT_MS) {
  let res;
  let text;
  try {
    res = await fetch(`${base}${path}`, {
      method,
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    const why = err?.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : err?.message;
    throw new Error(`WebDriver ${method} ${path}: ${why}`);
  }
  if (DEBUG) {
    console.error(`${new Date().toISOString().slice(11, 23)} ${method} ${path} ${res.status}`);
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(
      `WebDriver ${method} ${path}: HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`,
    );
  }
  if (!res.ok || json?.value?.error) {
    const v = json?.value ?? {};
    throw new Error(
      `WebDriver ${method} ${path}: ${v.error ?? res.status}: ${v.message ?? text}`.slice(0, 400),
    );
  }
  return json.value;
}

/**
 * @param {{ name: string, family: string, label: string, driver: string, browserOptionsKey: string,
 *   binary: string, args: string[], needsX: boolean, aptPackage: string }} spec
 * @returns {import("./common.mjs").LabEngine}
 */
export function webDriverEngine(spec) {
  return {
    name: spec.name,
    family: spec.family,
    label: spec.label,
    missing() {
      for (const file of [spec.driver, spec.binary, ...(spec.needsX ? ["/usr/bin/Xvfb"] : [])]) {
        if (!existsSync(file)) return `${file} not found (apt-get install ${spec.aptPackage})`;
      }
      return null;
    },
    async launch(dir) {
      const processes = [];
      const sessions = new Set();
      const home = join(dir, "home");
      mkdirSync(home, { recursive: true });
      // HOME and XDG dirs inside the run's directory: MiniBrowser keeps nothing of root's, and
      // nothing of one run is there for the next.
      const env = {
        ...process.env,
        HOME: home,
        XDG_CACHE_HOME: join(home, "cache"),
        XDG_DATA_HOME: join(home, "data"),
        XDG_CONFIG_HOME: join(home, "config"),
      };
      let base;
      const stop = async () => {
        for (const id of sessions) {
          await request(base, "DELETE", `/session/${id}`).catch(() => {});
        }
        sessions.clear();
        for (const p of processes.reverse()) {
          if (p.exitCode === null && p.signalCode === null) {
            p.kill("SIGTERM");
            await withTimeout(
              new Promise((r) => p.once("exit", r)),
              3000,
              `stopping ${p.spawnfile}`,
            ).catch(() => p.kill("SIGKILL"));
          }
        }
      };
      try {
        if (spec.needsX) {
          env.DISPLAY = await startXvfb(processes);
          env.GDK_BACKEND = "x11";
        }
        const port = await freePort();
        base = `http://127.0.0.1:${port}`;
        const driver = spawn(spec.driver, [`--port=${port}`, "--host=127.0.0.1"], {
          env,
          stdio: ["ignore", "ignore", "pipe"],
        });
        processes.push(driver);
        let driverErr = "";
        driver.stderr.on("data", (d) => {
          if (DEBUG) process.stderr.write(d);
          driverErr = (driverErr + d).slice(-2000);
        });
        await withTimeout(
          (async () => {
            for (;;) {
              if (driver.exitCode !== null) {
                throw new Error(`${spec.driver} exited (${driver.exitCode}): ${driverErr.trim()}`);
              }
              const ready = await request(base, "GET", "/status").then(
                (v) => v?.ready !== false,
                () => false,
              );
              if (ready) return;
              await new Promise((r) => setTimeout(r, 100));
            }
          })(),
          10_000,
          `starting ${spec.driver}`,
        );
      } catch (err) {
        await stop();
        throw err;
      }

      let version = spec.label;
      return {
        get version() {
          return version;
        },
        async newPage() {
          // Now and then (1 in ~15 here, under load) WebKitWebDriver never answers a new
          // session right after the previous one was deleted; a second attempt then works.
          const capabilities = {
            capabilities: {
              alwaysMatch: {
                [spec.browserOptionsKey]: { binary: spec.binary, args: spec.args },
                // "normal" (wait for the load event): with "eager" a script sent right after
                // the navigation sometimes hung in WebKitGTK 2.50 until the request timed out.
                pageLoadStrategy: "normal",
                timeouts: { script: 30_000, pageLoad: 20_000, implicit: 0 },
              },
            },
          };
          const session = await request(
            base,
            "POST",
            "/session",
            capabilities,
            NEW_SESSION_MS,
          ).catch(() => request(base, "POST", "/session", capabilities, NEW_SESSION_MS));
          const id = session.sessionId;
          sessions.add(id);
          if (session.capabilities?.browserVersion) {
            version = `${spec.label} ${session.capabilities.browserVersion}`;
          }
          const s = (method, path, body, timeoutMs) =>
            request(base, method, `/session/${id}${path}`, body, timeoutMs);
          await s("POST", "/window/rect", PHONE).catch(() => {}); // not every build can resize
          return {
            log: [], // plain WebDriver has no console or network events
            async goto(url, timeoutMs) {
              await withTimeout(s("POST", "/url", { url }), timeoutMs, `loading ${url}`);
            },
            // Short, because a script sent while a page is still committing can hang in WebKit
            // (seen with pageLoadStrategy "eager"); the caller polls again.
            evaluate: (expression) =>
              s("POST", "/execute/sync", { script: `return (${expression});`, args: [] }, 3000),
            async screenshot(path) {
              writeFileSync(path, Buffer.from(await s("GET", "/screenshot"), "base64"));
            },
            async close() {
              sessions.delete(id);
              await request(base, "DELETE", `/session/${id}`);
            },
          };
        },
        close: stop,
      };
    },
  };
}
