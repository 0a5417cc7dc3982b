# shellcheck shell=bash
# shellcheck disable=SC2034  # globals read by scripts/test, which sources this file
# Small helpers for scripts/test: output, results, ports, processes, packages.

if [[ -t 1 ]]; then
    BOLD=$'\e[1m' RED=$'\e[31m' GREEN=$'\e[32m' DIM=$'\e[2m' RESET=$'\e[0m'
else
    BOLD="" RED="" GREEN="" DIM="" RESET=""
fi

# banner STEP TOTAL TEXT: a visible line before each stage, with the time of day so a
# slow stage stands out in CI logs.
banner() {
    printf '\n%s==> [%s/%s] %s%s %s(%s)%s\n' "$BOLD" "$1" "$2" "$3" "$RESET" "$DIM" "$(date +%H:%M:%S)" "$RESET"
}

note() {
    printf '    %s\n' "$*"
}

# fail_with_log MESSAGE LOG: say what failed and show the end of its log.
fail_with_log() {
    printf '%sscripts/test: %s%s\n' "$RED" "$1" "$RESET" >&2
    if [[ -s $2 ]]; then
        printf -- '--- last lines of %s ---\n' "$2" >&2
        tail -n 40 "$2" >&2
        printf -- '--- end of %s ---\n' "$2" >&2
    fi
}

# --- results ------------------------------------------------------------------------------

RESULT_ROWS=()
TOTAL_PASSED=0
TOTAL_FAILED=0

# record_result NAME PASSED FAILED SECONDS NOTE
# PASSED or FAILED may be "-" for a step that runs no tests (setup, build) or did not run.
record_result() {
    local name=$1 passed=$2 failed=$3 seconds=$4 note=${5:-}
    local verdict="${GREEN}ok${RESET}     " counts
    if [[ $failed == - ]]; then
        verdict="${DIM}not run${RESET}"
    elif ((failed > 0)); then
        verdict="${RED}FAILED${RESET} "
    fi
    [[ $passed == - ]] || TOTAL_PASSED=$((TOTAL_PASSED + passed))
    [[ $failed == - ]] || TOTAL_FAILED=$((TOTAL_FAILED + failed))
    # The row deliberately does not read "N passed, M failed" on its own: only the last
    # line of the run should look like a closing line to anything reading this output.
    if [[ $passed == - ]]; then
        counts=$(printf '%26s' "")
    else
        counts=$(printf '%5s passed %4s failed  ' "$passed" "$failed")
    fi
    RESULT_ROWS+=("$(printf '  %-12s %s  %s%5ss  %s' "$name" "$verdict" "$counts" "$seconds" "$note")")
}

print_summary() {
    SUMMARY_PRINTED=1
    printf '\n%s==> results%s %s(full logs in %s)%s\n' "$BOLD" "$RESET" "$DIM" "${LOG_DIR#"$ROOT"/}" "$RESET"
    local row
    for row in "${RESULT_ROWS[@]}"; do
        printf '%s\n' "$row"
    done
    printf 'summary: %d passed, %d failed\n' "$TOTAL_PASSED" "$TOTAL_FAILED"
}

# --- packages, ports, processes ---------------------------------------------------------

# deb_installed PACKAGE: true when dpkg has PACKAGE fully installed.
deb_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true) == "install ok installed" ]]
}

# free_port START: print the first TCP port from START upwards that is free on 127.0.0.1.
free_port() {
    python3 - "$1" <<'PY'
import socket, sys

start = int(sys.argv[1])
for port in range(start, start + 500):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    break
else:
    sys.exit(f"no free port between {start} and {start + 499}")
PY
}

# http_ok URL: true when GET URL answers 200.
http_ok() {
    python3 - "$1" <<'PY' 2>/dev/null
import sys, urllib.request

try:
    with urllib.request.urlopen(sys.argv[1], timeout=2) as response:
        sys.exit(0 if response.status == 200 else 1)
except Exception:
    sys.exit(1)
PY
}

# stop_process PID: ask politely (SIGTERM), then insist after 10 seconds.
stop_process() {
    local pid=$1 waited=0
    kill "$pid" 2>/dev/null || return 0
    while kill -0 "$pid" 2>/dev/null && ((waited < 20)); do
        sleep 0.5
        waited=$((waited + 1))
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
