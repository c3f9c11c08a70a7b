import { describe, expect, it } from "vitest";
import { fixAllowedIPs } from "../../../src/core/checks/allowed-ips.ts";

describe("fixAllowedIPs", () => {
  it("mirrors a full tunnel and the routes to the server onto IPv6", () => {
    expect(fixAllowedIPs(null, ["198.51.100.7"], [], ["64:ff9b::c633:6407"]).entries).toEqual([
      "0.0.0.0/0",
      "::/0",
    ]);
    expect(fixAllowedIPs(["0.0.0.0/0"], ["198.51.100.7"], [], []).added).toEqual(["::/0"]);
    expect(fixAllowedIPs(["0.0.0.0/0", "::/0"], ["198.51.100.7"], [], []).added).toEqual([]);
    // A split tunnel that does not route the server: nothing to mirror (adding it would loop).
    expect(
      fixAllowedIPs(["10.8.0.0/24"], ["198.51.100.7"], [], ["64:ff9b::c633:6407"]).added,
    ).toEqual([]);
    expect(
      fixAllowedIPs(["198.51.100.7"], ["198.51.100.7"], [], ["64:ff9b::c633:6407"]).added,
    ).toEqual(["64:ff9b::c633:6407/128"]);
    expect(fixAllowedIPs(["198.51.100.8/31"], ["198.51.100.7"], [], ["x"]).added).toEqual([]);
    expect(fixAllowedIPs(["198.51.100.6/31"], ["198.51.100.7"], [], ["x"]).added).toEqual([
      "x/128",
    ]);
  });

  it("mirrors 0.0.0.0/1, 128.0.0.0/1 on the IPv6 side instead of routing one address", () => {
    const { entries, added } = fixAllowedIPs(
      ["0.0.0.0/1", "128.0.0.0/1"],
      ["198.51.100.7"],
      [],
      ["64:ff9b::c633:6407"],
    );
    expect(added).toEqual(["::/1", "8000::/1"]);
    expect(entries).toEqual(["0.0.0.0/1", "128.0.0.0/1", "::/1", "8000::/1"]);
  });

  it("leaves a tunnel that already covers IPv6 in halves alone", () => {
    const { added } = fixAllowedIPs(
      ["0.0.0.0/1", "128.0.0.0/1", "::/1", "8000::/1"],
      ["198.51.100.7"],
      [],
      ["64:ff9b::c633:6407"],
    );
    expect(added).toEqual([]);
  });
});
