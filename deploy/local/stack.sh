#!/usr/bin/env bash
# chipwire local stack: Kafka (KRaft, single node), Elasticsearch 8 and Prometheus on loopback.
#
#   bash deploy/local/stack.sh up|down|status|topics|reset
#
# Everything lives under ${CHIPWIRE_VAR:-<repo>/var} (git-ignored):
#   cache/    downloaded jars / ES distribution / built ES plugin (kept across runs and resets)
#   kafka/    server.properties, cluster.id, data/          es/  config/ data/ logs/ tmp/ run/
#   prometheus/ config/ data/                              log/<component>.log   run/<component>.pid
# See deploy/local/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
VAR="$(realpath -m "${CHIPWIRE_VAR:-$REPO/var}")"
CACHE="$VAR/cache"
RUN="$VAR/run"
LOGS="$VAR/log"
# The probes are stdlib-only; resolve the interpreter once (a pyenv shim costs ~0.4 s per call).
if [[ -n "${PYTHON:-}" ]]; then
  PY="$PYTHON"
elif [[ -x /usr/bin/python3 ]]; then
  PY=/usr/bin/python3
else
  PY="$(python3 -c 'import sys; print(sys.executable)' 2>/dev/null || echo python3)"
fi
PROBE=("$PY" -I -S "$HERE/probe.py")

HOST=127.0.0.1
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
ES_PORT="${ES_PORT:-9200}"
ES_TRANSPORT_PORT="${ES_TRANSPORT_PORT:-9300}"
PROMETHEUS_PORT="${PROMETHEUS_PORT:-9090}"
PARTITIONS="${CHIPWIRE_PARTITIONS:-4}"
TOPIC_PREFIX="${CHIPWIRE_TOPIC_PREFIX:-}"
TOPICS=(wire.raw stories stories.tagged deals wire.dlq wire.receipts)
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
ES_HEAP="${ES_HEAP:-512m}"
UP_TIMEOUT="${CHIPWIRE_UP_TIMEOUT:-300}"     # seconds per component to become healthy
STOP_TIMEOUT="${CHIPWIRE_STOP_TIMEOUT:-60}"  # seconds between SIGTERM and SIGKILL
ES_USER="${CHIPWIRE_ES_USER:-chipwire}"      # only used when running as root
COMPONENTS=(kafka es prometheus)

# The ES version is defined once, in the distribution pom; the plugin is built against it.
ES_VERSION="$(sed -n 's:.*<es.version>\(.*\)</es.version>.*:\1:p' "$HERE/elasticsearch/dist/pom.xml")"
ES_DIST="$CACHE/es-dist/elasticsearch-$ES_VERSION"

log() { printf '[stack] %s\n' "$*"; }
warn() { printf '[stack] WARNING: %s\n' "$*" >&2; }
die() { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Processes. A pid only counts as ours if its command line carries a marker with our VAR path,
# so stale pid files (crash, kill -9, reboot, pid reuse) are never mistaken for a live component.

es_base() {  # where ES's config/data/logs live: var/es, or its target (see prepare_es_dirs)
  if [[ -L "$VAR/es" ]]; then readlink -f "$VAR/es"; else echo "$VAR/es"; fi
}

marker() {
  case "$1" in
    kafka) echo "$VAR/kafka/server.properties" ;;
    es) echo "$(es_base)/" ;;  # server: -Djava.io.tmpdir=<base>/tmp; launcher: -Des.path.conf=<base>/config
    prometheus) echo "--storage.tsdb.path=$VAR/prometheus/data" ;;
  esac
}

cmdline() { { tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null || true; }

is_ours() {  # pid component [any]: the pid is this checkout's server (any: or the ES launcher)
  local pid="$1" c="$2" any="${3:-}" cl
  [[ "$pid" =~ ^[0-9]+$ && -d /proc/$pid ]] || return 1
  cl="$(cmdline "$pid")"
  [[ "$cl" == *"$(marker "$c")"* ]] || return 1
  # The program must match too, so `tail -f var/es/logs/...` is never taken for a server.
  case "$c" in
    kafka) [[ "$cl" == *java*" kafka.Kafka "* ]] ;;
    es) [[ "$cl" == *java*org.elasticsearch.bootstrap.Elasticsearch* \
      || (-n "$any" && "$cl" == *java*org.elasticsearch.launcher.CliToolLauncher*) ]] ;;
    prometheus) [[ "$cl" == *prometheus*" --web.listen-address="* ]] ;;
  esac
}

