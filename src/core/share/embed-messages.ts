// What the page tells the help page that embeds it (?embed=1 in an iframe), and to whom.
//
//   {type: "selftest:resize", height}   to any parent: the frame's content height in CSS px.
//   {type: "selftest:verdict", verdict} to any parent: the verdict code only.
//   {type: "selftest:result", result}   only to parents whose origin is in config.embedOrigins,
//                                        because a Result holds the visitor's IP addresses.
//
// Who receives what is enforced by the browser, not by guessing the parent's origin:
// postMessage(message, targetOrigin) delivers only when the parent's origin is exactly
// targetOrigin, so the full result is posted once per allowed origin and dropped by the browser
// everywhere else. The page registers no message listener: it acts on no incoming message.

import type { Result, VerdictCode } from "../result.ts";

export const RESIZE = "selftest:resize";
export const VERDICT = "selftest:verdict";
export const RESULT = "selftest:result";

export interface ResizeMessage {
  type: typeof RESIZE;
  height: number;
}

export interface VerdictMessage {
  type: typeof VERDICT;
  verdict: VerdictCode;
}

export interface ResultMessage {
  type: typeof RESULT;
  result: Result;
}

export type EmbedMessage = ResizeMessage | VerdictMessage | ResultMessage;

/** One postMessage call: the message and the targetOrigin it is posted with. */
export interface Post {
  message: EmbedMessage;
  targetOrigin: string;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE, height: Math.max(0, Math.ceil(height)) };
}

/**
 * The posts for a finished run: the verdict code to anyone, the full Result to each allowed
 * origin ("*" in embedOrigins: to anyone, once).
 */
export function resultPosts(result: Result, embedOrigins: readonly string[]): Post[] {
  const posts: Post[] = [
    { message: { type: VERDICT, verdict: result.verdict.code }, targetOrigin: "*" },
  ];
  const targets = embedOrigins.includes("*") ? ["*"] : [...new Set(embedOrigins)];
  for (const targetOrigin of targets) {
    posts.push({ message: { type: RESULT, result }, targetOrigin });
  }
  return posts;
}

/** The page as a full page: the same URL without ?embed, for the "details" link. */
export function detailsUrl(pageHref: string): string {
  const url = new URL(pageHref);
  url.searchParams.delete("embed");
  url.hash = "";
  return url.href;
}

export interface PostTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** Sends posts to the parent; a bad origin string or a detached parent must not break the page. */
export function send(parent: PostTarget, posts: readonly Post[]): void {
  for (const { message, targetOrigin } of posts) {
    try {
      parent.postMessage(message, targetOrigin);
    } catch {
      // A SyntaxError for a malformed targetOrigin: config validation should have caught it.
    }
  }
}

/** Reports a height only when it changed, so a steady layout does not flood the parent. */
export function heightReporter(parent: PostTarget): (height: number) => void {
  let last = -1;
  return (height) => {
    const message = resizeMessage(height);
    if (message.height === last) return;
    last = message.height;
    send(parent, [{ message, targetOrigin: "*" }]);
  };
}
