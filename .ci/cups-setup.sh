#!/usr/bin/env bash
# Real CUPS print queues for the printing tests: "guide-pdf", a cups-pdf queue that writes each job
# as a PDF under /var/spool/cups-pdf/<user>/, and "guide-offline", a stopped one. Run as root;
# safe to run again. Installs nothing: .ci/run installs cups, printer-driver-cups-pdf and
# libcups2. No systemd here, so cupsd is started by hand when it is not running.
set -euo pipefail

QUEUE="${GUIDE_CUPS_QUEUE:-guide-pdf}"
SPOOL="${GUIDE_CUPS_PDF_DIR:-/var/spool/cups-pdf}"
CONF=/etc/cups/cups-pdf.conf

say() { echo "cups-setup: $*"; }
fail() { echo "cups-setup: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "run me as root"
command -v lpadmin >/dev/null 2>&1 || fail "lpadmin not found; install cups first"
[ -f "$CONF" ] || fail "$CONF not found; install printer-driver-cups-pdf first"

# Where cups-pdf writes: one folder per user, and one for jobs without a known user.
set_conf() {  # set_conf KEY VALUE: replace "KEY ..." or "#KEY ..." once, else append
  local key="$1" value="$2"
  if grep -Eq "^[[:space:]]*${key}[[:space:]]" "$CONF"; then
    sed -i -E "s|^[[:space:]]*${key}[[:space:]].*|${key} ${value}|" "$CONF"
  elif grep -Eq "^#[[:space:]]*${key}[[:space:]]" "$CONF"; then
    sed -i -E "0,/^#[[:space:]]*${key}[[:space:]].*/s||${key} ${value}|" "$CONF"
  else
    echo "${key} ${value}" >>"$CONF"
  fi
}
set_conf Out "${SPOOL}/\${USER}"
set_conf AnonDirName "${SPOOL}/ANONYMOUS"
mkdir -p "$SPOOL"
chmod 0755 "$SPOOL"

scheduler_running() { lpstat -r 2>/dev/null | grep -q "scheduler is running"; }

if ! scheduler_running; then
  cupsd_bin="$(command -v cupsd || echo /usr/sbin/cupsd)"
  [ -x "$cupsd_bin" ] || fail "cupsd not found"
  mkdir -p /run/cups
  say "starting $cupsd_bin"
  "$cupsd_bin"  # forks into the background once it listens
fi
for _ in $(seq 1 100); do
  scheduler_running && break
  sleep 0.2
done
scheduler_running || fail "the CUPS scheduler did not start (see /var/log/cups/error_log)"

# The cups-pdf driver: prefer what the scheduler lists, else the PPD file itself.
model="$(lpinfo -m 2>/dev/null | awk 'tolower($0) ~ /cups-pdf_opt\.ppd/ {print $1; exit}')"
if [ -n "$model" ]; then
  driver=(-m "$model")
else
  ppd="$(find /usr/share/ppd /usr/share/cups/model -iname 'CUPS-PDF_opt.ppd*' 2>/dev/null | head -n1)"
  [ -n "$ppd" ] || fail "no cups-pdf PPD found (is printer-driver-cups-pdf installed?)"
  driver=(-P "$ppd")
fi

# cups-pdf takes PostScript, so CUPS turns the PDF from Qt into PostScript and cups-pdf turns it
# back with Ghostscript. Only the pdftocairo renderer keeps the text readable (searchable,
# extractable) through that round trip; the default (gs) leaves Type 3 glyphs with no text.
lpadmin -p "$QUEUE" -E -v cups-pdf:/ "${driver[@]}" \
  -o printer-error-policy=abort-job -o pdftops-renderer-default=pdftocairo
cupsenable "$QUEUE"
cupsaccept "$QUEUE"
lpstat -p "$QUEUE" >/dev/null || fail "the queue $QUEUE was not created"
say "queue $QUEUE ready; PDFs go to ${SPOOL}/<user>/"

# A stopped queue, as a printer that is switched off or jammed looks to the guide: the kiosk
# must say the sheet was not printed (and offer the QR code) instead of "collect your sheet".
OFFLINE="${GUIDE_CUPS_OFFLINE_QUEUE:-guide-offline}"
lpadmin -p "$OFFLINE" -E -v cups-pdf:/ "${driver[@]}"
cupsdisable -r "stopped for the guide's tests" "$OFFLINE"
lpstat -p "$OFFLINE" | grep -q disabled || fail "the queue $OFFLINE is not stopped"
say "queue $OFFLINE ready (stopped)"
