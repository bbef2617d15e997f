#!/usr/bin/env bash
# Runs one benchmark (ARCHITECTURE.md §8) against the fake Ollama on loopback. Prints one JSON object per metric on
# stdout; progress goes to stderr. Usage: bench/run.sh startup|chat|analytics|cards|automation
# Environment: BENCH_RUNS (default 5, after one warm-up; 3 for cards), BENCH_REBUILD=1 forces the packaged app-image
# rebuild. Cards bench: BENCH_CARDS_PEER_10K=false skips promptfoo's 10,000-test run, BENCH_CARDS_AURA=CMD runs
# another aura launcher (e.g. the packaged app-image's bin/aura), BENCH_CARDS_AURA_ARGS adds options to aura's command
# and AURA_JAVA_OPTS (read by ./aura) adds JVM options.
set -euo pipefail
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
OUT="$ROOT/bench/out"
RUNS=${BENCH_RUNS:-5}
PROMPTFOO_VERSION=0.121.20
log() { echo "bench: $*" >&2; }

usage() { echo "usage: bench/run.sh NAME   (benchmarks: startup, chat, analytics, cards, automation)" >&2; exit 2; }
[ $# -eq 1 ] || usage
BENCH=$1
case "$BENCH" in startup|chat|analytics|automation) ;; cards) RUNS=${BENCH_RUNS:-3} ;; *) usage ;; esac

pick_java() {
  for dir in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25*; do
    if [ -n "$dir" ] && [ -x "$dir/bin/javac" ] && "$dir/bin/java" -version 2>&1 | grep -Eq '"(2[5-9]|[3-9][0-9])[."]'; then
      echo "$dir"; return
    fi
  done
  echo "bench: no JDK 25 found; install Temurin 25 and set JAVA_HOME." >&2; exit 1
}
JAVA_HOME=$(pick_java); export JAVA_HOME

# Xvfb gives the window a real X display (not JavaFX's headless platform); GTK 3 is what JavaFX's glass needs on X.
ensure_packages() {
  local missing=""
  command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
  command -v hyperfine >/dev/null 2>&1 || missing="$missing hyperfine"
  dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || missing="$missing libgtk-3-0"
  [ -z "$missing" ] && return
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing$missing"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing; } >&2 \
      || log "could not install$missing (hyperfine is optional; the bench times CLI runs itself without it)"
  fi
  command -v Xvfb >/dev/null 2>&1 || { log "Xvfb is missing: install the xvfb package and run again."; exit 1; }
}

# The cards bench needs no display: GNU time (peak RSS) and Node 20+ with npm (promptfoo) instead.
ensure_cards_tools() {
  if [ ! -x /usr/bin/time ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing time"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >&2 || true
  fi
  [ -x /usr/bin/time ] || { log "GNU time (/usr/bin/time) is missing: install the time package and run again."; exit 1; }
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || { log "Node.js 20 or newer with npm is needed for promptfoo: install it and run again."; exit 1; }
  local major; major=$(node -v | sed 's/^v\([0-9]*\).*/\1/')
  [ "$major" -ge 20 ] || { log "promptfoo $PROMPTFOO_VERSION needs Node.js 20 or newer, found $(node -v): upgrade it and run again."; exit 1; }
}

# promptfoo in a cache folder of its own, installed once and reused while its version matches.
install_promptfoo() {
  PF_DIR="$OUT/cache/promptfoo"
  PROMPTFOO="$PF_DIR/node_modules/.bin/promptfoo"
  if [ -x "$PROMPTFOO" ] && grep -q "\"version\": \"$PROMPTFOO_VERSION\"" "$PF_DIR/node_modules/promptfoo/package.json"; then
    return
  fi
  log "installing promptfoo@$PROMPTFOO_VERSION with npm into $PF_DIR"
  mkdir -p "$PF_DIR"
  npm install --prefix "$PF_DIR" --no-audit --no-fund --loglevel=error "promptfoo@$PROMPTFOO_VERSION" >&2 \
    || { log "npm could not install promptfoo@$PROMPTFOO_VERSION (offline?); see the npm output above."; exit 1; }
}

build() {
  log "building the app (./mvnw package -pl app -am)"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package -pl app -am) >&2
  LAUNCHER="$ROOT/packaging/target/app-image/aura/bin/aura"
  if [ "$BENCH" = startup ] && { [ "${BENCH_REBUILD:-0}" = 1 ] || [ ! -x "$LAUNCHER" ] \
     || [ -n "$(find "$ROOT/app/target/aura-app.jar" "$ROOT/app/target/lib" -newer "$LAUNCHER" -print -quit)" ]; }; then
    log "building the packaged app-image (-Ppackage, app-image only)"
    (cd "$ROOT" && ./mvnw -B -q -Ppackage -DskipTests -Daura.package.types=app-image package -pl packaging -am) >&2
  fi
  CORE_TESTS=$(ls "$ROOT"/core/target/aura-core-*-tests.jar | head -n 1)
  CLASSPATH_BENCH="$OUT/classes:$CORE_TESTS:$ROOT/app/target/lib/*"
  rm -rf "$OUT/classes"
  "$JAVA_HOME/bin/javac" -d "$OUT/classes" -cp "$CORE_TESTS:$ROOT/app/target/lib/*" \
    $(find "$ROOT/bench/src" -name '*.java') >&2
}

