#!/usr/bin/env bash
# Renders an HTML ledger export (branchdesk export ledger --format html) in headless Chromium
# the way it prints: A4 pages to a PDF, then the first pages to PNG for looking at (issue #10).
# Installs chromium, poppler-utils (pdftoppm) and a CJK font with apt-get when missing (root).
# Not part of CI.
#
#   scripts/render-html.sh FILE.html [OUT_PREFIX] [PAGES]
#     writes OUT_PREFIX.pdf and OUT_PREFIX-1.png … (default OUT_PREFIX: FILE without .html; PAGES: 2)
set -euo pipefail
html=${1:?"用法：scripts/render-html.sh 文件.html [输出前缀] [页数]"}
prefix=${2:-${html%.html}}
pages=${3:-2}
[ -f "$html" ] || { echo "找不到 $html" >&2; exit 2; }

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "安装 ${need[*]} …" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
# --no-pdf-header-footer: the page carries its own header and footer.
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$prefix.pdf" "file://$abs" 2>/dev/null
pdftoppm -png -r 96 -f 1 -l "$pages" "$prefix.pdf" "$prefix"
echo "已生成 $prefix.pdf（$(pdfinfo "$prefix.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') 页）和：" >&2
ls "$prefix"-*.png
