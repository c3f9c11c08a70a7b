// WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and MiniBrowser) on its own Xvfb. The
// Debian builds have no RTCPeerConnection (no GStreamer webrtcbin), which the lab's expectations
// say per row.

import { webDriverEngine } from "./webdriver.mjs";

export default webDriverEngine({
  name: "webkit",
  family: "webkit",
  label: "WebKitGTK",
  driver: "/usr/bin/WebKitWebDriver",
  browserOptionsKey: "webkitgtk:browserOptions",
  binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
  args: ["--automation"],
  needsX: true,
  aptPackage: "webkit2gtk-driver xvfb",
});
