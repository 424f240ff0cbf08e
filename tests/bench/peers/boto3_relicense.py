"""Measure 3, boto3 peer: re-licenses users the way an admin's script does, either one
update_user call per user or batch_update_user in batches of 20, timed from the first call to
the last answer (the user ids are listed before the clock starts). Prints one JSON line."""
import argparse
import json
import sys
import time

import boto3


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--account", required=True)
    parser.add_argument("--mode", choices=["update_user", "batch_update_user"], required=True)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--target", default="Basic")
    args = parser.parse_args()

    client = boto3.client("chime", region_name="us-east-1", endpoint_url=args.endpoint)
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
    start = time.perf_counter()
    if args.mode == "update_user":
        for user_id in user_ids:
            client.update_user(AccountId=args.account, UserId=user_id, LicenseType=args.target)
    else:
        for first in range(0, len(user_ids), 20):
            answer = client.batch_update_user(
                AccountId=args.account,
                UpdateUserRequestItems=[{"UserId": user_id, "LicenseType": args.target}
                                        for user_id in user_ids[first:first + 20]])
            failed += len(answer.get("UserErrors", []))
    wall_ms = (time.perf_counter() - start) * 1000.0
    print(json.dumps({
        "measure": "relicense",
        "tool": "boto3_" + args.mode,
        "users": len(user_ids),
        "target": args.target,
        "failed": failed,
        "wall_ms": wall_ms,
    }), flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
