#!/usr/bin/env bash
# The same generated kabupaten through `sinkron check-all` and through the Spark job in local mode
# (spark/bin/spark-submit-local), 1 and 2 cores each: wall time end to end (JVM start to exit, tables or
# JSON Lines written), students per second, students per second per core, and the CPU time the process
# used (user + system, all its threads: JIT and GC included) as students per CPU-second, which a machine
# shared with other work disturbs less than wall time. Figures: benchmarks/README.md.
#
#   benchmarks/spark-vs-check-all.sh [SCHOOLS (default 1000)] [DIR (default /tmp/sinkron-kabupaten-SCHOOLS)]
set -euo pipefail
cd "$(dirname "$0")/.."
schools="${1:-1000}"
dir="${2:-/tmp/sinkron-kabupaten-$schools}"
out="$(mktemp -d /tmp/sinkron-spark-bench.XXXXXX)"
trap 'rm -rf "$out"' EXIT

mvn -B -q -Pbenchmarks -DskipTests package
java -cp benchmarks/target/benchmarks.jar id.sinkron.benchmarks.KabupatenRun --schools "$schools" --dir "$dir" --generate-only
students="$(awk -F'\t' '{s += $2} END {print s}' "$dir/kabupaten.tsv")"
echo "students: $students; machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

run() {
  local label="$1" cores="$2"
  shift 2
  local TIMEFORMAT='%R %U %S' times
  # exit 1/2 = schools not ready / a school that could not be read: expected on this kabupaten
  times="$({ time "$@" > "$out/stdout" 2> "$out/stderr" || [[ $? -le 2 ]]; } 2>&1)"
  awk -v l="$label" -v c="$cores" -v t="$times" -v n="$students" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { split(t, x, " "); w = x[1]; cpu = x[2] + x[3];
             printf "%-24s wall %6.1f s  %7.0f students/s  %7.0f students/s/core | cpu %6.1f s  %7.0f students/cpu-s  (load %s)\n",
                    l, w, n / w, n / w / c, cpu, n / cpu, load }'
  grep -h "checked in" "$out/stdout" || true
}

for threads in 1 2; do
  run "check-all --threads $threads" "$threads" java -Xmx1g -jar examples/target/sinkron.jar check-all "$dir" \
    --out "$out/results.jsonl" --as-of 2025-08-31 --threads "$threads" --no-progress
done
for cores in 1 2; do
  run "spark local[$cores]" "$cores" spark/bin/spark-submit-local --master "local[$cores]" --driver-memory 1g \
    --conf spark.ui.enabled=false --class id.sinkron.spark.SinkronSparkJob spark/target/sinkron-spark.jar \
    check --input "$dir" --out "$out/tables" --as-of 2025-08-31 --overwrite
done
