# Build: Maven with JDK 17 (the pom's --release 17 keeps the jar runnable on Java 17), then the jar
# extracted into nashir.jar + lib/: the AOT cache below works only with plain jars on the class path.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/nashir.jar extract --destination /src/app

# Run: Java 25's JRE (with its AOT cache it starts on half the CPU of Java 17 running the fat jar:
# docs/BENCHMARKS.md), a non-root user, the database on a volume
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin nashir
WORKDIR /app
COPY --from=build /src/app /app
# The AOT cache: a training run records the classes it loaded and linked and the JIT's profiles. It
# must be made by this JVM from these very jars, so it is made here, on a workload (200 feeds read
# from files, then read again with a new story each, posted in dry run): docker/aot-training.sh.
COPY docker/aot-training.sh /tmp/aot-training.sh
RUN sh /tmp/aot-training.sh /app/nashir.jar /app/nashir.aot && rm /tmp/aot-training.sh
# config/ and schedules/ are defaults: mount your own over them
COPY config /app/config
COPY schedules /app/schedules
# The database is for this user's eyes only: the directory 0700 (a new volume copies it), and the
# files H2 makes later 0600 (umask 077 in the entry point).
RUN mkdir -p /app/data && chown nashir /app/data && chmod 700 /app/data
USER nashir
VOLUME ["/app/data"]
# The port to serve on; the health check asks the same one. It wins over server.port in config/.
ENV SERVER_PORT=8080
EXPOSE 8080
# Liveness: DOWN when the process should be restarted (the H2 file cannot be written).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${SERVER_PORT}/actuator/health/liveness" || exit 1
ENTRYPOINT ["sh", "-c", "umask 077 && exec java -XX:AOTCache=/app/nashir.aot -XX:MaxRAMPercentage=75 -XX:-UsePerfData -jar /app/nashir.jar \"$@\"", "nashir"]
