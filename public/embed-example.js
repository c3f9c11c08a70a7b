// Example help-page script for the embedded self-test: sizes the iframe to its content and shows
// the verdict. Only messages from that iframe, at the self-test's origin, are believed.
window.addEventListener("message", (event) => {
  const frame = document.getElementById("selftest");
  const out = document.getElementById("selftest-verdict");
  if (!frame || event.source !== frame.contentWindow) return;
  if (event.origin !== new URL(frame.src, location.href).origin) return;
  const data = event.data || {};
  if (data.type === "selftest:resize" && Number.isFinite(data.height)) {
    frame.style.height = `${data.height}px`; // no scroll bars: the frame is exactly its content
  } else if (data.type === "selftest:verdict") {
    out.textContent = `Verdict: ${data.verdict}`; // every parent gets the verdict code
  } else if (data.type === "selftest:result") {
    const v = data.result.verdict; // only origins listed in embedOrigins get the full Result
    out.textContent = `Verdict: ${v.code} (IPv4 ${v.ipv4 || "none"}, IPv6 ${v.ipv6 || "none"})`;
  }
});
