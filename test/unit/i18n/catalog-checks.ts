// What makes a catalog complete and consistent, as pure functions the catalog test applies to
// the real catalogs (and to small broken ones, to show each check can fail).

import {
  type Message,
  type Messages,
  messageForms,
  placeholderNames,
  splitPlaceholders,
} from "../../../src/i18n/message.ts";

const CATEGORIES = new Set(["zero", "one", "two", "few", "many", "other"]);

type Shape = "text" | "plural" | { own: Shape; shared: Shape };

function shapeOf(message: Message): Shape {
  if (typeof message === "string") return "text";
  if ("own" in message) {
    return { own: shapeOf(message.own), shared: shapeOf(message.shared) };
  }
  return "plural";
}

/** The plural objects inside a message (itself, or each voice's). */
function plurals(message: Message): Record<string, string>[] {
  if (typeof message === "string") return [];
  if ("own" in message) return [message.own, message.shared].flatMap((m) => plurals(m));
  return [message as Record<string, string>];
}

/** The categories Intl's plural rules give whole numbers from 0 to 1000 in `locale`. */
function usedCategories(locale: string): Set<string> {
  const rules = new Intl.PluralRules(locale);
  const used = new Set<string>();
  for (let n = 0; n <= 1000; n++) used.add(rules.select(n));
  return used;
}

const namesWithoutCount = (text: string) =>
  [...new Set(placeholderNames(text))].filter((n) => n !== "count").sort();

/**
 * Problems of one message on its own: empty text, a brace that is not a placeholder, forms that
 * disagree on their placeholders ({count} may be written out in a form, e.g. "one test").
 */
export function messageProblems(key: string, message: Message, locale: string): string[] {
  const problems: string[] = [];
  const forms = messageForms(message);
  const expected = JSON.stringify(namesWithoutCount(forms.join(" ")));
  for (const form of forms) {
    if (form.trim() === "") problems.push(`${locale} ${key}: empty text`);
    const literal = splitPlaceholders(form).filter((_, i) => i % 2 === 0);
    if (literal.some((part) => /[{}]/.test(part))) {
      problems.push(`${locale} ${key}: a brace that is not a {placeholder} in "${form}"`);
    }
    if (JSON.stringify(namesWithoutCount(form)) !== expected) {
      problems.push(`${locale} ${key}: forms differ in placeholders ("${form}")`);
    }
  }
  const intl = locale === "en-XA" ? "en" : locale;
  for (const plural of plurals(message)) {
    for (const category of Object.keys(plural)) {
      if (!CATEGORIES.has(category)) problems.push(`${locale} ${key}: unknown form ${category}`);
    }
    for (const category of usedCategories(intl)) {
      if (!(category in plural)) problems.push(`${locale} ${key}: no "${category}" form`);
    }
  }
  return problems;
}

/** How `other` differs from the English catalog of the same namespace. */
export function catalogProblems(en: Messages, other: Messages, locale: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) {
    if (!(key in other)) problems.push(`${locale} misses ${key}`);
  }
  for (const [key, message] of Object.entries(other)) {
    const source = en[key];
    if (source === undefined) {
      problems.push(`${locale} has ${key}, which English does not`);
      continue;
    }
    if (JSON.stringify(shapeOf(message)) !== JSON.stringify(shapeOf(source))) {
      problems.push(`${locale} ${key}: not the shape of the English message`);
      continue;
    }
    const names = (m: Message) => JSON.stringify(namesWithoutCount(messageForms(m).join(" ")));
    if (names(message) !== names(source)) {
      problems.push(`${locale} ${key}: placeholders ${names(message)}, English ${names(source)}`);
    }
    problems.push(...messageProblems(key, message, locale));
  }
  return problems;
}

/**
 * Keys no source file uses: a key is used when its full name ("ns.key") appears in quotes in a
 * source file, or is listed in `dynamic` (keys the code builds from a code at run time).
 */
export function unusedKeys(keys: string[], sources: string[], dynamic: string[]): string[] {
  const text = sources.join("\n");
  const listed = new Set(dynamic);
  return keys.filter(
    (key) => !listed.has(key) && !['"', "'", "`"].some((q) => text.includes(`${q}${key}${q}`)),
  );
}
