#!/bin/sh
# Builds stand-ins for the Dockerfile's two base images on a machine that reaches Debian's packages
# but no image registry (as the development machine): a Debian bookworm made by debootstrap, with
# this machine's JDK 17 and Maven as maven:3.9-eclipse-temurin-17, and with its Temurin 25 as
# eclipse-temurin:25-jre. The machine's CA certificates go in, so that Maven reaches its registry.
# Needs root, debootstrap and a running dockerd (dockerd --iptables=false --bridge=none
# --storage-driver=vfs); then: docker build --network=host -t nashir .
#
#   docker/stand-in-bases.sh [JDK17_HOME] [JDK25_HOME]
set -eu
jdk17=${1:-/usr/lib/jvm/java-17-openjdk-amd64}
jdk25=${2:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
path=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log"

cp -a "$work/rootfs" "$work/maven"
mkdir -p "$work/maven/usr/lib/jvm" "$work/maven/etc/ssl/certs/java"
cp -a "$jdk17" "$work/maven/usr/lib/jvm/"
cp -L /etc/ssl/certs/java/cacerts "$work/maven/etc/ssl/certs/java/cacerts"
cp -a /etc/java-17-openjdk /etc/maven "$work/maven/etc/"
cp -a /usr/share/maven /usr/share/java "$work/maven/usr/share/"
ln -sf /usr/share/maven/bin/mvn "$work/maven/usr/bin/mvn"
tar -C "$work/maven" -c . | docker import --change "ENV JAVA_HOME=/usr/lib/jvm/$(basename "$jdk17")" \
	--change "ENV PATH=/usr/lib/jvm/$(basename "$jdk17")/bin:$path" - maven:3.9-eclipse-temurin-17

cp -a "$work/rootfs" "$work/jre"
mkdir -p "$work/jre/opt/java" "$work/jre/etc/ssl/certs"
cp -a "$jdk25" "$work/jre/opt/java/openjdk"
cp /etc/ssl/certs/ca-certificates.crt "$work/jre/etc/ssl/certs/"
tar -C "$work/jre" -c . | docker import --change "ENV JAVA_HOME=/opt/java/openjdk" \
	--change "ENV PATH=/opt/java/openjdk/bin:$path" - eclipse-temurin:25-jre
