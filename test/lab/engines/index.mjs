// Every engine the lab can drive, by name. DEFAULT_ENGINES run unless --engines says otherwise.

import chromium from "./chromium.mjs";
import firefox from "./firefox.mjs";
import webkit from "./webkit.mjs";
import wpe from "./wpe.mjs";

/** @type {Record<string, import("./common.mjs").LabEngine>} */
export const ENGINES = { chromium, firefox, webkit, wpe };

export const DEFAULT_ENGINES = ["chromium", "firefox", "webkit"];