find_pids() {  # component [any]: pids of this checkout's component (any: include ES launcher)
  local c="$1" any="${2:-}" m p cl
  m="$(marker "$c")"
  for p in /proc/[0-9]*; do
    p="${p#/proc/}"
    cl="$(cmdline "$p")"
    [[ -n "$cl" && "$cl" == *"$m"* ]] || continue
    if is_ours "$p" "$c" "$any"; then echo "$p"; fi
  done
}

component_pid() {  # prints the live pid of a component, or nothing
  local c="$1" pid=""
  [[ -f "$RUN/$c.pid" ]] && pid="$(tr -dc 0-9 <"$RUN/$c.pid")"
  if is_ours "$pid" "$c"; then echo "$pid"; return; fi
  pid="$(find_pids "$c")"
  pid="${pid%%$'\n'*}"  # first one (no `| head`: SIGPIPE + pipefail)
  if [[ -n "$pid" ]]; then { echo "$pid" >"$RUN/$c.pid"; } 2>/dev/null || true; echo "$pid"; fi
}

address() {
  case "$1" in
    kafka) echo "$HOST:$KAFKA_PORT (controller $HOST:$KAFKA_CONTROLLER_PORT)" ;;
    es) echo "http://$HOST:$ES_PORT (transport $HOST:$ES_TRANSPORT_PORT)" ;;
    prometheus) echo "http://$HOST:$PROMETHEUS_PORT" ;;
  esac
}

healthy() {
  case "$1" in
    kafka) "${PROBE[@]}" kafka "$HOST" "$KAFKA_PORT" 2>/dev/null ;;
    es) "${PROBE[@]}" es "http://$HOST:$ES_PORT" 2>/dev/null ;;
    prometheus) "${PROBE[@]}" http "http://$HOST:$PROMETHEUS_PORT/-/ready" 2>/dev/null ;;
  esac
}

port_of() {
  case "$1" in
    kafka) echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT" ;;
    es) echo "$ES_PORT $ES_TRANSPORT_PORT" ;;
    prometheus) echo "$PROMETHEUS_PORT" ;;
  esac
}

check_ports_free() {  # refuse to start next to someone else's server on our ports
  local c="$1" p
  for p in $(port_of "$c"); do
    if "${PROBE[@]}" port "$HOST" "$p" 2>/dev/null; then
      die "$c: port $HOST:$p is already in use by a process that is not this stack's ($VAR); stop it or set another port (see deploy/local/README.md)"
    fi
  done
}

log_files() {
  case "$1" in
    kafka) echo "$LOGS/kafka.log" ;;
    es) echo "$LOGS/es-launcher.log $LOGS/es.log" ;;
    prometheus) echo "$LOGS/prometheus.log" ;;
  esac
}

show_logs() {
  local f
  for f in $(log_files "$1"); do
    [[ -e "$f" ]] || continue
    printf '%s\n' "----- tail of $f -----" >&2
    tail -n "${CHIPWIRE_LOG_TAIL:-40}" "$f" >&2 || true
  done
}

rotate_log() {  # keep the previous run's log as .1
  [[ -f "$1" && ! -L "$1" ]] && mv -f "$1" "$1.1"
  return 0
}

# ---------------------------------------------------------------------------------------------
# Tools

find_java() {
  local j
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    j="$JAVA_HOME/bin/java"
  else
    j="$(command -v java || true)"
    [[ -n "$j" ]] || die "java not found (need Java 17+): install a JDK or set JAVA_HOME"
  fi
  JAVA="$(readlink -f "$j")"
  JAVA_HOME_DETECTED="$(dirname "$(dirname "$JAVA")")"
}

need_mvn() {
  command -v mvn >/dev/null || die "mvn not found: Maven is needed once to fetch Kafka/Elasticsearch into $CACHE"
}

