# The Groundwork app for docker-compose: Next.js + Payload, talking to the Postgres
# given in DATABASE_URL. Migrations run when the container starts (npm start).
FROM node:20-bookworm-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .

ENV NODE_ENV=production PORT=3000
EXPOSE 3000
# Public pages are prerendered from the database, which only exists once the
# container runs: build against it, then serve (both apply migrations first).
CMD ["sh", "-c", "npm run build && npm start"]
