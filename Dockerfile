# syntax=docker/dockerfile:1
#
# Community Weekly as one Node.js container: Next.js's standalone server (NEXT_OUTPUT=standalone), as `next start`
# serves it, security headers included.
#
#   docker build -t community-weekly --build-arg SITE_URL=https://weekly.example.org .
#   docker run --rm -p 3000:3000 community-weekly
#
# The content folder is read when the image is built, never at run time: build a new image to publish an issue.
# BASE_PATH (--build-arg BASE_PATH=/community) serves the site under a sub-path.

ARG NODE_IMAGE=node:20-slim

# Dependencies, cached until package.json or package-lock.json change.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# The build: every page rendered, then the server and exactly the files it needs, in .next/standalone.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ARG SITE_URL=""
ARG BASE_PATH=""
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone SITE_URL=${SITE_URL} BASE_PATH=${BASE_PATH}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The standalone folder leaves out the browser assets and public/, which a CDN could serve instead; this image
# serves them itself.
RUN npm run build \
 && cp -R .next/static .next/standalone/.next/static \
 && if [ -d public ]; then cp -R public .next/standalone/public; fi

# The image: Node.js and the standalone folder, nothing else (no sources, no node_modules beyond what the server
# imports), run as the unprivileged `node` user of the Node.js images.
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ARG BASE_PATH=""
# The server listens on HOSTNAME, which Docker sets to the container id: listen on every interface instead.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 BASE_PATH=${BASE_PATH}
# Owned by root, so the server cannot change its own code; only Next.js's cache folder is writable.
COPY --from=build /app/.next/standalone ./
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}${process.env.BASE_PATH}/`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
