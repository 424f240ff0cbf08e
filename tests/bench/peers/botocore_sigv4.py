"""Measure 7, botocore peer: SigV4 signatures per second of one fixed GetUser request,
SigV4Auth.add_auth on the same AWSRequest (add_auth replaces the previous signature's headers
itself), for about --seconds seconds. Prints one JSON line."""
import argparse
import json
import sys
import time

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()

    credentials = Credentials("AKIDCHIMEADMINDEMO01",
                              "chime-admin-demo-secret-for-the-local-emulator")
    signer = SigV4Auth(credentials, "chime", "us-east-1")
    request = AWSRequest(
        method="GET",
        url="http://127.0.0.1:8950/accounts/2d0a2c5e-4c4b-4d1c-9a8f-0c1f6a3e7b21/users/"
            "8f14e45f-ceea-467a-9b2c-3d5e6f708192")
    signer.add_auth(request)
    signatures = 0
    start = time.perf_counter()
    budget = args.seconds
    while time.perf_counter() - start < budget:
        for _ in range(100):
            signer.add_auth(request)
        signatures += 100
    elapsed = time.perf_counter() - start
    print(json.dumps({
        "measure": "sigv4",
        "tool": "botocore",
        "signatures": signatures,
        "seconds": elapsed,
        "per_second": signatures / elapsed,
        "authorization": request.headers["Authorization"][:40] + "...",
    }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
