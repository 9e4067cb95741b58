#!/usr/bin/env bash
# Figures for issue #4: importing a 5,000-row roster (GB18030, as Excel in China saves it) and
# searching 10,000 members per key press. Prints timings; asserts nothing.
#
#   scripts/bench-members.sh [OUT_DIR]        (default: bench-out/members, ignored by git)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out/members}
scratch=${SCRATCH:-.build}
mkdir -p "$out"

swift build -c release --scratch-path "$scratch" --product branchdesk >/dev/null
bin=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/branchdesk

python3 - "$out/roster-5000.csv" <<'PY'
import random, sys
random.seed(42)
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈欧阳司马上官诸葛"
single, compound = surnames[:-8], [surnames[-8:][i:i+2] for i in range(0, 8, 2)]
given = "建国明华丽静伟芳娜秀英敏强磊军洋勇艳杰娟涛超霞平刚桂文云辉鹏玉兰红春梅海波宁雪晓燕修"
with open(sys.argv[1], "w", encoding="gb18030", newline="") as f:
    f.write("序号,姓名,性别,民族,出生日期,学历,党小组,人员类别,入党日期,转正日期,手机号码,身份证号码,党费基数（元）,备注\r\n")
    for i in range(5000):
        name = (random.choice(compound) if i % 20 == 0 else random.choice(single)) + "".join(random.choice(given) for _ in range(random.randint(1, 2)))
        y, m, d = random.randint(1960, 2000), random.randint(1, 12), random.randint(1, 28)
        jy = y + random.randint(20, 25)
        idn = f"320102{y:04d}{m:02d}{d:02d}{i:04d}"
        f.write(f"{i+1},{name},{'男' if i % 2 else '女'},汉族,{y}年{m}月{d}日,大学本科,第{i % 40 + 1}党小组,正式党员,"
                f"{jy}.{m}.{d},{jy+1}.{m}.{d},139{i:08d},{idn},{random.randint(30, 200) * 50},\r\n")
PY

rm -rf "$out/ledger"
"$bin" init --name 基准支部 --data-dir "$out/ledger" >/dev/null
t() { local label=$1 s e; shift; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); printf '%6.0f ms  %s\n' "$(echo "($e - $s) * 1000" | bc)" "$label"; }
args=(--data-dir "$out/ledger" --today 2026-12-04)
echo "== 5,000 members (GB18030 sheet), release build"
t "import, new ledger"            "$bin" member import "$out/roster-5000.csv" "${args[@]}"
t "re-import, all unchanged"      "$bin" member import "$out/roster-5000.csv" "${args[@]}"
t "import --dry-run"              "$bin" member import "$out/roster-5000.csv" --dry-run "${args[@]}"
t "member list"                   "$bin" member list "${args[@]}"
t "dues (this month)"             "$bin" dues "${args[@]}"
du -h "$out/ledger/members.json"

echo "== search, 10,000 members per key press (release test build)"
swift test -c release --scratch-path "$scratch" --filter 'MemberSearchTests/testSearchTimings_10000Members_Printed' 2>&1 | grep 'timings'
