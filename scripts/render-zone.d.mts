// Types for render-zone.mjs (plain JavaScript so operators can run it with node alone).

export interface ZoneOptions {
  zone: string;
  ipv4: string;
  ipv6: string;
  ns: string[];
  hostmaster?: string;
  serial?: string | number;
  ttl?: string | number;
  caa?: string[];
  now?: Date;
}

export const TEMPLATE_PATH: URL;
export function checkDomain(name: string, what: string): string;
export function canonicalIPv6(address: string): string;
export function nat64Address(ipv4: string): { hex: string; mixed: string };
export function addressWarnings(ipv4: string, ipv6: string): string[];
export function renderZone(template: string, options: ZoneOptions): string;
export function parseArgs(argv: string[]): (ZoneOptions & { out?: string }) | "help";
