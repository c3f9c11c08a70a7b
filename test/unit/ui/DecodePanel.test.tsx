// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DecodePanel, decodeFragment, readDecodeFragment } from "../../../src/ui/DecodePanel.tsx";

let root: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, "", "/");
  root = document.createElement("div");
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

function mount() {
  act(() => {
    render(<DecodePanel />, root);
  });
}

function type(text: string) {
  const box = root.querySelector("textarea");
  if (!box) throw new Error("no textarea");
  act(() => {
    box.value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function output(): string {
  return root.querySelector("[aria-live=polite]")?.textContent ?? "";
}

describe("DecodePanel", () => {
  it("has a labelled text box and a heading", () => {
    mount();
    const box = root.querySelector("textarea");
    expect(box?.id).toBe("decode-input");
    expect(root.querySelector(`label[for="${box?.id}"]`)).not.toBeNull();
    expect(root.querySelector("h2")?.textContent).toBe("Decode an address");
  });

  it("decodes as the person types, saying what it stripped", () => {
    mount();
    type("Endpoint = [64:ff9b::c633:6407]:51820");
    const text = output();
    expect(text).toContain("Your server 198.51.100.7, reached through a NAT64 translator");
    expect(text).toContain("64:ff9b::/96");
    expect(text).toContain("Removed the square brackets and the port 51820.");
  });

  it("shows a specific message for garbage instead of failing", () => {
    mount();
    type("64:ff9b::c633:64077");
    expect(output()).toContain('the group "64077" has more than 4 hex digits');
  });

  it("shows the discovered prefix for dig output", () => {
    mount();
    type("ipv4only.arpa.\t86400\tIN\tAAAA\t2001:db8:122:344:c0:0:aa00:0");
    expect(output()).toContain("NAT64 prefix found: 2001:db8:122:344::/64");
  });

  it("writes the input to #decode= after a pause, and clears it when emptied", () => {
    mount();
    type("64:ff9b::1");
    expect(location.hash).toBe("");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(readDecodeFragment(location.hash)).toBe("64:ff9b::1");
    type("");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(location.hash).toBe("");
  });

  it("shows the decode from the link it was loaded with, and follows hash changes", () => {
    history.replaceState(null, "", `/${decodeFragment("64:ff9b::c633:6407")}`);
    mount();
    expect(root.querySelector("textarea")?.value).toBe("64:ff9b::c633:6407");
    expect(output()).toContain("198.51.100.7");
    act(() => {
      history.replaceState(null, "", `/${decodeFragment("2002:c000:221::1")}`);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(output()).toContain("6to4");
  });

  it("leaves someone else's fragment alone", () => {
    history.replaceState(null, "", "/#r=abc");
    mount();
    type("::1");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(location.hash).toBe("#r=abc");
  });

  it("reads a hand-edited fragment with a stray % rather than crashing", () => {
    expect(readDecodeFragment("#decode=100%")).toBe("100%");
    expect(readDecodeFragment("#r=1")).toBeNull();
  });
});
