# Build: Maven with JDK 17
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

# Run: a JRE, a non-root user, the database on a volume
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin nashir
WORKDIR /app
COPY --from=build /src/target/nashir.jar /app/nashir.jar
# config/ and schedules/ are defaults: mount your own over them
COPY config /app/config
COPY schedules /app/schedules
RUN mkdir -p /app/data && chown nashir /app/data
USER nashir
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/nashir.jar"]
