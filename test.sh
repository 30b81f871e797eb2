#!/usr/bin/env bash
# Runs every test of the portal. Installs what the tests need from Debian's packages when it is missing:
# PostgreSQL 15 (the integration suite starts its own throwaway cluster), Chromium (browser journeys),
# a CJK font (Chinese in screenshots), python3-aiosmtpd (a real SMTP server for mail tests), python3-jsonschema (an
# independent validator of the OpenAPI document), Node.js with npm
# (the build restores the report form's altcha widget and the dashboard's ECharts from npm), ffmpeg and mat2 (the
# portal cleans video and PDF evidence with them), and the independent readers the evidence tests check with:
# exiftool, poppler-utils (pdfinfo, pdftoppm) and jpegtran (a progressive JPEG to hide metadata in), and LibreOffice Calc
# without its desktop (libreoffice-calc-nogui), which reads the ledger workbooks back as WPS and Excel users would.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qiE 'Noto Sans CJK|WenQuanYi' || missing+=(fonts-noto-cjk)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || missing+=(python3-jsonschema)
command -v npm >/dev/null || missing+=(nodejs npm)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v mat2 >/dev/null || missing+=(mat2)
command -v exiftool >/dev/null || missing+=(libimage-exiftool-perl)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
command -v jpegtran >/dev/null || missing+=(libjpeg-turbo-progs)
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig
fi
# Debian's postgresql package starts a cluster of its own; the tests never use it.

dotnet build Portal.sln -c Release -warnaserror
# The detailed log is long; a failure's name and message are repeated at the end, where CI's tail shows them.
log=$(mktemp)
if ! dotnet test Portal.sln -c Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"; then
  echo "==== failed tests ===="
  grep -A 12 -E '^\s+Failed Portal\.[A-Za-z0-9_.]+' "$log" | grep -vE '^\s+at (System|Microsoft|Xunit)\.' | head -120
  rm -f "$log"
  exit 1
fi
rm -f "$log"
