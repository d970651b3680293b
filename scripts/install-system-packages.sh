#!/usr/bin/env bash
# The system packages the tests compile generated code with (packages/vendor-suite): Go
# (Debian's golang-go), Jackson for Java (libjackson2-databind-java), mono's C# compiler
# (mono-mcs, which brings the mono runtime) with Newtonsoft.Json (libnewtonsoft-json-cil-dev)
# and python3; Debian's chromium and the Noto CJK fonts (fonts-noto-cjk, so Chinese renders)
# for the browser tests of the validation page (packages/web, through playwright-core:
# no browser is downloaded at install time). Installs
# what is missing with apt-get, as root; prints nothing when everything is present, so
# `.ci/run` and `npm test` can call it every time. Not root and something missing: says
# what to install and exits 0 (the tests then fail with the same hint).
set -euo pipefail

missing=()
command -v python3 >/dev/null 2>&1 || missing+=(python3)
# openssl: an independent HMAC for the subscription signature vector (conformance/signatures/).
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v go >/dev/null 2>&1 || missing+=(golang-go)
[ -f /usr/share/java/jackson-databind.jar ] || missing+=(libjackson2-databind-java)
command -v javac >/dev/null 2>&1 || missing+=(default-jdk-headless)
command -v mcs >/dev/null 2>&1 || missing+=(mono-mcs)
[ -f /usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll ] || missing+=(libnewtonsoft-json-cil-dev)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto/NotoSansCJK-* >/dev/null 2>&1 || missing+=(fonts-noto-cjk)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "missing system packages for the vendor toolchain and browser tests: ${missing[*]} (install them with apt-get as root)" >&2
  exit 0
fi

echo "installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
