import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [preact()],
  // Relative asset paths: the built page is static and may be served from any sub-path.
  base: "./",
  build: {
    target: "es2020",
    // Source maps are not shipped: the page is small and its source is public.
    sourcemap: false,
  },
});
