// The shape of a catalog message and how one becomes text. A message is
//   - a string with {name} placeholders,
//   - or, when it depends on a number, an object of Intl plural categories chosen by `count`
//     ({one: "{count} test", other: "{count} tests"}),
//   - or, when it depends on whose network it is, {own, shared} chosen by the voice: "own" on
//     the visitor's own result, "shared" on a result someone else shared (each form may be plural).

export type PluralCategory = Intl.LDMLPluralRule;

export type PluralMessage = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, "other">]?: string;
};

export type CountedMessage = string | PluralMessage;

export interface VoiceMessage {
  readonly own: CountedMessage;
  readonly shared: CountedMessage;
}

export type Message = CountedMessage | VoiceMessage;

/** One namespace's messages, by key. */
export type Messages = { readonly [key: string]: Message };

/** "own": the visitor's own result ("your network"); "shared": someone else's ("that network"). */
export type Voice = "own" | "shared";

type ShapeOf<M> = M extends string
  ? string
  : M extends { readonly own: infer O; readonly shared: infer S }
    ? { readonly own: ShapeOf<O>; readonly shared: ShapeOf<S> }
    : PluralMessage;

/**
 * Another locale's catalog for a namespace: exactly the English keys, each of the same shape
 * (text, plural or voice). Use as `export default {…} satisfies Catalog<typeof en>`.
 */
export type Catalog<En extends Messages> = { readonly [K in keyof En]: ShapeOf<En[K]> };

function isVoice(message: Message): message is VoiceMessage {
  return typeof message === "object" && "own" in message;
}

/** The text of `message` for this voice and count (plural category by `plural`). */
export function pickForm(
  message: Message,
  voice: Voice,
  count: number | undefined,
  plural: Pick<Intl.PluralRules, "select">,
): string {
  const counted = isVoice(message) ? message[voice] : message;
  if (typeof counted === "string") return counted;
  return counted[plural.select(count ?? 0)] ?? counted.other;
}

const PLACEHOLDER = /\{(\w+)\}/;

/**
 * The text split at its placeholders: even items are literal text, odd items placeholder names.
 * "a {x} b" → ["a ", "x", " b"].
 */
export function splitPlaceholders(text: string): string[] {
  return text.split(PLACEHOLDER);
}

/** Every placeholder name in `text`, in order. */
export function placeholderNames(text: string): string[] {
  return splitPlaceholders(text).filter((_, i) => i % 2 === 1);
}

/** Every text form of a message (one for plain text, one per category and voice otherwise). */
export function messageForms(message: Message): string[] {
  const counted = isVoice(message) ? [message.own, message.shared] : [message];
  return counted.flatMap((m) => (typeof m === "string" ? [m] : Object.values(m)));
}
