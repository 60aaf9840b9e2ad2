# Multi-stage image for the API and the worker (same code, other entry point).
# Build from the repository root: docker build -f docker/api.Dockerfile .

FROM node:24.22.3-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build --silent && npm prune --omit=dev --no-audit --no-fund

FROM node:24.22.3-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 WEB_DIST_DIR=/app/dist/apps/web DATA_DIR=/app/.data
WORKDIR /app
RUN useradd --system --uid 10001 --home /app loved && mkdir -p /app/.data && chown loved /app/.data
COPY --from=build --chown=loved /app/node_modules ./node_modules
COPY --from=build --chown=loved /app/dist ./dist
COPY --from=build --chown=loved /app/package.json ./package.json
USER loved
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "./dist/apps/api/instrument.mjs", "dist/apps/api/main.mjs"]
