"""Summarizes the JSON lines scripts/bench collected (one per program run, each tagged with its
round) into one table: per measure the median of Chime Admin's figure, the median of the peer's,
the median over the rounds of the per-round ratio, the target, and PASS or MISS. With --write,
also writes the table with the machine it ran on to a Markdown file (BENCHMARKS.md).

It exits non-zero only when a program's figures are missing; a missed target is reported, never
an error (there are no timed assertions)."""
import argparse
import datetime
import json
import math
import os
import platform
import statistics
import subprocess
import sys


def run(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def machine(load_at_start):
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    try:
        import boto3
        import botocore
        boto = f"boto3 {boto3.__version__}, botocore {botocore.__version__}"
    except ImportError:
        boto = "not installed"
    qt = run(["dpkg-query", "-W", "-f=${Version}", "libqt6core6"]) or "unknown"
    compiler = run(["c++", "--version"]).splitlines()[:1]
    return [
        ("Date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("CPU", f"{cpu or 'unknown'} ({len(os.sched_getaffinity(0))} cores usable, nproc)"),
        ("RAM", ram or "unknown"),
        ("Kernel", f"{platform.system()} {platform.release()}"),
        ("OS", run(["sh", "-c", ". /etc/os-release && echo \"$PRETTY_NAME\""]) or "unknown"),
        ("Qt", qt),
        ("Compiler", compiler[0] if compiler else "unknown"),
        ("Python", f"{platform.python_version()} ({sys.executable})"),
        ("boto3", boto),
        ("AWS CLI", run(["/usr/bin/aws", "--version"]) or "unknown"),
        ("Load average", f"{load_at_start or '?'} at the start, {loadavg()} at the end "
                         "(1, 5 and 15 minutes; other work on the machine shows here)"),
    ]


def loadavg():
    try:
        with open("/proc/loadavg", encoding="utf-8") as load:
            return " ".join(load.read().split()[:3])
    except OSError:
        return "?"


# One row per measure. `ours` and `peer` name (measure, tool, figure); `better` says which way a
# ratio is good: "lower" (times: ratio = peer / ours) or "higher" (rates: ratio = ours / peer).
# Rows without a peer compare Chime Admin's median with an absolute target.
def rows(sizes):
    n_list = f"{sizes.list_users:,}"
    n_relicense = f"{sizes.relicense:,}"
    n_filter = f"{sizes.filter_users:,}"
    return [
        dict(key="1a", title=f"List {n_list} users into UsersModel: wall time of the listing",
             unit="ms", ours=("list_users", "chime_admin", "wall_ms"),
             peer=("list_users", "boto3", "wall_ms"), peer_name="boto3 paginator",
             better="lower", target=5),
        dict(key="1b", title=f"List {n_list} users: process CPU, start-up included (headline)",
             unit="ms", ours=("list_users", "chime_admin", "cpu_process_ms"),
             peer=("list_users", "boto3", "cpu_process_ms"), peer_name="boto3 paginator",
             better="lower", target=20),
        dict(key="1c", title=f"List {n_list} users: CPU of the listing alone (start-up excluded)",
             unit="ms", ours=("list_users", "chime_admin", "cpu_listing_ms"),
             peer=("list_users", "boto3", "cpu_listing_ms"), peer_name="boto3 paginator",
             better="lower"),
        dict(key="1d", title=f"List {n_list} users: whole process, wall time",
             unit="ms", ours=("list_users", "chime_admin", "process_wall_ms"),
             peer=("list_users", "aws_cli", "process_wall_ms"), peer_name="aws chime list-users",
             better="lower"),
        dict(key="1e", title=f"List {n_list} users: whole process, CPU time",
             unit="ms", ours=("list_users", "chime_admin", "process_cpu_ms"),
             peer=("list_users", "aws_cli", "process_cpu_ms"), peer_name="aws chime list-users",
             better="lower"),
        dict(key="2", title="Select an account to its first page of rows in the view",
             unit="ms", ours=("first_page", "chime_admin", "median_ms"), limit=50),
        dict(key="3a", title=f"Re-license {n_relicense} users (BulkLicenseJob)",
             unit="ms", ours=("relicense", "chime_admin", "wall_ms"),
             peer=("relicense", "boto3_update_user", "wall_ms"), peer_name="boto3 update_user loop",
             better="lower", target=50),
        dict(key="3b", title=f"Re-license {n_relicense} users (BulkLicenseJob)",
             unit="ms", ours=("relicense", "chime_admin", "wall_ms"),
             peer=("relicense", "boto3_batch_update_user", "wall_ms"),
             peer_name="boto3 batch_update_user, 20 a call", better="lower", target=5),
        dict(key="3c", title="Re-license: CPU per request, client process",
             unit="us", ours=("relicense", "chime_admin", "client_us_per_request"),
             peer=("relicense", "boto3_batch_update_user", "client_us_per_request"),
             peer_name="boto3 batch_update_user", better="lower"),
        dict(key="3d", title="Re-license: CPU per request in Qt's HTTP thread "
                             "(QNetworkAccessManager's own)",
             unit="us", ours=("relicense", "chime_admin", "http_thread_us_per_request")),
        dict(key="3e", title="Re-license: CPU per request in the main thread (signing, request "
                             "and answer, Qt's reply handling)",
             unit="us", ours=("relicense", "chime_admin", "main_thread_us_per_request")),
        dict(key="3f", title="Re-license: emulator CPU per request",
             unit="us", ours=("relicense", "chime_admin", "emulator_us_per_request"),
             peer=("relicense", "boto3_batch_update_user", "emulator_us_per_request"),
             peer_name="boto3 batch_update_user", better="lower"),
        dict(key="4a", title=f"Filter {n_filter} loaded users, one keystroke to view updated: p50",
             unit="ms", ours=("filter", "chime_admin", "p50_ms")),
        dict(key="4b", title=f"Filter {n_filter} loaded users, one keystroke to view updated: p99",
             unit="ms", ours=("filter", "chime_admin", "p99_ms"), limit=16),
        dict(key="4c", title=f"Filter {n_filter} loaded users, table sorted by name: p50",
             unit="ms", ours=("filter_sorted", "chime_admin", "p50_ms")),
        dict(key="4d", title=f"Filter {n_filter} loaded users, table sorted by name: p99",
             unit="ms", ours=("filter_sorted", "chime_admin", "p99_ms")),
        dict(key="5", title=f"Resident memory per loaded user at {n_filter} users",
             unit="bytes", ours=("filter", "chime_admin", "bytes_per_user"), limit=1024),
        dict(key="6", title="Cold start to the first window shown (Xvfb, not demo mode)",
             unit="ms", ours=("startup", "chime_admin", "cold_start_ms"), limit=300),
        dict(key="7", title="SigV4 signatures of a GetUser request per second",
             unit="/s", ours=("sigv4", "chime_admin", "per_second"),
             peer=("sigv4", "botocore", "per_second"), peer_name="botocore SigV4Auth.add_auth",
             better="higher", target=5),
        dict(key="8a", title=f"Reopen {n_filter} users from their snapshot: first rows in view",
             unit="ms", ours=("reopen", "chime_admin", "first_rows_ms"), limit=300),
        dict(key="8b", title=f"Reopen {n_filter} users from their snapshot: every row in the view, "
                             "sorted by name", unit="ms", ours=("reopen", "chime_admin", "all_rows_ms"),
             limit=1500),
        dict(key="8c", title=f"Reopen {n_filter} users: every row from the snapshot, against the live "
                             "listing at 80 ms a request",
             unit="ms", ours=("reopen", "chime_admin", "all_rows_ms"),
             peer=("reopen", "chime_admin", "live_listing_ms"), peer_name="the live listing",
             better="lower"),
        dict(key="8d", title=f"Listing {n_filter} users while writing the snapshot: CPU more than "
                             "without", unit="%", ours=("reopen", "chime_admin", "snapshot_cpu_overhead_percent"),
             limit=15),
    ]


def wan_rows(sizes):
    """The rows at a network's latency. Each has a floor: what no client can beat at that latency
    with Qt's six connections to a host (round trips waited in sequence × latency), or at the
    rate the service allows."""
    latency = sizes.latency_ms
    n_list = f"{sizes.list_users:,}"
    n_relicense = f"{sizes.relicense:,}"
    pages = math.ceil(sizes.list_users / 200)
    batches = math.ceil(sizes.relicense / 20)
    at = f"at {latency} ms a request"
    return [
        dict(key="W1", title=f"List {n_list} users {at}: wall time", unit="ms",
             ours=("wan_list_users", "chime_admin", "wall_ms"),
             peer=("wan_list_users", "boto3", "wall_ms"), peer_name="boto3 paginator",
             better="lower", floor=pages * latency, floor_text=f"{pages} pages × {latency} ms",
             floor_limit=1.05),
        dict(key="W2", title=f"Select an account to its first rows in the view, {at}", unit="ms",
             ours=("wan_first_page", "chime_admin", "median_ms"), limit=latency + 30,
             floor=latency, floor_text=f"1 request × {latency} ms"),
        dict(key="W3a", title=f"Re-license {n_relicense} users {at}", unit="ms",
             ours=("wan_relicense", "chime_admin", "wall_ms"),
             peer=("wan_relicense", "boto3_batch_update_user", "wall_ms"),
             peer_name="boto3 batch_update_user loop", better="lower", target=5,
             floor=math.ceil(batches / 6) * latency,
             floor_text=f"⌈{batches} requests / 6⌉ × {latency} ms"),
        dict(key="W3b", title=f"Re-license {n_relicense} users {at}", unit="ms",
             ours=("wan_relicense", "chime_admin", "wall_ms"),
             peer=("wan_relicense", "boto3_update_user", "scaled_wall_ms"),
             peer_name=f"boto3 update_user loop ({sizes.update_loop_users:,} users a round, "
                       f"scaled to {n_relicense})", better="lower", target=100,
             floor=math.ceil(batches / 6) * latency,
             floor_text=f"⌈{batches} requests / 6⌉ × {latency} ms"),
        dict(key="W5a", title=f"Re-license {n_relicense} users {at}, the service allowing "
                              f"{sizes.rate_limit:g} requests a second", unit="ms",
             ours=("throttled_relicense", "chime_admin", "wall_ms"),
             peer=("throttled_relicense", "boto3_batch_update_user", "wall_ms"),
             peer_name="boto3 batch_update_user loop, standard retry mode, waiting out 429s",
             better="lower", floor=batches * 1000 / sizes.rate_limit,
             floor_text=f"{batches} requests at {sizes.rate_limit:g} a second", floor_limit=1.15),
        dict(key="W5b", title="The same: requests answered 429", unit="%",
             ours=("throttled_relicense", "chime_admin", "throttled_percent"),
             peer=("throttled_relicense", "boto3_batch_update_user", "throttled_percent"),
             peer_name="boto3 batch_update_user loop", limit=5),
    ]


def values(records, measure, tool, figure):
    by_round = {}
    for record in records:
        if (record.get("measure") == measure and record.get("tool") == tool
                and record.get(figure) is not None):
            by_round.setdefault(record.get("round"), []).append(float(record[figure]))
    return by_round


def number(value, unit):
    if value is None:
        return "—"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if unit == "bytes":
        return f"{value:,.0f} B"
    if unit == "us":
        return f"{value:,.0f} µs"
    if unit == "%":
        return f"{value:,.0f} %"
    return f"{value:,.1f} ms" if value < 1000 else f"{value / 1000:,.2f} s"


def summarize(records, sizes, judged, row_list):
    table = []
    missing = []
    for row in row_list:
        ours = values(records, *row["ours"])
        if not ours:
            missing.append("/".join(row["ours"]))
            continue
        ours_all = [v for vs in ours.values() for v in vs]
        ours_median = statistics.median(ours_all)
        line = dict(row=row, ours=ours_median, samples=len(ours_all))
        if "peer" in row:
            peer = values(records, *row["peer"])
            if not peer:
                missing.append("/".join(row["peer"]))
                continue
            peer_all = [v for vs in peer.values() for v in vs]
            line["peer"] = statistics.median(peer_all)
            ratios = []
            for round_id, ours_values in ours.items():
                if round_id in peer:
                    o = statistics.median(ours_values)
                    p = statistics.median(peer[round_id])
                    if o > 0 and p > 0:
                        ratios.append(p / o if row["better"] == "lower" else o / p)
            if "better" in row:
                line["ratio"] = statistics.median(ratios) if ratios else None
                line["ratio_range"] = (min(ratios), max(ratios)) if len(ratios) > 1 else None
            if "target" in row:
                line["target"] = f"≥ {row['target']}×"
                line["pass"] = line["ratio"] is not None and line["ratio"] >= row["target"]
        judge_against(line, row, ours_median)
        if not judged:
            line.pop("pass", None)
        table.append(line)
    return table, missing


def judge_against(line, row, ours_median):
    """The absolute limit and the floor of a row, besides (or instead of) its peer's target."""
    targets = [line["target"]] if "target" in line else []
    passed = [line["pass"]] if "pass" in line else []
    if "limit" in row:
        targets.append(f"≤ {number(row['limit'], row['unit'])}")
        passed.append(ours_median <= row["limit"])
    if "floor" in row:
        line["floor"] = ours_median / row["floor"]
        if "floor_limit" in row:
            targets.append(f"≤ {row['floor_limit']:g}× floor")
            passed.append(line["floor"] <= row["floor_limit"])
    if targets:
        line["target"] = "; ".join(targets)
        line["pass"] = all(passed)


def relicense_analysis(table, records, sizes):
    """Where re-licensing's time goes, from this run's figures: what the targets of 3a and 3b
    allow per request against what each thread and the emulator spend on one."""
    by_key = {line["row"]["key"]: line for line in table}
    if any(key not in by_key for key in ("3a", "3b", "3c", "3d", "3e", "3f")) \
            or any(by_key[key].get("peer") is None for key in ("3a", "3b")):
        return ""
    # The requests bench_relicense counted (the same in every round unless one was retried).
    counted = [v for vs in values(records, "relicense", "chime_admin", "requests").values() for v in vs]
    if not counted:
        return ""
    requests = round(statistics.median(counted))
    cores = len(os.sched_getaffinity(0))
    http, main_thread, emulator = (by_key[key]["ours"] for key in ("3d", "3e", "3f"))
    total = http + main_thread + emulator
    lines = []
    for key in ("3a", "3b"):
        line = by_key[key]
        allowed_ms = line["peer"] / line["row"]["target"]
        lines.append(f"{key} allows {allowed_ms:,.1f} ms for the {requests} requests, "
                     f"{allowed_ms * 1000 / requests:,.0f} µs of wall time a request")
    return (f"Re-licensing {sizes.relicense:,} users takes {requests} BatchUpdateUser requests "
            f"(the API takes 20 users a request). {lines[0]}; {lines[1]}. "
            f"Each request costs {http:,.0f} µs of CPU in Qt's HTTP thread (3d), "
            f"{main_thread:,.0f} µs in the main thread (3e) and {emulator:,.0f} µs in the "
            f"emulator (3f): {total:,.0f} µs of CPU a request on {cores} cores, so with this much "
            f"work no schedule can average less than {max(http, total / cores):,.0f} µs a "
            f"request; this run took "
            f"{by_key['3a']['ours'] * 1000 / requests:,.0f} µs a request "
            f"({by_key['3a']['ours']:,.1f} ms).")


def ratio_text(ratio, spread):
    if ratio is None:
        return "—"
    text = f"{ratio:,.1f}×"
    if spread:
        text += f" ({spread[0]:,.1f}–{spread[1]:,.1f})"
    return text


def markdown(table, judged):
    out = ["| # | Measure | Chime Admin | Peer | Peer median | Ratio (rounds' range) | Floor | × floor | Target | Result |",
           "|---|---|---:|---|---:|---:|---|---:|---|---|"]
    for line in table:
        row = line["row"]
        ratio = line.get("ratio")
        result = ("PASS" if line["pass"] else "**MISS**") if "pass" in line else (
            "not judged (quick)" if not judged and "target" in line else "—")
        floor = line.get("floor")
        out.append("| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |".format(
            row["key"], row["title"], number(line["ours"], row["unit"]),
            row.get("peer_name", "—"), number(line.get("peer"), row["unit"]),
            ratio_text(ratio, line.get("ratio_range")),
            f"{number(row['floor'], 'ms')} ({row['floor_text']})" if "floor" in row else "—",
            f"{floor:,.2f}×" if floor is not None else "—", line.get("target", "—"), result))
    return "\n".join(out)


def in_flight(records, sizes):
    """For each row at the network's latency: the round trips waited one after another (wall time
    / latency) and the requests in flight at most and on average."""
    out = ["| Row | Tool | Requests | Round trips in sequence | Most in flight | Mean in flight |",
           "|---|---|---:|---:|---:|---:|"]
    for key, measure, tools in (("W1", "wan_list_users", ("chime_admin", "boto3")),
                                ("W3", "wan_relicense", ("chime_admin", "boto3_batch_update_user",
                                                         "boto3_update_user")),
                                ("W5", "throttled_relicense", ("chime_admin", "boto3_batch_update_user"))):
        for tool in tools:
            def median_of(figure):
                found = [v for vs in values(records, measure, tool, figure).values() for v in vs]
                return statistics.median(found) if found else None
            wall, requests = median_of("wall_ms"), median_of("requests")
            if wall is None:
                continue
            sequential = tool != "chime_admin"  # a boto3 loop waits for each answer
            most = 1 if sequential else median_of("most_in_flight")
            mean = (min(1.0, requests * sizes.latency_ms / wall) if sequential and requests
                    else median_of("mean_in_flight"))
            cells = [key, tool, f"{requests or 0:,.0f}", f"{wall / sizes.latency_ms:,.1f}",
                     "—" if most is None else f"{most:,.0f}", "—" if mean is None else f"{mean:,.1f}"]
            out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("results")
    parser.add_argument("--rounds", type=int, required=True)
    parser.add_argument("--list-users", type=int, required=True)
    parser.add_argument("--relicense", type=int, required=True)
    parser.add_argument("--filter-users", type=int, required=True)
    parser.add_argument("--keystrokes", type=int, required=True)
    parser.add_argument("--emulator", default="")
    parser.add_argument("--load-at-start", default="")
    parser.add_argument("--latency-ms", type=int, required=True)
    parser.add_argument("--rate-limit", type=float, required=True)
    parser.add_argument("--update-loop-users", type=int, required=True)
    parser.add_argument("--wan-only", action="store_true")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", metavar="FILE")
    args = parser.parse_args()

    with open(args.results, encoding="utf-8") as results:
        records = [json.loads(line) for line in results if line.strip()]
    judged = not args.quick
    table, missing = ([], []) if args.wan_only else summarize(records, args, judged, rows(args))
    wan_table, wan_missing = summarize(records, args, judged, wan_rows(args))
    missing += wan_missing
    text = markdown(table, judged) if table else ""
    wan_text = markdown(wan_table, judged) + "\n\n" + in_flight(records, args)
    print(text + "\n\n" + wan_text if text else wan_text)
    analysis = relicense_analysis(table, records, args)
    if analysis:
        print("\n" + analysis)
    if missing:
        print("no figures for: " + ", ".join(missing), file=sys.stderr)
        return 1
    if args.write:
        with open(args.write, "w", encoding="utf-8") as out:
            out.write(document(text, wan_text, analysis, args))
        print(f"wrote {args.write}", file=sys.stderr)
    return 0


def document(table, wan_table, analysis, args):
    analysis_note = f"- {analysis}\n" if analysis else ""
    facts = "\n".join(f"| {key} | {value} |" for key, value in machine(args.load_at_start))
    return f"""# Benchmarks

Chime Admin against the tools administrators use today — boto3 scripts and the AWS CLI — on the
same local emulator, in one run of `scripts/bench` ({args.rounds} rounds; in every round each
measurement of Chime Admin and of its peer run alternately, the order swapped every other round).
Figures are medians over the rounds; the ratio is the median of the per-round ratios (peer time /
Chime Admin time, or Chime Admin rate / peer rate), with the lowest and highest round in
brackets. No figure is asserted anywhere: a missed target shows as MISS here. `scripts/bench --quick` (run by `scripts/test`) only checks that every
program runs and prints its figures.

## Machine

| | |
|---|---|
{facts}

Emulator: one `chime-emulator` on 127.0.0.1 ({args.emulator}), Release build (`build-release/`).

## Results on loopback

{table}

## Results at {args.latency_ms} ms a request

The same programs against a second emulator (the same accounts) that answers every request
{args.latency_ms} ms after it arrives, as `us-east-1` does from far away, and a third that also
allows only {args.rate_limit:g} requests a second of each operation, as the service pushes back
(rows W5: 429 ThrottledClientException with Retry-After). The floor is what no client could
beat there; "× floor" is Chime Admin's median over it.

{wan_table}

## What is measured

1. **Listing** every user of one account ({args.list_users:,} users, pages of 200). Chime Admin:
   `bench_listusers`, `UsersModel::loadAll()` through `ChimeClient` until the last page is in
   the model. boto3: `peers/boto3_list_users.py`, a `list_users` paginator (`PageSize` 200)
   extending a list of dicts. The wall time (1a) is the listing alone, from creating the model
   (Chime Admin) or the paginator (boto3) to the last user; the boto3 client is created before
   the clock starts. The **headline CPU ratio (1b) is whole-process CPU time, user + system,
   from `getrusage(RUSAGE_SELF)` at the end of the listing**: for boto3 that includes the
   interpreter's start-up, `import boto3` and creating the client; for Chime Admin the
   program's start-up and Qt's. Row 1c is the listing alone, start-up excluded on both sides.
   The emulator is another process and never counted. The AWS CLI (`aws chime list-users
   --output json --page-size 200 > /dev/null`) can only be measured from outside, so rows 1d and
   1e compare whole processes as `tests/bench/timed.py` sees them (wall time from spawn to exit,
   CPU from `RUSAGE_CHILDREN`).
2. **First page** (`bench_firstpage`): `UsersModel::setAccount` + `fetchMore` as the window does
   on selecting an account, with a shown `QTableView` (offscreen platform) on the
   `UserFilterProxyModel`, until the proxy's `rowsInserted` and the view's next paint;
   alternating between a {args.list_users:,}-user and a 1,200-user account, 20 selections a
   round, median per round.
3. **Re-licensing** {args.relicense:,} users: Chime Admin runs the license dialog's code path,
   `BulkLicenseJob` over `BulkLicenseJob::sameLicenseFor(users, target)` (BatchUpdateUser, 20
   users a request, a few requests in flight). boto3 (`peers/boto3_relicense.py`): a loop of
   `update_user`, and a loop of `batch_update_user` with 20 users a call. Each tool changes its
   own {args.relicense:,} users of the same account, all first set to Basic; the target
   alternates between Pro and Basic every round, so every run changes every one of its users.
   Timed from the first request to the last answer; the users are listed before the clock starts.
   Rows 3c–3f say where the CPU went, per request, over the same timed stretch: the client
   process (`getrusage`; boto3: `time.process_time()`), and for Chime Admin its threads apart —
   Qt's HTTP thread and the main thread, from `/proc/self/task/*/schedstat` — and the emulator
   (`/proc/<emulator pid>/schedstat`, read by each program before and after).
4. **Filtering** {args.filter_users:,} users loaded into `UsersModel` + `UserFilterProxyModel` +
   a shown `QTableView` (`bench_filter`): {args.keystrokes} keystrokes of names and email parts
   typed and deleted again one character at a time, each timed from `setSearchText` (what the
   search box's `textChanged` calls) until the view has repainted. Rows 4c and 4d repeat it with
   the table sorted by name first (`--sort-column 0`, as after a click on the header), so every
   keystroke also sorts what it shows; the issue's target is for the unsorted table.
5. **Memory**: `VmRSS` of that program before and after loading the {args.filter_users:,} users
   (model, proxy and view together), divided by the number of users.
6. **Cold start**: `chime-admin --endpoint-url <emulator> --report-startup` with the AWS_*
   credentials in the environment, HOME and XDG directories in a new empty temporary
   directory each time, under Xvfb: from just before the process is spawned until the main
   window's first expose has been handled (`--report-startup` prints the CLOCK_MONOTONIC time of
   it; it also prints its own estimate from the process's start time in /proc/self/stat).
   Three starts a round.
7. **SigV4**: `SigV4Signer::sign` of one fixed GetUser request (`bench_sigv4`), against botocore's
   `SigV4Auth.add_auth` on an `AWSRequest` for the same request (`peers/botocore_sigv4.py`),
   each for one second.
8. **Reopening** from a snapshot (`bench_reopen`), see the rows.
- **W1–W5** run rows 1–3 at {args.latency_ms} ms a request. Chime Admin's requests go through
  one `RequestPacer` per endpoint (six in flight to start with, halved on a wave of throttled
  answers, spaced at the rate seen once throttled); its figures for in-flight requests are the
  pacer's. boto3 waits for each answer before the next request. boto3's `update_user` loop
  would take a round trip a user, so it re-licenses {args.update_loop_users:,} users a round and
  its time is scaled to {args.relicense:,} (W3b). The throttled rows' boto3 client uses
  botocore's standard retry mode, whose throttling codes leave out Chime's
  ThrottledClientException, so the script waits out each 429's Retry-After itself.

## Notes

{analysis_note}- Every request of Chime Admin goes through Qt's QNetworkAccessManager, which does its HTTP
  work on one thread of its own (3d). For plain HTTP without a proxy, Qt 6.4 opens that socket
  unbuffered (`qhttpnetworkconnectionchannel.cpp`) and reads each answer's status line and
  headers one byte at a time (`qhttpnetworkreply.cpp`, `read(&c, 1)`): about 190 one-byte
  `read()` system calls per answer here (`strace -f -c` of `bench_relicense`: 10,337 of them
  for 55 answers), about half of the HTTP thread's time: leaving two of the emulator's five
  answer headers out (91 bytes) took some 55 µs a request off it. Every request also crosses
  between the main thread and the HTTP thread several times (the request, its body on demand,
  the headers, the data, the end), each a queued signal that was connected by name for that
  request.
- The emulator's own work counts on both sides of a ratio (3f); the figures of one run compare
  the tools on this machine, not against the real service, whose latency would dominate.
- At {args.latency_ms} ms a request the listing (W1) waits one round trip a page, in sequence:
  each page's next-token is in its answer. What it takes beyond the floor is, per page, the
  emulator's own time to build the page (on loopback, row 1a's whole listing is some 2.7 ms a
  page, that included) and the client's parsing; Chime Admin asks for the next page as soon as
  an answer is parsed, before showing it, so showing and recording a page overlap the next round
  trip. Listing the two user types as two concurrent streams would halve the round trips, but
  the API does not promise every user a UserType, and a user without one would be missing from
  both streams with nothing to say so: not done.
- Re-licensing (W3) keeps six requests in flight (Qt's connections to one host), so 50 requests
  wait ⌈50 / 6⌉ = 9 round trips; the mean in flight is below six only at the start and the end.
- Against the service that throttles (W5), the first six requests go out before any answer
  says what it allows: the emulator's bucket (as many tokens as its rate, refilled at that rate)
  lets the first second's burst through, and the requests sent on its last answers are
  throttled. The pacer then spaces BatchUpdateUser at 95 % of what flowed in the last second and
  grows that by 2 % a second. boto3's loop, one request a round trip, sends 12.5 a second at
  80 ms, which that bucket just lets through for 4 s: at this latency a sequential client runs at
  about the rate allowed. The floor of the issue, the requests at the rate alone, leaves the
  burst out, which is why both come in under it.
"""


if __name__ == "__main__":
    sys.exit(main())
