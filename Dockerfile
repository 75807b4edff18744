# syntax=docker/dockerfile:1
# Wirestream's services (ingest, streams, sink, dashboard, topics, registry) in one image:
# the `wirestream` CLI. Multi-stage: build with Maven, run on a small JRE as a non-root user.

FROM eclipse-temurin:17.0.15_6-jdk-jammy AS build
WORKDIR /src
# everything but build outputs and data (.dockerignore)
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests -pl cli -am package

FROM eclipse-temurin:17.0.15_6-jre-jammy
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 wirestream \
    && useradd --system --uid 10001 --gid wirestream --home-dir /app --shell /usr/sbin/nologin wirestream \
    && mkdir -p /data && chown wirestream:wirestream /data
WORKDIR /app
COPY --from=build /src/cli/target/lib/ /app/lib/
COPY --from=build /src/cli/target/wirestream-cli.jar /app/wirestream-cli.jar
USER wirestream
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    WIRESTREAM_LOG_FORMAT=json
VOLUME ["/data"]
ENTRYPOINT ["java", "-jar", "/app/wirestream-cli.jar"]
CMD ["--help"]
