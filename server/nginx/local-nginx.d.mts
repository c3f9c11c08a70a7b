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
  /** worker_processes (default 1). */
  workers?: number | "auto";
  /** Log requests to <dir>/access.log (default: off). */
  accessLog?: boolean;
  /** A directory to serve as the page (default: a one-line index.html). */
  www?: string;
  /** Keep the prefix directory after stop(). */
  keep?: boolean;
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
