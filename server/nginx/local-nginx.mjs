// Starts the shipped nginx configuration (nat64-selftest.conf and its includes) on loopback,
// unprivileged ports, in a temporary prefix directory, for the tests and the load test. Only
// what must differ is rewritten: listen addresses (127.0.0.1 / [::1] on free ports instead of
// 80/443 on every address), certificate paths (a self-signed test certificate), web roots and
// optionally the header timeout. The nginx.conf around it is Debian's, with the process and
// connection settings docs/deploy.md recommends (NGINX_MAIN). nginx runs in the foreground
// ("daemon off") as a child process and is always stopped by stop().

import { spawn, spawnSync } from "node:child_process";
import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

export const NGINX_DIR = fileURLToPath(new URL(".", import.meta.url));

/**
 * What docs/deploy.md tells operators to set in /etc/nginx/nginx.conf, and what the tests run
 * with (test/unit/nginx.test.ts checks that the guide says the same). Debian ships
 * worker_connections 768, which one client with ~1,500 unfinished requests fills.
 */
export const NGINX_MAIN = Object.freeze({
  workerProcesses: "auto",
  workerConnections: 8192,
  workerRlimitNofile: 16384,
});

// A self-signed certificate for TESTS ONLY (never trusted by anything, valid until 2126) for
// selftest.example.net, http./v4./v6./ds./nat64.selftest.example.net, 127.0.0.1 and ::1.
export const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIICXzCCAgWgAwIBAgIUBZ0B783fKHkh7PsdINggoRtGXNUwCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYbmF0NjQtc2VsZnRlc3QgdGVzdCBvbmx5MCAXDTI2MTEyODA0
MTc1N1oYDzIxMjYxMTA0MDQxNzU3WjAjMSEwHwYDVQQDDBhuYXQ2NC1zZWxmdGVz
dCB0ZXN0IG9ubHkwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASivyFZ9zgb9Noz
zXJOKLFbFcNmUhAYh8DkXtmYa9ghpx2LAhgTs6f/90/PVbr0MJxWKLSYUMV89QH5
l7FX/svWo4IBEzCCAQ8wHQYDVR0OBBYEFMyrS4921oUD/Lc4ImCGVH9FTdrXMB8G
A1UdIwQYMBaAFMyrS4921oUD/Lc4ImCGVH9FTdrXMA8GA1UdEwEB/wQFMAMBAf8w
gbsGA1UdEQSBszCBsIIUc2VsZnRlc3QuZXhhbXBsZS5uZXSCGWh0dHAuc2VsZnRl
c3QuZXhhbXBsZS5uZXSCF3Y0LnNlbGZ0ZXN0LmV4YW1wbGUubmV0ghd2Ni5zZWxm
dGVzdC5leGFtcGxlLm5ldIIXZHMuc2VsZnRlc3QuZXhhbXBsZS5uZXSCGm5hdDY0
LnNlbGZ0ZXN0LmV4YW1wbGUubmV0hwR/AAABhxAAAAAAAAAAAAAAAAAAAAABMAoG
CCqGSM49BAMCA0gAMEUCIBWoKiPJ2MZL/gImg2xsQp1IkG7Z6KNQ3uN84+pIZH1o
AiEA80ekUZXALu98Bt7QcZJETxK6kxeY+e4A1zPfJjNANOM=
-----END CERTIFICATE-----
`;
export const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgk1hFLFtL6P3CKkci
DkO5FRFU9cs+VZdFUwc8a3cAGBShRANCAASivyFZ9zgb9NozzXJOKLFbFcNmUhAY
h8DkXtmYa9ghpx2LAhgTs6f/90/PVbr0MJxWKLSYUMV89QH5l7FX/svW
-----END PRIVATE KEY-----
`;

/** The nginx binary (PATH, then /usr/sbin), or null when nginx is not installed. */
export function findNginx() {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin"];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, "nginx");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return null;
}

