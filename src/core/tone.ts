// How a finding reads at a glance: fine, worth a look, or broken. The page colours and marks
// each line by it (styles.css .ok/.warn/.bad), so every part that grades something uses this one
// type rather than its own union of the same three words. A verdict's status, and its fourth,
// neutral look for "could not tell", are decided in selftest/verdict-tone.ts.

export type Tone = "ok" | "warn" | "bad";
