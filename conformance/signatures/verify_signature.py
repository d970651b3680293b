#!/usr/bin/env python3
"""Verifies an X-CZT-Signature header (docs/subscriptions.md#signature), standard library only.

A subscriber's worked example: copy `verify` into your receiver. Run as a script it checks
every case of delivery-signature.json and prints one line per case, `<name> valid` or
`<name> invalid <reason>`; exit code 0 when every case meets its expectation, 1 otherwise.
"""
import base64
import hashlib
import hmac
import json
import pathlib
import re
import sys


def verify(header, body: bytes, secret: str, now: int, tolerance: int = 300):
    """Returns (True, None) or (False, reason); `body` is the raw request body, unparsed."""
    if header is None:
        return False, "malformed"
    timestamp, signatures = None, []
    for part in header.split(","):
        pieces = part.strip().split("=")
        if len(pieces) != 2:
            return False, "malformed"
        key, value = pieces
        if key == "t":
            if timestamp is not None or not re.fullmatch(r"\d{1,12}", value):
                return False, "malformed"
            timestamp = int(value)
        elif key == "v1" and re.fullmatch(r"[0-9a-f]{64}", value):
            signatures.append(value)
    if timestamp is None or not signatures:
        return False, "malformed"
    if abs(now - timestamp) > tolerance:
        return False, "timestamp-outside-tolerance"
    expected = hmac.new(secret.encode("utf-8"), str(timestamp).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    if any(hmac.compare_digest(expected, signature) for signature in signatures):
        return True, None
    return False, "no-matching-signature"


def main() -> int:
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("delivery-signature.json")
    vectors = json.loads(path.read_text(encoding="utf-8"))
    signing = vectors["signing"]
    body = base64.b64decode(signing["bodyBase64"])
    signature = hmac.new(signing["secret"].encode("utf-8"), str(signing["timestamp"]).encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    ok = f"t={signing['timestamp']},v1={signature}" == signing["expectedHeader"]
    print("signing " + ("matches" if ok else "differs"))
    for case in vectors["cases"]:
        valid, reason = verify(case["header"], base64.b64decode(case["bodyBase64"]), case["secret"], case["now"], vectors["toleranceSeconds"])
        print(f"{case['name']} valid" if valid else f"{case['name']} invalid {reason}")
        expected = case["expected"]
        ok = ok and valid == expected["valid"] and (valid or reason == expected["reason"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