/** A free TCP port on `host` (bound and released; nginx takes it right after). */
export function freePort(host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The shipped site file with listen directives, certificates and roots moved into `dir`.
 * ports: { http4, http6, https4, https6 }.
 */
export function localizeSite(text, dir, ports) {
  return text
    .replace(/listen \[::\]:80\b/g, `listen [::1]:${ports.http6}`)
    .replace(/listen \[::\]:443\b/g, `listen [::1]:${ports.https6}`)
    .replace(/listen 80\b/g, `listen 127.0.0.1:${ports.http4}`)
    .replace(/listen 443\b/g, `listen 127.0.0.1:${ports.https4}`)
    .replace(/\/etc\/letsencrypt\/live\/[^/\s]+\/fullchain\.pem/g, join(dir, "cert.pem"))
    .replace(/\/etc\/letsencrypt\/live\/[^/\s]+\/privkey\.pem/g, join(dir, "key.pem"))
    .replace(/\/var\/www\/nat64-selftest\b/g, join(dir, "www"))
    .replace(/\/var\/www\/html\b/g, join(dir, "acme"));
}

/**
 * Prepares a prefix directory with nginx.conf, the shipped includes and a tiny web root.
 * options.headerTimeout: replaces client_header_timeout (e.g. "1s" for tests).
 * options.workers, options.workerConnections, options.workerRlimitNofile: default NGINX_MAIN
 * (workerRlimitNofile null leaves the limit nginx inherits).
 * options.accessLog: log requests (default off).
 * options.www: a directory to serve as the page (default: a one-line index.html).
 * options.confDir: the nginx files to run (default: this directory), e.g. an older copy.
 * options.ports: fixed ports (default: free ones), e.g. 80/443 where URLs must carry no port.
 */
export async function prepareNginx(options = {}) {
  const dir = mkdtempSync(join(tmpdir(), "nat64-nginx-"));
  // Workers drop privileges when nginx runs as root: they must be able to read the root.
  chmodSync(dir, 0o755);
  const conf = join(dir, "nat64-selftest");
  cpSync(options.confDir ?? NGINX_DIR, conf, { recursive: true });
  const ports = options.ports ?? {
    http4: await freePort("127.0.0.1"),
    http6: await freePort("::1"),
    https4: await freePort("127.0.0.1"),
    https6: await freePort("::1"),
  };
  const site = join(conf, "nat64-selftest.conf");
  writeFileSync(site, localizeSite(readFileSync(site, "utf8"), dir, ports));
  if (options.headerTimeout) {
    const limits = join(conf, "client-limits.conf");
    writeFileSync(
      limits,
      readFileSync(limits, "utf8").replace(
        /client_header_timeout \S+;/,
        `client_header_timeout ${options.headerTimeout};`,
      ),
    );
  }
  writeFileSync(join(dir, "cert.pem"), TEST_CERT);
  writeFileSync(join(dir, "key.pem"), TEST_KEY, { mode: 0o600 });
  if (options.www) {
    cpSync(options.www, join(dir, "www"), { recursive: true });
  } else {
    mkdirSync(join(dir, "www", "assets"), { recursive: true });
    writeFileSync(join(dir, "www", "index.html"), "<!doctype html><title>test page</title>\n");
    writeFileSync(join(dir, "www", "config.json"), "{}\n");
    writeFileSync(join(dir, "www", "assets", "app-1234.js"), "console.log(1);\n");
    writeFileSync(join(dir, "www", "embed.html"), "<!doctype html><title>help page</title>\n");
  }
  mkdirSync(join(dir, "acme"), { recursive: true });
  mkdirSync(join(dir, "temp"), { recursive: true });
  const mime = existsSync("/etc/nginx/mime.types")
    ? "include /etc/nginx/mime.types;"
    : "types { text/html html; text/css css; application/javascript js; application/json json; }";
  const temp = (name) => `${name}_temp_path ${join(dir, "temp", name)};`;
  const rlimit =
    options.workerRlimitNofile === undefined
      ? NGINX_MAIN.workerRlimitNofile
      : options.workerRlimitNofile;
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      // Debian's /etc/nginx/nginx.conf with the changes docs/deploy.md asks for; user, pid and
      // log paths are the prefix's own.
      `worker_processes ${options.workers ?? NGINX_MAIN.workerProcesses};`,
      rlimit === null ? "" : `worker_rlimit_nofile ${rlimit};`,
      `pid ${join(dir, "nginx.pid")};`,
      `error_log ${join(dir, "error.log")} warn;`,
      `events { worker_connections ${options.workerConnections ?? NGINX_MAIN.workerConnections}; }`,
      "http {",
      "    sendfile on;",
      "    tcp_nopush on;",
      `    ${mime}`,
      "    default_type application/octet-stream;",
      "    gzip on;",
      options.accessLog ? `    access_log ${join(dir, "access.log")};` : "    access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((n) => `    ${temp(n)}`),
      // Relative to the prefix's configuration directory, exactly as in /etc/nginx.
      "    include nat64-selftest/nat64-selftest.conf;",
      "}",
      "",
    ].join("\n"),
  );
  return { dir, ports, conf: join(dir, "nginx.conf") };
}

function nginxArgs(prepared) {
  return ["-p", `${prepared.dir}/`, "-c", prepared.conf, "-e", join(prepared.dir, "error.log")];
}

/** `nginx -t` on a prepared prefix: { ok, output }. */
export function testNginxConfig(nginx, prepared) {
  const result = spawnSync(nginx, ["-t", ...nginxArgs(prepared)], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function waitForPort(host, port, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect({ host, port });
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${host}:${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Prepares and starts nginx in the foreground. Returns { dir, ports, stop() }; stop() ends it
 * (SIGTERM, then SIGKILL after 5 s) and removes the prefix directory.
 */
export async function startLocalNginx(options = {}) {
  const nginx = options.nginx ?? findNginx();
  if (!nginx) throw new Error("nginx is not installed (Debian: apt-get install nginx)");
  const prepared = await prepareNginx(options);
  const child = spawn(nginx, [...nginxArgs(prepared), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk.toString();
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    if (!options.keep) rmSync(prepared.dir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 10_000;
    await Promise.race([
      Promise.all([
        waitForPort("127.0.0.1", prepared.ports.http4, deadline),
        waitForPort("::1", prepared.ports.http6, deadline),
      ]),
      exited.then(() => {
        let log = "";
        try {
          log = readFileSync(join(prepared.dir, "error.log"), "utf8");
        } catch {
          // no log
        }
        throw new Error(`nginx exited at startup:\n${stderr}${log}`);
      }),
    ]);
  } catch (err) {
    await stop();
    throw err;
  }
  return { ...prepared, pid: child.pid, stop };
}
