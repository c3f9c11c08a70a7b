// Types for local-nginx.mjs (plain JavaScript so scripts/loadtest.mjs can use it without tsx).

export interface NginxPorts {
  http4: number;
  http6: number;
  https4: number;
  https6: number;
}

export interface NginxOptions {
  /** client_header_timeout for the echo servers, e.g. "1s" (default: as shipped, 10s). */
  headerTimeout?: string;
  /** worker_processes (default NGINX_MAIN.workerProcesses, "auto" as in Debian). */
  workers?: number | "auto";
  /** events { worker_connections } (default NGINX_MAIN.workerConnections). */
  workerConnections?: number;
  /** worker_rlimit_nofile (default NGINX_MAIN.workerRlimitNofile; null: not set). */
  workerRlimitNofile?: number | null;
  /** The nginx files to run instead of server/nginx/ (e.g. an older copy, for comparisons). */
  confDir?: string;
  /** Log requests to <dir>/access.log (default: off). */
  accessLog?: boolean;
  /** A directory to serve as the page (default: a one-line index.html). */
  www?: string;
  /** Keep the prefix directory after stop(). */
  keep?: boolean;
  /** Fixed ports (default: free ones), e.g. 80 and 443 where URLs must carry no port. */
  ports?: NginxPorts;
  /** The nginx binary (default: findNginx()). */
  nginx?: string;
}

export interface PreparedNginx {
  dir: string;
  conf: string;
  ports: NginxPorts;
}

export interface LocalNginx extends PreparedNginx {
  pid: number | undefined;
  stop(): Promise<void>;
}

export const NGINX_DIR: string;
/** The /etc/nginx/nginx.conf settings docs/deploy.md recommends (and the tests use). */
export const NGINX_MAIN: Readonly<{
  workerProcesses: "auto";
  workerConnections: number;
  workerRlimitNofile: number;
}>;
export const TEST_CERT: string;
export const TEST_KEY: string;
export function findNginx(): string | null;
export function freePort(host: string): Promise<number>;
export function localizeSite(text: string, dir: string, ports: NginxPorts): string;
export function prepareNginx(options?: NginxOptions): Promise<PreparedNginx>;
export function testNginxConfig(
  nginx: string,
  prepared: PreparedNginx,
): { ok: boolean; output: string };
export function startLocalNginx(options?: NginxOptions): Promise<LocalNginx>;
