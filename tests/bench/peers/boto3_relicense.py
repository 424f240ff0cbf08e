"""Measure 3, boto3 peer: re-licenses users the way an admin's script does, either one
update_user call per user or batch_update_user in batches of 20, timed from the first call to
the last answer (the user ids are listed before the clock starts). Prints one JSON line, with
the CPU time per request of this process and, given --emulator-pid, of the emulator."""
import argparse
import json
import sys
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def scheduled_cpu_ms(pid):
    """CPU time the process has run, from /proc/PID/schedstat (nanoseconds); None without it."""
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as schedstat:
            return int(schedstat.read().split()[0]) / 1e6
    except (OSError, ValueError, IndexError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--account", required=True)
    parser.add_argument("--mode", choices=["update_user", "batch_update_user"], required=True)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--target", default="Basic")
    parser.add_argument("--emulator-pid", type=int, help="report the emulator's CPU time too")
    parser.add_argument("--scale-to", type=int,
                        help="also report the wall time scaled to this many users (a loop's time "
                             "grows with its users: a slow loop is timed on fewer)")
    args = parser.parse_args()

    # botocore's standard mode, whose throttling codes leave out Chime's ThrottledClientException:
    # a script has to wait out the 429s itself (throttled_call), as the AWS CLI does not.
    client = boto3.client("chime", region_name="us-east-1", endpoint_url=args.endpoint,
                          config=Config(retries={"mode": "standard"}))
    wanted = args.offset + args.count
    user_ids = []
    for page in client.get_paginator("list_users").paginate(
            AccountId=args.account, PaginationConfig={"PageSize": 200}):
        user_ids.extend(user["UserId"] for user in page["Users"])
        if len(user_ids) >= wanted:
            break
    user_ids = user_ids[args.offset:wanted]
    if len(user_ids) < args.count:
        print(f"the account has too few users for {args.count}", file=sys.stderr)
        return 1

    failed = 0
    requests = 0
    throttled = 0

    def throttled_call(call, **kwargs):
        nonlocal requests, throttled
        while True:
            requests += 1
            try:
                return call(**kwargs)
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") != "ThrottledClientException":
                    raise
                throttled += 1
                headers = error.response.get("ResponseMetadata", {}).get("HTTPHeaders", {})
                time.sleep(float(headers.get("retry-after", "1")))

    emulator_before = scheduled_cpu_ms(args.emulator_pid) if args.emulator_pid else None
    cpu_before = time.process_time()
    start = time.perf_counter()
    if args.mode == "update_user":
        for user_id in user_ids:
            throttled_call(client.update_user, AccountId=args.account, UserId=user_id,
                           LicenseType=args.target)
    else:
        for first in range(0, len(user_ids), 20):
            answer = throttled_call(
                client.batch_update_user, AccountId=args.account,
                UpdateUserRequestItems=[{"UserId": user_id, "LicenseType": args.target}
                                        for user_id in user_ids[first:first + 20]])
            failed += len(answer.get("UserErrors", []))
    wall_ms = (time.perf_counter() - start) * 1000.0
    cpu_ms = (time.process_time() - cpu_before) * 1000.0
    emulator_after = scheduled_cpu_ms(args.emulator_pid) if args.emulator_pid else None
    print(json.dumps({
        "measure": "relicense",
        "tool": "boto3_" + args.mode,
        "users": len(user_ids),
        "target": args.target,
        "failed": failed,
        "wall_ms": wall_ms,
        "scaled_wall_ms": wall_ms * args.scale_to / len(user_ids) if args.scale_to else None,
        "throttled": throttled,
        "throttled_percent": 100.0 * throttled / requests,
        "cpu_ms": cpu_ms,
        "requests": requests,
        "client_us_per_request": cpu_ms * 1000.0 / requests,
        "emulator_us_per_request": (emulator_after - emulator_before) * 1000.0 / requests
        if emulator_before is not None and emulator_after is not None else None,
    }), flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
