// How every test, benchmark and the lab start Debian's Chromium (never a downloaded browser):
// as root, headless, and with the background services off, because on this closed network
// Chromium's own connections are refused many at a time and slow every start.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
