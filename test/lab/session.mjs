// One engine's browser inside the lab's client namespace, for one scenario. run.mjs starts it
// as `ip netns exec nst-client node session.mjs ENGINE DIR` (so the browser, its driver and its
// X server see only the lab's network, and the driver's loopback port is the namespace's own)
// and talks to it over the Node IPC channel:
//
//   → {id, type: "load", url, expression, timeoutMs, screenshot}
//   ← {id, result, timeToVerdictMs, marks, wallMs, log, error}
//   → {type: "close"}
//
// On start it answers {type: "ready", version} or {type: "failed", error}. Every wait is
// bounded; the browser is closed when the runner says so, when the runner goes away, or on
// SIGTERM.

import { withTimeout } from "./engines/common.mjs";
import { ENGINES } from "./engines/index.mjs";

const LAUNCH_TIMEOUT_MS = 60_000;
const OPEN_TIMEOUT_MS = 30_000; // a fresh page (a new WebDriver session may take two attempts)
const PAGE_TIMEOUT_MS = 15_000; // loading the document, a screenshot, closing the page
const EVALUATE_TIMEOUT_MS = 5000;
const POLL_MS = 100;
/** After the Result, how long a page that marked its final headline may take to mark the Result. */
const RESULT_MARK_GRACE_MS = 2000;

/**
 * The page's own performance marks (issue 13), ms since navigation, or null where the page sets
 * none (main before the early-verdict work): the final headline first in the DOM, the full Result.
 */
const MARKS = `(() => {
  const at = (name) => {
    const entry = performance.getEntriesByName(name, "mark")[0];
    return entry ? entry.startTime : null;
  };
  return { headline: at("selftest:final-headline"), result: at("selftest:result") };
})()`;

const [name, dir] = process.argv.slice(2);
const engine = ENGINES[name];
let browser = null;
let closing = null;

const send = (msg) => {
  if (process.connected) process.send(msg);
};
const message = (err) =>
  String(err?.message ?? err)
    .split("\n")
    .slice(0, 6)
    .join("\n");

function shutdown(code) {
  closing ??= (async () => {
    if (browser) await withTimeout(browser.close(), 15_000, "closing the browser").catch(() => {});
    process.exit(code);
  })();
  return closing;
}

/** What a page that never finished shows: its state and the start of its text. */
const PAGE_STATE = `document.readyState + " " + location.href + " " + JSON.stringify((document.body?.innerText ?? "").slice(0, 300))`;

/** Loads url in a fresh page and polls `expression` until it is truthy (the page's Result). */
async function load({ url, expression, timeoutMs, screenshot }) {
  const out = {
    result: null,
    timeToVerdictMs: null,
    marks: null,
    wallMs: null,
    log: [],
    error: null,
  };
  const page = await withTimeout(browser.newPage(), OPEN_TIMEOUT_MS, "opening a page");
  try {
    const started = Date.now();
    await page.goto(url, PAGE_TIMEOUT_MS);
    // The page's clock comes along: the time to verdict is when the Result was made (its start
    // plus its duration) since navigation, the same in every engine (probe.html has neither).
    const probe = `JSON.stringify({ value: (${expression}) || null, origin: performance.timeOrigin, now: performance.now(), marks: ${MARKS} })`;
    let resultSeen = null;
    for (;;) {
      // A read that does not answer in time is retried until the row's deadline: an engine can
      // be busy committing the page (or the machine busy) without the page being broken.
      const json = await withTimeout(
        page.evaluate(probe),
        EVALUATE_TIMEOUT_MS,
        "reading the page",
      ).catch((err) => {
        page.log.push(`read retried: ${message(err)}`);
        return null;
      });
      const read = typeof json === "string" ? JSON.parse(json) : null;
      // A page that marked its final headline also marks its Result; give it a moment to.
      if (read?.value) resultSeen ??= Date.now();
      const awaitingMark =
        resultSeen !== null &&
        read?.marks?.headline != null &&
        read.marks.result == null &&
        Date.now() - resultSeen < RESULT_MARK_GRACE_MS;
      if (read?.value && !awaitingMark) {
        const r = read.value;
        out.marks = read.marks ?? null;
        out.result = r;
        out.timeToVerdictMs =
          typeof r.startedAt === "string" && typeof r.durationMs === "number"
            ? Math.round(Date.parse(r.startedAt) + r.durationMs - read.origin)
            : Math.round(read.now);
        break;
      }
      if (Date.now() - started > timeoutMs) {
        const seen = await withTimeout(page.evaluate(PAGE_STATE), EVALUATE_TIMEOUT_MS, "").catch(
          () => "(the page did not answer)",
        );
        throw new Error(
          `the page produced no ${expression} within ${timeoutMs} ms; it shows: ${seen}`,
        );
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    out.wallMs = Date.now() - started;
  } catch (err) {
    out.error = message(err);
  }
  try {
    if (screenshot) {
      // For a person to look at (also when the row failed), never asserted.
      await withTimeout(page.screenshot(screenshot), PAGE_TIMEOUT_MS, "screenshot").catch((err) =>
        page.log.push(`screenshot failed: ${message(err)}`),
      );
    }
  } finally {
    out.log = page.log.slice(0, 40);
    await withTimeout(page.close(), PAGE_TIMEOUT_MS, "closing the page").catch(() => {});
  }
  return out;
}

process.on("disconnect", () => shutdown(1)); // the runner is gone: do not leave a browser behind
process.on("SIGTERM", () => shutdown(143));
process.on("message", async (msg) => {
  if (msg?.type === "close") return shutdown(0);
  if (msg?.type !== "load" || !browser) return;
  try {
    send({ id: msg.id, ...(await load(msg)), version: browser.version });
  } catch (err) {
    send({ id: msg.id, result: null, log: [], error: message(err) });
  }
});

if (!engine) {
  send({
    type: "failed",
    error: `unknown engine ${name} (known: ${Object.keys(ENGINES).join(", ")})`,
  });
  process.exit(2);
}
try {
  browser = await withTimeout(engine.launch(dir), LAUNCH_TIMEOUT_MS, `launching ${engine.label}`);
  send({ type: "ready", version: browser.version });
} catch (err) {
  send({ type: "failed", error: message(err) });
  await shutdown(1);
}
