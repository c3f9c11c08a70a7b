// Checks of a rendered page in another language, for the browser tests of every view:
// - englishLeft: text still in English, found by comparing the page's text with the English
//   catalogs (each literal piece of each English message that the locale's catalogs do not
//   also contain, e.g. "IPv6");
// - textOverflow: text wider than the screen or than the box it sits in (run it with the
//   pseudo-locale en-XA, which is ~40% longer than English, at 360 px).
// Both skip what is not visible and the parts listed in `exclude` (CSS selectors).

import type { Page } from "playwright-core";
import { messageForms, splitPlaceholders } from "../../src/i18n/message.ts";
import type { AllCatalogs } from "../fixtures/catalogs.ts";

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The English pieces a page in `locale` must not show: every literal piece (between
 * placeholders) of every English message with at least four letters, unless the locale's own
 * catalogs contain it too (a name such as "DNS64", or a word that is the same in both). With
 * `locale` null (the pseudo-locale, which changes every letter), all of them.
 */
export function englishFragments(catalogs: AllCatalogs, locale: string | null): string[] {
  const own = normalize(
    Object.values((locale && catalogs[locale]) || {})
      .flatMap((messages) => Object.values(messages).flatMap(messageForms))
      .join("\n"),
  );
  const pieces = Object.values(catalogs.en ?? {})
    .flatMap((messages) => Object.values(messages).flatMap(messageForms))
    .flatMap((form) => splitPlaceholders(form).filter((_, i) => i % 2 === 0))
    .map(normalize)
    .filter((piece) => (piece.match(/\p{L}/gu)?.length ?? 0) >= 4 && !own.includes(piece));
  return [...new Set(pieces)];
}

/** Each visible text (text nodes, labels in attributes, the title) that contains an English piece. */
export async function englishLeft(
  page: Page,
  fragments: string[],
  exclude: readonly string[] = [],
): Promise<string[]> {
  return page.evaluate(
    ({ fragments, exclude }) => {
      const skip = (el: Element | null) =>
        !el || exclude.some((selector) => el.closest(selector)) || el.closest("script, style");
      const texts: string[] = [document.title];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (skip(parent) || !parent?.checkVisibility()) continue;
        texts.push(node.textContent ?? "");
      }
      for (const el of document.body.querySelectorAll(
        "[aria-label], [placeholder], [title], [alt]",
      )) {
        if (skip(el)) continue;
        for (const name of ["aria-label", "placeholder", "title", "alt"]) {
          const value = el.getAttribute(name);
          if (value) texts.push(value);
        }
      }
      const found: string[] = [];
      for (const raw of texts) {
        const text = raw.replace(/\s+/g, " ").trim();
        for (const fragment of fragments) {
          const at = text.indexOf(fragment);
          if (at >= 0)
            found.push(`"${fragment}" in "…${text.slice(Math.max(0, at - 30), at + 80)}…"`);
        }
      }
      return found;
    },
    { fragments, exclude: [...exclude] },
  );
}

/**
 * Text that does not fit: the page scrolls sideways, or a piece of text reaches past the box it
 * sits in (its nearest non-inline ancestor). Boxes meant to scroll sideways are not counted.
 */
export async function textOverflow(page: Page, exclude: readonly string[] = []): Promise<string[]> {
  return page.evaluate(
    (exclude) => {
      const problems: string[] = [];
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > width) {
        problems.push(
          `the page is ${document.documentElement.scrollWidth} px wide, the screen ${width} px`,
        );
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
        const parent = node.parentElement;
        if (!text || !parent || exclude.some((s) => parent.closest(s))) continue;
        let box: Element | null = parent;
        let exempt = false; // meant to scroll sideways, or hidden for screen readers only
        while (box && ["inline", "contents"].includes(getComputedStyle(box).display)) {
          box = box.parentElement;
        }
        for (let el: Element | null = parent; el; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (/auto|scroll/.test(style.overflowX)) exempt = true;
          if (style.position === "absolute" && style.clip !== "auto") exempt = true;
        }
        if (!box || exempt) continue;
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (rects.length === 0) continue;
        const left = Math.min(...rects.map((r) => r.left));
        const right = Math.max(...rects.map((r) => r.right));
        const outer = box.getBoundingClientRect();
        const style = getComputedStyle(box);
        const inner = {
          left: outer.left + Number.parseFloat(style.borderLeftWidth),
          right: outer.right - Number.parseFloat(style.borderRightWidth),
        };
        if (left < inner.left - 1 || right > inner.right + 1 || right > width + 1) {
          const tag = `${box.tagName.toLowerCase()}${box.className ? `.${String(box.className).split(" ").join(".")}` : ""}`;
          problems.push(
            `"${text.slice(0, 60)}" spans ${Math.round(left)}–${Math.round(right)} px in ${tag} (${Math.round(inner.left)}–${Math.round(inner.right)} px)`,
          );
        }
      }
      return problems;
    },
    [...exclude],
  );
}

/**
 * One view of the page for the language tests: test/e2e/i18n-views/<area>.ts default-exports a
 * list of them, and test/e2e/i18n.test.ts opens each with ?lang=de and ?lang=en-XA.
 */
export interface View {
  name: string;
  /** The page's address relative to the test site (the test adds ?lang=). */
  path: (site: TestSite) => string;
  /** Before the page loads, e.g. routes that fail a request. */
  prepare?: (page: Page) => Promise<unknown>;
  /** Resolves once the view is on screen. */
  ready: (page: Page) => Promise<unknown>;
}

/**
 * What the test site offers a view (test/e2e/i18n.test.ts serves it): /config.json (dual-stack on
 * loopback), /slow.json (two probes that never answer, 20 s timeout), /broken.json (an invalid
 * field), and these.
 */
export interface TestSite {
  /** A share link's payload (after "#r="): a dual-stack result, addresses hidden. */
  share: string;
  /** The same result as recorded by a browser the page does not know ("curl/8.5.0"). */
  unknownBrowserShare: string;
  /** The page on a second site whose own config.json is broken (an absolute address). */
  brokenSite: string;
}
