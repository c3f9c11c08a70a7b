// WPE WebKit (Debian's wpewebkit-driver), headless without X. Optional (--engines …,wpe): an
// older engine than WebKitGTK in Debian 12, useful as a second WebKit data point.

import { webDriverEngine } from "./webdriver.mjs";

export default webDriverEngine({
  name: "wpe",
  family: "webkit",
  label: "WPE WebKit",
  driver: "/usr/bin/WPEWebDriver",
  browserOptionsKey: "wpe:browserOptions",
  binary: "/usr/lib/x86_64-linux-gnu/wpe-webkit-1.1/MiniBrowser",
  args: ["--automation", "--headless"],
  needsX: false,
  aptPackage: "wpewebkit-driver libwpewebkit-1.1-0",
});
