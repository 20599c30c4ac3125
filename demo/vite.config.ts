import { defineConfig } from "vite";

// Built into the application's static resources: Byline serves the demo at /demo/. In development
// (npm run dev) Vite serves it and passes /api to a Byline at BYLINE_URL (default http://localhost:8080).
const api = { "/api": process.env.BYLINE_URL ?? "http://localhost:8080" };

export default defineConfig({
  base: "/demo/",
  build: {
    outDir: "../src/main/resources/META-INF/resources/demo",
    emptyOutDir: true,
  },
  server: { proxy: api },
  preview: { proxy: api },
});
