// The pseudo-locale en-XA, made from English at run time (loaded only for ?lang=en-XA): every
// letter accented, every word about 40% longer, each message in [brackets]. A page that reads
// well in it has no hard-coded English (it would show unaccented), no cut-off text (the
// brackets) and room for longer languages. Placeholders stay as they are.

import { type Message, type Messages, splitPlaceholders } from "./message.ts";

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = "áƀçđéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÅƁÇĐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ";

function accent(ch: string): string {
  const at = PLAIN.indexOf(ch);
  return at < 0 ? ch : (ACCENTED[at] ?? ch);
}

/** A word half as long again (about 40% over a whole message): letters doubled at even steps. */
function stretch(word: string): string {
  const extra = Math.round(word.length * 0.5);
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const ch = accent(word[i] ?? "");
    const doubled =
      Math.floor(((i + 1) * extra) / word.length) > Math.floor((i * extra) / word.length);
    out += doubled ? ch + ch : ch;
  }
  return out;
}

export function pseudoText(text: string): string {
  const body = splitPlaceholders(text)
    .map((part, i) => (i % 2 ? `{${part}}` : part.replace(/[A-Za-z]+/g, stretch)))
    .join("");
  return `[${body}]`;
}

function pseudoMessage(message: Message): Message {
  if (typeof message === "string") return pseudoText(message);
  return Object.fromEntries(
    Object.entries(message).map(([form, m]) => [form, pseudoMessage(m as Message)]),
  ) as Message;
}

export function pseudoCatalog(english: Messages): Messages {
  return Object.fromEntries(Object.entries(english).map(([key, m]) => [key, pseudoMessage(m)]));
}
