#!/usr/bin/env bash
# Brings up ACS + Share with the add-on (docker compose, detached), waits until the repository is healthy, runs the
# live *IT suite against it and prints a summary. Run from anywhere; needs Docker with compose, Java 17+ and Maven.
#
#   docker/smoke-test.sh              build, start, wait, test (the stack keeps running afterwards)
#   docker/smoke-test.sh --down       the same, then stop the stack and remove its volumes
#
# Environment: ACS_WAIT_SECONDS (default 600), ACS_USER / ACS_PASSWORD (default admin / admin),
# ACS_TAG / SHARE_TAG / ... (image overrides, see docker-compose.yml).
set -euo pipefail
cd "$(dirname "$0")/.."

compose_file=docker/docker-compose.yml
wait_seconds="${ACS_WAIT_SECONDS:-600}"
acs_url="http://localhost:8080/alfresco"
ready_probe="$acs_url/api/-default-/public/alfresco/versions/1/probes/-ready-"
down_after=false
[ "${1:-}" = "--down" ] && down_after=true

if docker compose version >/dev/null 2>&1; then
    compose=(docker compose -f "$compose_file")
elif command -v docker-compose >/dev/null 2>&1; then
    compose=(docker-compose -f "$compose_file")
else
    echo "smoke-test: neither 'docker compose' nor 'docker-compose' is available" >&2
    exit 2
fi
docker info >/dev/null 2>&1 || { echo "smoke-test: no Docker engine answers ('docker info' failed)" >&2; exit 2; }

echo "== Building the modules"
mvn -B -q package -DskipTests

# The live trashcan test needs the trashcan job to run every 15 seconds and to purge whatever it may (deleted any
# time ago, no brake): only the stack this script starts is set up so. Do not keep data you care about in it.
# The live consent round trip needs the consent job on and running every 15 seconds; its mails go to Mailpit
# (mail.host in docker-compose.yml), whose API the test reads at MAILPIT_URL (default http://localhost:8025).
export GDPR_EXTRA_JAVA_OPTS='-Dgdpr-retention.job.trashcan.enabled=true -Dgdpr-retention.job.trashcan.cron="0/15 * * * * ?" -Dgdpr-retention.trashcan.maxAge=P0D -Dgdpr-retention.sweep.maxFraction=1.0 -Dgdpr-retention.job.startDelayMilliseconds=5000 -Dgdpr-retention.job.consentRequests.enabled=true -Dgdpr-retention.job.consentRequests.cron="5/15 * * * * ?"'
export GDPR_IT_TRASHCAN_SWEEP=on
export GDPR_IT_CONSENT_JOB=on

echo "== Starting the stack (detached)"
"${compose[@]}" up -d --build

echo "== Waiting up to ${wait_seconds}s for ACS to be ready ($ready_probe)"
started=$(date +%s)
until curl -fsS -o /dev/null "$ready_probe"; do
    if [ $(( $(date +%s) - started )) -ge "$wait_seconds" ]; then
        echo "smoke-test: ACS was not ready after ${wait_seconds}s. Last lines of its log:" >&2
        "${compose[@]}" logs --tail=80 alfresco >&2 || true
        "${compose[@]}" ps >&2 || true
        exit 1
    fi
    sleep 10
done
echo "ACS ready after $(( $(date +%s) - started ))s"
"${compose[@]}" logs alfresco 2>/dev/null | grep -m1 "gdpr-retention-platform" || true

echo "== Live tests (*IT) against $acs_url"
removed_list=platform-module/target/live-removed-binaries.txt
rm -f "$removed_list"
status=0
ACS_URL="$acs_url" mvn -B verify -pl platform-module -am \
    -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false || status=$?

# The binaries a live purge reported removed must be gone from the content store, and no copy kept in
# contentstore.deleted.
if [ -s "$removed_list" ]; then
    echo "== Content store after the live purges"
    while read -r url; do
        relative="${url#store://}"
        for dir in contentstore contentstore.deleted; do
            if "${compose[@]}" exec -T alfresco test -e "/usr/local/tomcat/alf_data/$dir/$relative"; then
                echo "STILL ON DISK: $dir/$relative"
                status=1
            else
                echo "gone: $dir/$relative"
            fi
        done
    done < "$removed_list"
fi

echo "== Summary"
reports=platform-module/target/failsafe-reports
if ls "$reports"/*.txt >/dev/null 2>&1; then
    grep -h "Tests run" "$reports"/*.txt
fi
if [ "$status" -eq 0 ]; then echo "smoke-test: PASSED"; else echo "smoke-test: FAILED (exit $status)"; fi

if $down_after; then
    "${compose[@]}" down -v
fi
exit "$status"