mvn_run() {  # quiet maven; its output (errors included) goes to var/log/maven.log
  local rc=0
  mvn -q -B -Dstyle.color=never "$@" >"$LOGS/maven.log" 2>&1 || rc=$?
  if ((rc != 0)); then
    sed 's/\x1b\[[0-9;]*m//g' "$LOGS/maven.log" | tail -n 60 >&2
    die "maven failed (exit $rc; full output in $LOGS/maven.log)"
  fi
}

stamp_of() { cat "$@" | sha256sum | cut -c1-16; }

# ---------------------------------------------------------------------------------------------
# Fetch / build (each step is a no-op when its cache directory is complete for the same inputs)

fetch_kafka() {
  local dir="$CACHE/kafka-lib" stamp n
  stamp="$(stamp_of "$HERE/kafka/pom.xml")"
  [[ -f "$dir/.complete" && "$(cat "$dir/.complete")" == "$stamp" ]] && return 0
  need_mvn
  log "fetching Kafka jars into $dir (maven, first run only)"
  rm -rf "$dir" "$dir.tmp"
  mvn_run -f "$HERE/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$dir.tmp" -DincludeScope=runtime
  n="$(find "$dir.tmp" -name '*.jar' | wc -l)"
  ((n >= 50)) || die "Kafka fetch looks incomplete ($n jars in $dir.tmp)"
  echo "$stamp" >"$dir.tmp/.complete"
  mv "$dir.tmp" "$dir"
}

fetch_es() {
  local dir="$CACHE/es-dist" stamp
  stamp="$(stamp_of "$HERE/elasticsearch/dist/pom.xml")"
  [[ -f "$dir/.complete" && "$(cat "$dir/.complete")" == "$stamp" && -d "$ES_DIST/lib" ]] && return 0
  need_mvn
  log "fetching Elasticsearch $ES_VERSION into $dir (maven, first run only)"
  rm -rf "$dir" "$dir.tmp"
  mvn_run -f "$HERE/elasticsearch/dist/pom.xml" dependency:unpack-dependencies \
    -DoutputDirectory="$dir.tmp" -DmarkersDirectory="$dir.tmp/.markers"
  rm -rf "$dir.tmp/.markers"
  [[ -f "$dir.tmp/elasticsearch-$ES_VERSION/lib/elasticsearch-$ES_VERSION.jar" ]] \
    || die "Elasticsearch unpack looks incomplete: no elasticsearch-$ES_VERSION/lib in $dir.tmp"
  chmod +x "$dir.tmp/elasticsearch-$ES_VERSION/bin/"*  # zip entries may lose their modes
  chmod -R a+rX "$dir.tmp"  # readable by the unprivileged ES user
  echo "$stamp" >"$dir.tmp/.complete"
  mv "$dir.tmp" "$dir"
}

PLUGIN_SRC="$HERE/elasticsearch/analysis-plugin"
PLUGIN_OUT="$CACHE/es-plugin"

build_plugin() {
  local stamp lucene jar
  stamp="$( (echo "$ES_VERSION"; find "$PLUGIN_SRC" -type f \( -name '*.java' -o -name pom.xml \
    -o -name '*.properties' \) ! -path '*/target/*' | LC_ALL=C sort | xargs cat) | sha256sum | cut -c1-16)"
  [[ -f "$PLUGIN_OUT/.complete" && "$(cat "$PLUGIN_OUT/.complete")" == "$stamp" ]] && return 0
  need_mvn
  lucene="$(find "$ES_DIST/lib" -maxdepth 1 -name 'lucene-core-*.jar' -printf '%f\n' | sed 's/lucene-core-\(.*\)\.jar/\1/')"
  [[ -n "$lucene" ]] || die "no lucene-core jar in $ES_DIST/lib"
  log "building the chipwire-analysis ES plugin (ES $ES_VERSION, Lucene $lucene)"
  rm -rf "$PLUGIN_OUT"
  mvn_run -f "$PLUGIN_SRC/pom.xml" package -Dchipwire.build.dir="$PLUGIN_OUT/build" \
    -Des.version="$ES_VERSION" -Dlucene.version="$lucene"
  jar="$PLUGIN_OUT/build/chipwire-analysis.jar"
  [[ -f "$jar" ]] || die "plugin build produced no $jar"
  mkdir -p "$PLUGIN_OUT/chipwire-analysis"
  cp "$jar" "$PLUGIN_OUT/chipwire-analysis/"
  sed "s/^elasticsearch.version=.*/elasticsearch.version=$ES_VERSION/" \
    "$PLUGIN_SRC/plugin-descriptor.properties" >"$PLUGIN_OUT/chipwire-analysis/plugin-descriptor.properties"
  echo "$stamp" >"$PLUGIN_OUT/.complete"
}

