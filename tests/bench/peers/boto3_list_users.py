"""Measure 1, boto3 peer: lists every user of one account with a boto3 paginator (pages of
200) into a list of dicts, as an admin's script does. Prints one JSON line: the listing's wall
time, and this process's CPU time (user + system) in total (interpreter start-up, imports,
client creation and listing: the headline figure), before the listing, and for the listing
alone. The emulator is another process and not counted."""
import resource
import sys
import time


def cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return (usage.ru_utime + usage.ru_stime) * 1000.0


cpu_at_script = cpu_ms()  # interpreter start-up, before the first import
import argparse  # noqa: E402
import json  # noqa: E402

import boto3  # noqa: E402

cpu_after_imports = cpu_ms()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--endpoint", required=True)
    parser.add_argument("--account", required=True)
    parser.add_argument("--page-size", type=int, default=200)
    args = parser.parse_args()

    client = boto3.client("chime", region_name="us-east-1", endpoint_url=args.endpoint)
    cpu_before = cpu_ms()
    start = time.perf_counter()
    users = []
    pages = 0
    paginator = client.get_paginator("list_users")
    for page in paginator.paginate(AccountId=args.account,
                                   PaginationConfig={"PageSize": args.page_size}):
        users.extend(page["Users"])
        pages += 1
    wall_ms = (time.perf_counter() - start) * 1000.0
    cpu_after = cpu_ms()
    print(json.dumps({
        "measure": "list_users",
        "tool": "boto3",
        "users": len(users),
        "requests": pages,
        "wall_ms": wall_ms,
        "cpu_process_ms": cpu_after,
        "cpu_listing_ms": cpu_after - cpu_before,
        "cpu_startup_ms": cpu_before,
        "cpu_interpreter_ms": cpu_at_script,
        "cpu_imports_ms": cpu_after_imports - cpu_at_script,
    }), flush=True)
    return 0 if users else 1


if __name__ == "__main__":
    sys.exit(main())
