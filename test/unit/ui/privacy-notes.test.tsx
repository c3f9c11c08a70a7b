// @vitest-environment happy-dom
// The page says, where it happens, what it sends to public DNS-over-HTTPS resolvers: the name a
// visitor types into "Check my server", and the site's own probe names on every visit.
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/core/config.ts";
import ServerCheck from "../../../src/ui/ServerCheck.tsx";
import { SetupCheckNote } from "../../../src/ui/SetupWarning.tsx";
import { renderRoot } from "../../fixtures/render.tsx";

const page = renderRoot(["en", "de"], ["setup", "checks"]);

const DOH = [
  { name: "Quad Example", url: "https://dns.quad.example/dns-query" },
  { name: "Other Resolver", url: "https://doh.other.example/dns-query" },
  { name: "Synth64", url: "https://dns64.synth.example/dns-query", dns64: true },
];

const text = () => (page.root.textContent ?? "").replace(/\s+/g, " ");

describe("Check my server", () => {
  it("says that the typed name goes to the configured resolvers, next to the field", () => {
    const panel = () => <ServerCheck config={parseConfig({ doh: DOH })} result={null} />;
    page.mount(panel(), "en");
    const note = () => page.root.querySelector(".server-check-privacy");
    expect(note()?.closest("form")).toBe(page.root.querySelector("form"));
    expect(note()?.textContent?.replace(/\s+/g, " ")).toBe(
      "Checking sends the name you type to public DNS-over-HTTPS resolvers (Quad Example, Other Resolver, and Synth64), which also see your IP address.",
    );
    page.mount(panel(), "de");
    expect(note()?.textContent?.replace(/\s+/g, " ")).toMatch(
      /^Beim Prüfen .*\(Quad Example, Other Resolver und Synth64\).*IP-Adresse/,
    );
  });
});

describe("the setup check's footer note", () => {
  const withProbes = (probes: Record<string, string>, doh: unknown[] = DOH) =>
    parseConfig({ probes, doh });
  const note = (config: ReturnType<typeof parseConfig>) => <SetupCheckNote config={config} />;

  it("names the resolvers asked on every visit, never the DNS64 one it does not ask", () => {
    const config = withProbes({ v4: "https://v4.site.example/echo" });
    page.mount(note(config), "en");
    expect(text()).toBe(
      "To check that this site is set up right, every visit asks public DNS-over-HTTPS resolvers (Quad Example and Other Resolver) for the addresses of its test servers, so they see your IP address and those server names.",
    );
    page.mount(note(config), "de");
    expect(text()).toBe(
      "Um zu prüfen, ob diese Website richtig eingerichtet ist, fragt sie bei jedem Besuch öffentliche DNS-over-HTTPS-Resolver (Quad Example und Other Resolver) nach den Adressen ihrer Testserver. Diese sehen dabei Ihre IP-Adresse und die Namen der Server.",
    );
  });

  it("is absent when the check asks no one", () => {
    for (const config of [
      withProbes({ v4: "http://127.0.0.1:8065/echo", v6: "http://[::1]:8065/echo" }),
      withProbes({ ds: "http://localhost:8065/echo" }),
      withProbes({ v4: "https://v4.site.example/echo" }, []),
      withProbes({ v4: "https://v4.site.example/echo" }, [DOH[2]]),
    ]) {
      page.mount(note(config), "en");
      expect(text()).toBe("");
    }
  });
});
