# Steerline: one image that serves the API under /api and the web app at /.
# Build:  docker build -t steerline .
# Run it with docker-compose.yml beside this file, or with DATABASE_URL pointing at your PostgreSQL.

# --- build: all dependencies, then the API bundle and the web app with Nx ---
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
# The build needs no dependency's install script.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api web

# --- runtime: production dependencies and the built files only ---
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts run here: embedded-postgres needs its postinstall (it links its bundled libraries).
# SCARF_ANALYTICS=false stops the usage report that @scarf/scarf (pulled in by swagger-ui-dist) sends on install.
RUN SCARF_ANALYTICS=false npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Only used if DATABASE_URL is unset (embedded PostgreSQL); always set DATABASE_URL in containers.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
# The slim image has no curl: ask Node. /api/health says the process is up; /api/ready also checks the database.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap cap keeps the process under 400 MB resident; the live set peaks near 120 MB while a 5,000-action PDF renders
# (reports render one at a time per process). Keep it the same as package.json "start" and bench/api-process.mjs.
CMD ["node", "--max-old-space-size=192", "dist/apps/api/main.js"]
