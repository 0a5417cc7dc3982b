# shellcheck shell=bash
# shellcheck disable=SC2034  # globals read by scripts/test, which sources this file
# Reading test runners' output for scripts/test: terminal filters that hide the noise,
# and counters that turn a stage's log into passed/failed numbers.
#
# The counters set COUNT_PASSED, COUNT_FAILED and COUNT_NOTE. A stage that exited
# non-zero always counts at least one failure, and one that crashed before its runner
# printed a closing line counts as 1 failed, so the summary never hides a failure.

# strip_ansi FILE: the file without colour codes, for reliable matching.
strip_ansi() {
    sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1"
}

# filter_swift_build: show diagnostics and a progress line every 100 steps; hide the
# hundreds of "Compiling ..." lines and the package-fetching chatter.
filter_swift_build() {
    awk '
        # A dependency shipping a stray CMakeLists.txt is not ours to fix: skip the
        # warning and the indented file name under it.
        /warning: .*found [0-9]+ file\(s\) which are unhandled/ { skipping = 1; next }
        skipping && /^    / { next }
        { skipping = 0 }
        /error:|warning:/ { print; fflush(); next }
        /^(Fetching|Fetched|Cloning|Cloned|Computing|Computed|Creating working copy|Working copy of|Updating|Updated) / { next }
        /^\[[0-9]+\/[0-9]+\]/ {
            split(substr($1, 2, length($1) - 2), step, "/")
            if ((step[1] > 0 && step[1] % 100 == 0) || step[1] == step[2]) { print; fflush() }
            next
        }
        { print; fflush() }
    '
}

# filter_swift_test: Swift Testing prints two lines per passing test; show only what
# matters (issues, failures, skips, the closing line) and the empty XCTest harness.
filter_swift_test() {
    awk '
        /Test run with [0-9]+ test/ { print; fflush(); next }
        /(Test|Suite) .* started\./ { next }
        /(Test|Suite) .* passed after / { next }
        /Passing [0-9]+ arguments? / { next }
        /Test Suite .* (started|passed) at / { next }
        /Executed 0 tests, with 0 failures/ { next }
        { print; fflush() }
    '
}

# count_swift_testing LOG EXIT_STATUS: count a `swift test` run (Swift Testing, plus
# XCTest if any XCTest cases exist).
count_swift_testing() {
    local log=$1 rc=$2 text closing total=0 failed=0 skipped=0 reported=0
    text=$(strip_ansi "$log")

    # Swift Testing: "✔ Test run with 123 tests in 12 suites passed after 4.5 seconds."
    #            or  "✘ Test run with 123 tests in 12 suites failed after 4.5 seconds with 2 issues."
    closing=$(grep -E 'Test run with [0-9]+ tests? ' <<<"$text" | tail -n 1 || true)
    if [[ -n $closing ]]; then
        reported=1
        total=$(sed -E 's/.*Test run with ([0-9]+) tests? .*/\1/' <<<"$closing")
        # One "Test NAME failed after" line per failing test function (suites say "Suite").
        failed=$(grep -E '^[^[:alnum:]]*Test .+ failed after ' <<<"$text" | grep -vc 'Test run with' || true)
        skipped=$(grep -cE '^[^[:alnum:]]*Test .+ skipped(\.|:)' <<<"$text" || true)
    fi

    # XCTest, if the package has any: the last "Executed N tests, with F failures" line
    # is the overall one.
    local xctest xc_total xc_failed
    xctest=$(grep -E 'Executed [0-9]+ tests?, with [0-9]+ failures?' <<<"$text" | tail -n 1 || true)
    if [[ -n $xctest ]]; then
        reported=1
        xc_total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$xctest")
        xc_failed=$(sed -E 's/.*with ([0-9]+) failures?.*/\1/' <<<"$xctest")
        total=$((total + xc_total))
        failed=$((failed + xc_failed))
    fi

    finish_count "$reported" "$rc" "$((total - failed - skipped))" "$failed" "$skipped" "swift test"
}

# count_pytest LOG EXIT_STATUS: count from pytest's closing line,
# e.g. "3 failed, 12 passed, 1 skipped in 9.81s".
count_pytest() {
    local log=$1 rc=$2 text closing passed=0 failed=0 errors=0 skipped=0 reported=0
    text=$(strip_ansi "$log")
    closing=$(grep -E '([0-9]+ (passed|failed|errors?|skipped)|no tests ran).* in [0-9.]+s' <<<"$text" | tail -n 1 || true)
    if [[ -n $closing ]]; then
        reported=1
        passed=$(grep -oE '[0-9]+ passed' <<<"$closing" | grep -oE '[0-9]+' || echo 0)
        failed=$(grep -oE '[0-9]+ failed' <<<"$closing" | grep -oE '[0-9]+' || echo 0)
        errors=$(grep -oE '[0-9]+ errors?' <<<"$closing" | grep -oE '[0-9]+' || echo 0)
        skipped=$(grep -oE '[0-9]+ skipped' <<<"$closing" | grep -oE '[0-9]+' || echo 0)
    fi
    finish_count "$reported" "$rc" "$passed" "$((failed + errors))" "$skipped" "pytest"
}

# finish_count REPORTED EXIT_STATUS PASSED FAILED SKIPPED RUNNER: apply the rules above.
finish_count() {
    local reported=$1 rc=$2 passed=$3 failed=$4 skipped=$5 runner=$6
    ((passed < 0)) && passed=0
    COUNT_NOTE=""
    if ((reported == 0)); then
        failed=$((failed + 1))
        COUNT_NOTE="$runner ended (exit status $rc) without reporting results"
    elif ((rc != 0 && failed == 0)); then
        failed=1
        COUNT_NOTE="$runner exited with status $rc"
    fi
    if ((skipped > 0)); then
        COUNT_NOTE="${COUNT_NOTE:+$COUNT_NOTE; }$skipped skipped"
    fi
    COUNT_PASSED=$passed
    COUNT_FAILED=$failed
}
