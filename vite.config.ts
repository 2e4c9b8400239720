import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const here = import.meta.dirname;

/**
 * Two pages: the staff app (the server answers /staff and /staff/* with staff.html) and the visitor
 * app (index.html). In development Vite serves the same: any /staff address that is not a file gets
 * staff.html, so deep links and reloads work as they do behind the real server.
 */
function staffPageFallback(): Plugin {
  const rewrite = (url: string | undefined) => {
    if (!url) return url;
    const path = url.split("?")[0] ?? "";
    const isStaffPage = path === "/staff" || (path.startsWith("/staff/") && !/\.[a-z0-9]+$/i.test(path));
    return isStaffPage ? "/staff.html" : url;
  };
  return {
    name: "pusterum-staff-page-fallback",
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        req.url = rewrite(req.url);
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        req.url = rewrite(req.url);
        next();
      });
    },
  };
}

export default defineConfig({
  root: resolve(here, "src/web"),
  base: "/",
  plugins: [react(), staffPageFallback()],
  build: {
    outDir: resolve(here, "dist/web"),
    emptyOutDir: true,
    // Strict CSP (script-src 'self'): no inline scripts, no eval; assets stay files.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: {
        staff: resolve(here, "src/web/staff.html"),
        visitor: resolve(here, "src/web/index.html"),
      },
      output: {
        // Libraries in chunks of their own, named for what they are, so they stay cached across
        // releases; the visitor page loads React only, never Mantine or the staff code.
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "router", test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
            { name: "mantine", test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            { name: "i18n", test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: "data", test: /node_modules[\\/](@tanstack|zod)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api/v1": "http://127.0.0.1:3000", "/api/docs": "http://127.0.0.1:3000" },
  },
  preview: {
    proxy: { "/api/v1": "http://127.0.0.1:3000", "/api/docs": "http://127.0.0.1:3000" },
  },
});
