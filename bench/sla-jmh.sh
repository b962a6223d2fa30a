#!/usr/bin/env bash
# JMH benchmark of deadline computation (issue 4: >= 50,000 computations per second).
# Usage: bench/sla-jmh.sh   (builds the project, then bench/jmh, then runs it; JMH prints ops/s per benchmark)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install -pl ejb -am
mvn -B -q -f bench/jmh/pom.xml package
java -jar bench/jmh/target/benchmarks.jar -rf text -rff target/sla-jmh.txt "$@"
