# The Groundwork app for docker-compose: Next.js + Payload, talking to the Postgres
# given in DATABASE_URL. Migrations run when the container starts (npm start).
FROM node:20-bookworm-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
# Every page reads the database at request time, so the build needs only
# placeholders; the real values come from the environment at run time.
RUN DATABASE_URL=postgres://build:build@localhost:5432/build PAYLOAD_SECRET=build-only NODE_ENV=production \
    npx next build

ENV NODE_ENV=production PORT=3000
EXPOSE 3000
CMD ["npm", "start"]
