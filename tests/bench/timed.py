"""Runs one benchmark command for scripts/bench and prints one JSON line: the tags given with
--tag, the figures the command printed (its last line that is a JSON object), and what this
wrapper measured from outside: the process's wall time and CPU time (user + system, from
RUSAGE_CHILDREN; one child at a time, so the difference is exactly this command's).

Modes:
  (default)         the command prints a JSON line of figures; no line is a failure.
  --discard-output  the command's output goes to /dev/null (the AWS CLI's listing).
  --startup         the command is chime-admin --report-startup: the cold start is the time
                    from just before the process is spawned to the main window's first expose
                    (its "Exposed-at-monotonic-ms:" line, CLOCK_MONOTONIC like this clock).
  --fresh-home      HOME and the XDG directories point into a new, empty temporary directory.

Exits non-zero, saying why on stderr, when the command fails or prints no figures. It never
judges a figure: there is no threshold here."""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time


def child_cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000.0


def figures_from(stdout):
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                return value
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tag", action="append", default=[], metavar="KEY=VALUE")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--discard-output", action="store_true")
    mode.add_argument("--startup", action="store_true")
    parser.add_argument("--fresh-home", action="store_true")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command")
    name = os.path.basename(command[0])

    env = dict(os.environ)
    home = None
    if args.fresh_home:
        home = tempfile.TemporaryDirectory(prefix="chime-admin-bench-home-")
        for variable, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"),
                              ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache"),
                              ("XDG_STATE_HOME", ".local/state"), ("XDG_RUNTIME_DIR", "run")):
            path = os.path.join(home.name, sub)
            os.makedirs(path, mode=0o700, exist_ok=True)
            env[variable] = path

    stderr = tempfile.TemporaryFile()
    cpu_before = child_cpu_ms()
    start_ns = time.monotonic_ns()
    try:
        process = subprocess.run(
            command, env=env, stderr=stderr, timeout=args.timeout,
            stdout=subprocess.DEVNULL if args.discard_output else subprocess.PIPE)
    except (OSError, subprocess.TimeoutExpired) as error:
        print(f"{name}: {error}", file=sys.stderr)
        return 1
    wall_ms = (time.monotonic_ns() - start_ns) / 1e6
    cpu_ms = child_cpu_ms() - cpu_before
    stdout = (process.stdout or b"").decode("utf-8", "replace")
    if home:
        home.cleanup()
    if process.returncode != 0:
        stderr.seek(0)
        sys.stderr.write(stderr.read().decode("utf-8", "replace")[-4000:])
        print(f"{name} failed with exit status {process.returncode}", file=sys.stderr)
        return 1

    result = {}
    if args.startup:
        lines = dict(line.split(": ", 1) for line in stdout.splitlines() if ": " in line)
        if "Exposed-at-monotonic-ms" not in lines:
            print(f"{name} printed no startup report", file=sys.stderr)
            return 1
        exposed_ms = float(lines["Exposed-at-monotonic-ms"])
        result["cold_start_ms"] = exposed_ms - start_ns / 1e6
        result["reported_from_main_ms"] = float(lines["Startup-ms-from-main"])
        if lines.get("Startup-ms", "unknown") != "unknown":
            result["reported_from_process_start_ms"] = float(lines["Startup-ms"])
    elif not args.discard_output:
        figures = figures_from(stdout)
        if figures is None:
            print(f"{name} printed no figures", file=sys.stderr)
            return 1
        result.update(figures)
    result["process_wall_ms"] = wall_ms
    result["process_cpu_ms"] = cpu_ms
    # The tags name the row a run belongs to, over what the program calls itself: the same
    # program measures a row on loopback and another at a network's latency.
    for tag in args.tag:
        key, _, value = tag.partition("=")
        result[key] = value
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