plugin_installed() {  # es_home: is the built plugin what <es_home>/plugins holds?
  diff -rq "$PLUGIN_OUT/chipwire-analysis" "$1/plugins/chipwire-analysis" >/dev/null 2>&1
}

install_plugin() {  # es_home: copy the built plugin into <es_home>/plugins/chipwire-analysis
  local target="$1/plugins/chipwire-analysis"
  if plugin_installed "$1"; then return 0; fi
  rm -rf "$target"
  cp -r "$PLUGIN_OUT/chipwire-analysis" "$target"
  chmod -R a+rX "$target"
  return 1  # changed
}

# ---------------------------------------------------------------------------------------------
# Kafka

start_kafka() {
  local dir="$VAR/kafka" props cid
  props="$dir/server.properties"
  mkdir -p "$dir/data"
  if [[ ! -s "$dir/cluster.id" ]]; then "${PROBE[@]}" kafka-cluster-id >"$dir/cluster.id"; fi
  cid="$(cat "$dir/cluster.id")"
  cat >"$props" <<EOF
# generated by deploy/local/stack.sh on every start; edit the script, not this file
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=$PARTITIONS
default.replication.factor=1
min.insync.replicas=1
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=8
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=8
group.initial.rebalance.delay.ms=0
# after a kill -9 the old registration must expire before the broker can register again
broker.session.timeout.ms=4000
broker.heartbeat.interval.ms=1000
# small box: few threads, small log-cleaner buffer (faust changelogs are compacted)
num.network.threads=2
num.io.threads=4
background.threads=4
num.recovery.threads.per.data.dir=1
log.cleaner.threads=1
log.cleaner.dedupe.buffer.size=33554432
log.retention.hours=168
EOF
  cat >"$dir/log4j.properties" <<'EOF'
# stdout goes to var/log/kafka.log (redirected by stack.sh)
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.org.apache.kafka.clients=WARN
EOF
  write_tools_log4j
  rotate_log "$LOGS/kafka.log"
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    log "kafka: formatting KRaft storage (cluster id $cid)"
    kafka_tool kafka.tools.StorageTool format --ignore-formatted -t "$cid" -c "$props" \
      >>"$LOGS/kafka.log" 2>&1 || { show_logs kafka; die "kafka: storage format failed"; }
  fi
  check_ports_free kafka
  # setsid: detached from the caller's terminal/process group (Ctrl-C on `make up` keeps it).
  # shellcheck disable=SC2086
  (exec setsid "$JAVA" $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$dir/log4j.properties" -Dkafka.logs.dir="$LOGS" \
    -cp "$CACHE/kafka-lib/*" kafka.Kafka "$props") >>"$LOGS/kafka.log" 2>&1 </dev/null 9>&- &
  echo $! >"$RUN/kafka.pid"
  log "kafka: started (pid $!)"
}

write_tools_log4j() {
  mkdir -p "$VAR/kafka"
  cat >"$VAR/kafka/tools-log4j.properties" <<'EOF'
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
}

kafka_tool() {  # main-class args...: a short-lived Kafka CLI JVM tuned for fast startup
  "$JAVA" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
    -Dlog4j.configuration="file:$VAR/kafka/tools-log4j.properties" \
    -cp "$CACHE/kafka-lib/*" "$@"
}

create_topics() {
  local existing t name pids=() failed=0 i=0
  existing="$("${PROBE[@]}" kafka-topics "$HOST" "$KAFKA_PORT")" || die "kafka: cannot list topics"
  for t in "${TOPICS[@]}"; do
    name="$TOPIC_PREFIX$t"
    grep -qxF -- "$name" <<<"$existing" && continue
    # TopicCommand takes one topic per JVM: run them side by side.
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" \
      --create --if-not-exists --topic "$name" --partitions "$PARTITIONS" \
      --replication-factor 1 >"$RUN/topic.$i.out" 2>&1 &
    pids+=("$!:$name:$i")
    i=$((i + 1))
  done
  for t in "${pids[@]+"${pids[@]}"}"; do
    if ! wait "${t%%:*}"; then
      failed=1
      warn "kafka: creating topic $(cut -d: -f2 <<<"$t") failed:"
      cat "$RUN/topic.${t##*:}.out" >&2
    fi
  done
  rm -f "$RUN"/topic.*.out
  ((failed == 0)) || die "kafka: topic creation failed"
  if ((${#pids[@]})); then log "kafka: created ${#pids[@]} topic(s) with $PARTITIONS partitions"; fi
  log "kafka: topics ready: ${TOPICS[*]/#/$TOPIC_PREFIX}"
}

# ---------------------------------------------------------------------------------------------
# Elasticsearch
#
# ES refuses to run as root. As root we run it as the system user $ES_USER via setpriv; that user
# must be able to read the distribution and write ES's config/data/logs. Normally all of it stays
# under $VAR (cache/es-dist and es/), which works when every directory above $VAR is
# world-traversable (o+x; true for /work, /tmp, /home/* clones). When it is not (say a checkout
# under /root, mode 700) we do NOT loosen the permissions of the user's directories; instead ES's
# whole runtime moves to /var/lib/chipwire-es/<hash of $VAR>/ (a hard-linked copy of the dist plus
# config/data/logs) and $VAR/es becomes a symlink to it, so var/es and var/log/es.log still work.

ES_RUNAS=()
ES_HOME="$ES_DIST"

as_es_user() { "${ES_RUNAS[@]+"${ES_RUNAS[@]}"}" "$@"; }

prepare_es_dirs() {
  local base fb
  base="$(es_base)"
  ES_HOME="$ES_DIST"
  if ((EUID != 0)); then
    mkdir -p "$base"/{config,data,logs,tmp,run}
    return 0
  fi
  id -u "$ES_USER" >/dev/null 2>&1 \
    || useradd -r -M -d /nonexistent -s /usr/sbin/nologin "$ES_USER" \
    || die "cannot create system user $ES_USER for Elasticsearch (ES refuses to run as root)"
  ES_RUNAS=(setpriv "--reuid=$ES_USER" "--regid=$ES_USER" --init-groups)
  mkdir -p "$base"
  chown "$ES_USER:$ES_USER" "$base" 2>/dev/null || true
  if as_es_user test -r "$ES_DIST/lib/elasticsearch-$ES_VERSION.jar" -a -w "$base/" -a -x "$base/"; then
    :
  else
    fb="/var/lib/chipwire-es/$(printf %s "$VAR" | sha256sum | cut -c1-12)"
    warn "es: $VAR is not reachable by user $ES_USER; running ES from $fb (var/es links there)"
    mkdir -p /var/lib/chipwire-es "$fb"
    chmod 755 /var/lib/chipwire-es "$fb"
    if [[ "$base" != "$fb" ]]; then
      cp -a "$base/." "$fb/" && rm -rf "$base"
    fi
    ln -sfn "$fb" "$VAR/es"
    base="$fb"
    # Hard links need no access to the original path; fall back to a real copy across filesystems.
    if [[ "$(cat "$fb/dist.stamp" 2>/dev/null)" != "$(cat "$CACHE/es-dist/.complete")" ]]; then
      rm -rf "$fb/dist"
      mkdir -p "$fb/dist"
      cp -al "$ES_DIST" "$fb/dist/" 2>/dev/null || { rm -rf "$fb/dist"; mkdir -p "$fb/dist"; cp -a "$ES_DIST" "$fb/dist/"; }
      cat "$CACHE/es-dist/.complete" >"$fb/dist.stamp"
    fi
    ES_HOME="$fb/dist/elasticsearch-$ES_VERSION"
  fi
  mkdir -p "$base"/{config,data,logs,tmp,run}
  find "$base/" \( ! -user "$ES_USER" -o ! -group "$ES_USER" \) -exec chown -h "$ES_USER:$ES_USER" {} + 2>/dev/null || true
  as_es_user test -r "$ES_HOME/lib/elasticsearch-$ES_VERSION.jar" -a -w "$base/data" \
    || die "es: user $ES_USER cannot read $ES_HOME or write $base/data"
}

write_es_config() {
  local base conf
  base="$(es_base)"
  conf="$base/config"
  cp "$ES_HOME/config/log4j2.properties" "$conf/"
  # The dist's jvm.options writes gc.log / hs_err files relative to the working directory.
  sed -e "s#file=gc.log#file=$base/logs/gc.log#" \
    -e "s#filecount=32,filesize=64m#filecount=4,filesize=16m#" \
    -e "s#ErrorFile=hs_err_pid%p.log#ErrorFile=$base/logs/hs_err_pid%p.log#" \
    "$ES_HOME/config/jvm.options" >"$conf/jvm.options"
  echo "-XX:HeapDumpPath=$base/logs" >>"$conf/jvm.options"
  mkdir -p "$conf/jvm.options.d"
  cat >"$conf/elasticsearch.yml" <<EOF
# generated by deploy/local/stack.sh on every start; edit the script, not this file
cluster.name: chipwire-local
node.name: chipwire-local-1
path.data: $base/data
path.logs: $base/logs
network.host: $HOST
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
action.destructive_requires_name: false
# a full-ish dev disk must not turn indices read-only
cluster.routing.allocation.disk.threshold_enabled: false
# a 512m heap trips the real-memory breaker on bulk loads; the per-request breakers still apply
indices.breaker.total.use_real_memory: false
EOF
  if ((EUID == 0)); then chown -R "$ES_USER:$ES_USER" "$conf"; fi
}

ES_LAUNCHER_PID=""

start_es() {
  local base
  base="$(es_base)"
  if ! install_plugin "$ES_HOME"; then log "es: installed plugin chipwire-analysis into $ES_HOME/plugins"; fi
  write_es_config
  rm -f "$base/run/es.pid" "$RUN/es.pid"
  rotate_log "$LOGS/es-launcher.log"
  ln -sfn "$base/logs/chipwire-local.log" "$LOGS/es.log"
  check_ports_free es
  # -d: the launcher JVM exits once the server is up, so only the server JVM stays resident;
  # -p: the server writes its pid. env -i keeps JAVA_TOOL_OPTIONS & co. out of ES.
  (cd "$base" && exec setsid "${ES_RUNAS[@]+"${ES_RUNAS[@]}"}" env -i PATH=/usr/local/bin:/usr/bin:/bin \
    HOME="$base" LANG=C.UTF-8 ES_JAVA_HOME="$JAVA_HOME_DETECTED" ES_PATH_CONF="$base/config" \
    ES_TMPDIR="$base/tmp" ES_JAVA_OPTS="-Xms$ES_HEAP -Xmx$ES_HEAP -XX:-AlwaysPreTouch ${ES_EXTRA_JAVA_OPTS:-}" \
    "$ES_HOME/bin/elasticsearch" -d -p "$base/run/es.pid") >>"$LOGS/es-launcher.log" 2>&1 </dev/null 9>&- &
  ES_LAUNCHER_PID=$!
  log "es: starting Elasticsearch $ES_VERSION (heap $ES_HEAP)"
}

# ---------------------------------------------------------------------------------------------
# Prometheus

find_prometheus() {
  PROM_BIN="${PROMETHEUS_BIN:-$(command -v prometheus || true)}"
  [[ -n "$PROM_BIN" && -x "$PROM_BIN" ]] || die "prometheus binary not found: install Debian's package (apt-get install -y prometheus) or set PROMETHEUS_BIN"
}

sync_prometheus_config() {  # copy deploy/prometheus/*.yml; prints "changed" when it did
  local dst="$VAR/prometheus/config" tmp f
  tmp="$(mktemp -d "$VAR/prometheus/config.new.XXXX")"
  cp "$REPO"/deploy/prometheus/*.yml "$tmp/"
  sed -i "s#\"127.0.0.1:9090\"#\"$HOST:$PROMETHEUS_PORT\"#" "$tmp/prometheus.local.yml"
  if diff -rq "$tmp" "$dst" >/dev/null 2>&1; then
    rm -rf "$tmp"
  else
    rm -rf "$dst"
    mv "$tmp" "$dst"
    echo changed
  fi
}

start_prometheus() {
  mkdir -p "$VAR/prometheus/data"
  sync_prometheus_config >/dev/null
  rotate_log "$LOGS/prometheus.log"
  check_ports_free prometheus
  (exec setsid "$PROM_BIN" --config.file="$VAR/prometheus/config/prometheus.local.yml" \
    --storage.tsdb.path="$VAR/prometheus/data" --storage.tsdb.retention.time=7d \
    --web.listen-address="$HOST:$PROMETHEUS_PORT" --web.enable-lifecycle) \
    >>"$LOGS/prometheus.log" 2>&1 </dev/null 9>&- &
  echo $! >"$RUN/prometheus.pid"
  log "prometheus: started (pid $!)"
}

reload_prometheus_if_changed() {
  mkdir -p "$VAR/prometheus"
  if [[ "$(sync_prometheus_config)" == changed ]]; then
    log "prometheus: config changed, reloading"
    "$PY" -c 'import sys,urllib.request as u; u.urlopen(u.Request(sys.argv[1], method="POST"), timeout=10)' \
      "http://$HOST:$PROMETHEUS_PORT/-/reload" || warn "prometheus: reload failed (see $LOGS/prometheus.log)"
  fi
}

# ---------------------------------------------------------------------------------------------
# Waiting

wait_healthy() {  # component start_epoch
  local c="$1" t0="$2" pid rc
  while true; do
    if healthy "$c"; then
      if [[ "$c" == es ]]; then
        pid="$(tr -dc 0-9 <"$(es_base)/run/es.pid" 2>/dev/null || true)"
        is_ours "$pid" es && echo "$pid" >"$RUN/es.pid"
      fi
      log "$c: healthy at $(address "$c") after $(($(date +%s) - t0))s"
      return 0
    fi
    if [[ "$c" == es && -n "$ES_LAUNCHER_PID" ]] && ! kill -0 "$ES_LAUNCHER_PID" 2>/dev/null; then
      rc=0
      wait "$ES_LAUNCHER_PID" || rc=$?
      ES_LAUNCHER_PID=""
      ((rc == 0)) || { show_logs es; die "es: the Elasticsearch launcher exited with status $rc"; }
    fi
    if [[ -z "$(component_pid "$c")" && ! ("$c" == es && -n "$ES_LAUNCHER_PID") ]]; then
      show_logs "$c"
      die "$c: process exited before becoming healthy"
    fi
    if (($(date +%s) - t0 > UP_TIMEOUT)); then
      show_logs "$c"
      die "$c: not healthy after ${UP_TIMEOUT}s (still running; 'stack.sh down' stops it)"
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------------------------------------
# Commands

lock() {  # fd 9 holds the lock; the servers we start must not inherit it (see 9>&-)
  mkdir -p "$RUN" "$LOGS"
  exec 9>"$RUN/.stack.lock"
  flock -w 900 9 || die "another stack.sh is running (lock $RUN/.stack.lock)"
}

lock_briefly() {  # down must also work while an `up` elsewhere is waiting for health
  mkdir -p "$RUN" "$LOGS"
  exec 9>"$RUN/.stack.lock"
  flock -w 5 9 || warn "another stack.sh (probably up) holds the lock; stopping anyway"
}

cmd_up() {
  local t0 c started=() es_pids=()
  t0="$(date +%s)"
  lock
  command -v "$PY" >/dev/null || die "$PY not found (needed for health probes)"
  command -v setsid >/dev/null || die "setsid not found (util-linux)"
  find_java
  find_prometheus
  fetch_kafka
  fetch_es
  build_plugin

  if [[ -n "$(component_pid es)" ]]; then
    prepare_es_dirs
    if ! plugin_installed "$ES_HOME"; then
      log "es: the chipwire-analysis plugin changed: restarting Elasticsearch to load it"
      mapfile -t es_pids < <(find_pids es any)
      stop_pids es "${es_pids[@]+"${es_pids[@]}"}"
      start_es
      started+=(es)
    fi
  else
    prepare_es_dirs
    start_es
    started+=(es)
  fi
  if [[ -z "$(component_pid kafka)" ]]; then start_kafka; started+=(kafka); fi
  if [[ -n "$(component_pid prometheus)" ]]; then
    reload_prometheus_if_changed
  else
    start_prometheus
    started+=(prometheus)
  fi

  wait_healthy kafka "$t0"
  create_topics
  wait_healthy es "$t0"
  wait_healthy prometheus "$t0"
  if ((${#started[@]})); then
    log "up: started ${started[*]} in $(($(date +%s) - t0))s"
  else
    log "up: everything was already running ($(($(date +%s) - t0))s)"
  fi
}

stop_pids() {  # label pid...: SIGTERM (if label given), wait up to STOP_TIMEOUT, then SIGKILL
  local label="$1" p deadline
  shift
  if [[ -n "$label" ]]; then
    for p in "$@"; do kill -TERM "$p" 2>/dev/null && log "$label: SIGTERM to pid $p"; done
  fi
  deadline=$(($(date +%s) + STOP_TIMEOUT))
  for p in "$@"; do
    while [[ -d /proc/$p && -n "$(cmdline "$p")" ]] && (($(date +%s) < deadline)); do sleep 0.5; done
    if [[ -d /proc/$p && -n "$(cmdline "$p")" ]]; then
      warn "pid $p did not stop within ${STOP_TIMEOUT}s: SIGKILL"
      kill -KILL "$p" 2>/dev/null || true
    fi
  done
  return 0
}

cmd_down() {
  local c p pids=()
  lock_briefly
  for c in prometheus kafka es; do
    # Everything carrying our marker (includes an ES launcher still starting up).
    for p in $(find_pids "$c" any); do
      kill -TERM "$p" 2>/dev/null && pids+=("$p") && log "$c: SIGTERM to pid $p"
    done
  done
  stop_pids "" "${pids[@]+"${pids[@]}"}"
  rm -f "$RUN"/{kafka,es,prometheus}.pid "$(es_base)/run/es.pid"
  if ((${#pids[@]})); then log "down: stopped"; else log "down: nothing was running"; fi
}

cmd_status() {  # informational: always exits 0
  local c pid state
  set +e
  for c in "${COMPONENTS[@]}"; do
    pid="$(component_pid "$c" 2>/dev/null || true)"
    if [[ -n "$pid" ]]; then
      if healthy "$c"; then state="running"; else state="running (not answering yet)"; fi
      printf '%-11s %-27s pid %-8s %s\n' "$c" "$state" "$pid" "$(address "$c")"
    elif [[ "$c" == es && -n "$(find_pids es any)" ]]; then
      pid="$(find_pids es any)"
      pid="${pid%%$'\n'*}"
      printf '%-11s %-27s pid %-8s %s\n' "$c" "starting (launcher)" "$pid" "$(address "$c")"
    else
      printf '%-11s %-27s pid %-8s %s\n' "$c" "stopped" "-" "$(address "$c")"
    fi
  done
  return 0
}

cmd_topics() {
  lock
  find_java
  [[ -f "$CACHE/kafka-lib/.complete" ]] || die "Kafka jars are missing; run 'stack.sh up' first"
  healthy kafka || die "kafka is not answering on $HOST:$KAFKA_PORT; run 'stack.sh up' first"
  write_tools_log4j
  create_topics
}

cmd_reset() {
  local target=""
  cmd_down
  [[ -L "$VAR/es" ]] && target="$(readlink -f "$VAR/es")"
  rm -rf "$VAR/kafka" "$VAR/es" "$VAR/prometheus" "$LOGS"
  [[ -n "$target" && "$target" == /var/lib/chipwire-es/* ]] && rm -rf "$target"
  rm -f "$RUN"/*.pid
  log "reset: removed data and logs under $VAR (kept $CACHE)"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  topics) cmd_topics ;;
  reset) cmd_reset ;;
  *)
    echo "usage: $0 up|down|status|topics|reset" >&2
    exit 2
    ;;
esac