start_xvfb() {
  local n
  for n in $(seq 99 140); do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
      Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
      XVFB_PID=$!
      trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
      for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
      export DISPLAY=":$n"
      return
    fi
  done
  log "no free X display number between :99 and :140"; exit 1
}

# The automation bench needs no display nor other tools (its window bench runs in JavaFX's headless platform).
if [ "$BENCH" = cards ]; then ensure_cards_tools; elif [ "$BENCH" != automation ]; then ensure_packages; fi
mkdir -p "$OUT"
build
log "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# JavaFX's own headless platform (as the UI tests: no X server, software rendering), with the JVM options of the
# window launcher (./aura).
FX_HEADLESS="-Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
run_java() { "$JAVA_HOME/bin/java" -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" -cp "$CLASSPATH_BENCH" "$@"; }
case "$BENCH" in
  startup)
    start_xvfb
    rm -rf "$OUT/startup"
    "$JAVA_HOME/bin/java" -cp "$CLASSPATH_BENCH" dev.aura.bench.StartupBench "$LAUNCHER" "$ROOT/aura" "$OUT/startup" "$RUNS"
    ;;
  chat)
    # the window profile in $OUT/chat/window is generated once and reused (delete it to regenerate)
    rm -rf "$OUT/chat/save"; mkdir -p "$OUT/chat"
    log "chat: saving streamed answers (1st vs 5,000th message)"
    run_java -Xmx512m dev.aura.bench.chat.SaveCostBench "$OUT/chat/save"
    log "chat: full-text search over 1,000,000 messages"
    run_java -Xmx1g dev.aura.bench.chat.SearchBench "$OUT/chat/search"
    log "chat: streaming a 20,000-token Markdown answer"
    run_java $FX_HEADLESS dev.aura.bench.chat.StreamingBench
    log "chat: a 5,000-message conversation and 10,000 conversations in the window"
    run_java dev.aura.bench.chat.ChatBenchData "$OUT/chat/window"
    run_java $FX_HEADLESS dev.aura.bench.chat.ChatWindowBench "$OUT/chat/window"
    ;;
  analytics)
    # the generated profile in $OUT/analytics/profile is reused on the same day (delete it to regenerate)
    mkdir -p "$OUT/analytics"
    log "analytics: what recording a call adds to it"
    run_java -Xmx256m dev.aura.bench.analytics.RecorderBench
    log "analytics: 1,000,000 calls over 90 days"
    run_java -Xmx1g dev.aura.bench.analytics.AnalyticsBenchData "$OUT/analytics"
    run_java -Xmx512m dev.aura.bench.analytics.AnalyticsServiceBench "$OUT/analytics"
    log "analytics: the dashboard in the window"
    run_java $FX_HEADLESS dev.aura.bench.analytics.AnalyticsWindowBench "$OUT/analytics"
    run_java $FX_HEADLESS dev.aura.bench.analytics.AnalyticsWindowBench "$OUT/analytics" memory
    ;;
  cards)
    install_promptfoo
    log "cards: promptfoo $PROMPTFOO_VERSION on Node $(node -v); aura through ./aura"
    # ./aura rebuilds when sources are newer than its stamp: the build above is that build. Its CLI class-data
    # archive is recreated by the first CLI run, so the bench's warm-up (a cards test run) is what trains it.
    touch "$ROOT/app/target/.aura-built"
    rm -f "$ROOT/app/target/aura-cli.jsa"
    rm -rf "$OUT/cards/aura-home" "$OUT/cards/promptfoo-config" "$OUT/cards/runs"
    run_java -Xmx512m dev.aura.bench.cards.CardsBench "$OUT/cards" "${BENCH_CARDS_AURA:-$ROOT/aura}" "$PROMPTFOO" \
      "$RUNS" "${BENCH_CARDS_PEER_10K:-true}"
    ;;
  automation)
    # the history in $OUT/automation/history is generated once and reused (delete it to regenerate)
    rm -rf "$OUT/automation/engine"; mkdir -p "$OUT/automation"
    log "automation: engine overhead of 10,000 no-op steps, bare and recorded into the run history"
    run_java -Xmx512m dev.aura.bench.automation.EngineBench "$OUT/automation/engine"
    log "automation: 100,000 runs and a run of 1,000 steps, each figure opened in fresh JVMs"
    run_java -Xmx1g dev.aura.bench.automation.HistoryBenchData "$OUT/automation/history"
    run_java dev.aura.bench.automation.HistoryOpenBench "$OUT/automation/history" "$RUNS"
    log "automation: the Runs pane over that history in the window (JavaFX headless), fresh panes in one JVM"
    run_java $FX_HEADLESS dev.aura.bench.automation.RunsWindowBench "$OUT/automation/history" "$RUNS"
    ;;
esac
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
