import { describe, expect, it } from "vitest";
import {
  detailsUrl,
  heightReporter,
  type PostTarget,
  resizeMessage,
  resultPosts,
  send,
} from "../../../src/core/share/embed-messages.ts";
import { DUAL_STACK } from "./share-fixtures.ts";

/** A parent window at `origin` that keeps what the browser would deliver to it. */
function parentAt(origin: string): PostTarget & { received: unknown[] } {
  const received: unknown[] = [];
  return {
    received,
    postMessage(message, targetOrigin) {
      if (
        targetOrigin !== "*" &&
        targetOrigin !== "/" &&
        new URL(targetOrigin).origin !== targetOrigin
      ) {
        throw new SyntaxError("bad targetOrigin");
      }
      if (targetOrigin === "*" || targetOrigin === origin) received.push(structuredClone(message));
    },
  };
}

describe("resultPosts", () => {
  it("gives an allowed parent the full result and the verdict", () => {
    const parent = parentAt("https://help.example.net");
    send(parent, resultPosts(DUAL_STACK, ["https://other.example", "https://help.example.net"]));
    expect(parent.received).toEqual([
      { type: "selftest:verdict", verdict: "dual-stack" },
      { type: "selftest:result", result: DUAL_STACK },
    ]);
  });

  it("gives any other parent only the verdict code: no address reaches it", () => {
    for (const origin of [
      "https://evil.example",
      "http://help.example.net",
      "https://help.example.net:8443",
    ]) {
      const parent = parentAt(origin);
      send(parent, resultPosts(DUAL_STACK, ["https://help.example.net"]));
      expect(parent.received).toEqual([{ type: "selftest:verdict", verdict: "dual-stack" }]);
      expect(JSON.stringify(parent.received)).not.toContain("203.0.113.77");
    }
  });

  it("with no embedOrigins (the default) nobody gets the result", () => {
    expect(resultPosts(DUAL_STACK, []).map((p) => [p.message.type, p.targetOrigin])).toEqual([
      ["selftest:verdict", "*"],
    ]);
  });

  it('"*" sends the result to any parent, once', () => {
    const posts = resultPosts(DUAL_STACK, ["https://help.example.net", "*"]);
    expect(posts.map((p) => [p.message.type, p.targetOrigin])).toEqual([
      ["selftest:verdict", "*"],
      ["selftest:result", "*"],
    ]);
  });

  it("survives a target origin the browser rejects", () => {
    const parent = parentAt("https://help.example.net");
    send(parent, resultPosts(DUAL_STACK, ["not an origin", "https://help.example.net"]));
    expect(parent.received).toHaveLength(2);
  });
});

describe("resize messages", () => {
  it("rounds up to whole pixels and never goes negative", () => {
    expect(resizeMessage(301.2)).toEqual({ type: "selftest:resize", height: 302 });
    expect(resizeMessage(-5).height).toBe(0);
  });

  it("reports each change once", () => {
    const parent = parentAt("https://help.example.net");
    const report = heightReporter(parent);
    for (const h of [200, 200.4, 200, 350, 350, 200]) report(h);
    expect(parent.received).toEqual([
      { type: "selftest:resize", height: 200 },
      { type: "selftest:resize", height: 201 },
      { type: "selftest:resize", height: 200 },
      { type: "selftest:resize", height: 350 },
      { type: "selftest:resize", height: 200 },
    ]);
  });
});

describe("detailsUrl", () => {
  it("is the same page without ?embed and without a fragment", () => {
    expect(detailsUrl("https://t.example/nat64/?embed=1&config=c.json#x")).toBe(
      "https://t.example/nat64/?config=c.json",
    );
    expect(detailsUrl("https://t.example/?embed=1")).toBe("https://t.example/");
  });
});
