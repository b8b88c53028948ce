#!/usr/bin/env bash
# Quick-start command 1: installs what is needed, builds, and runs the main job:
#   the central server on SQLite (gRPC sync + dashboard), the Dukcapil simulator, and an edge node with sample
#   data that enrolls, pushes its reports, and keeps syncing. Serves until Ctrl-C and prints where to look.
# Idempotent: every run starts a fresh demo in .demo/ (the previous one is replaced).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/install-deps.sh"
echo "==> building (preset default): lampid-central, lampid-dukcapil-sim, lampid-edge-cli"
"$root/scripts/build.sh" default --target lampid-central lampid-dukcapil-sim lampid-edge-cli

bin="$root/build/default"
central="$bin/central-server/app/lampid-central"
sim="$bin/central-server/dukcapil-sim/lampid-dukcapil-sim"
cli="$bin/edge-app/cli/lampid-edge-cli"

# A free TCP port on loopback, starting from a preferred one.
free_port() {
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do exec 3>&- 3<&-; p=$((p + 1)); done
  echo "$p"
}
wait_port() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && { exec 3>&- 3<&-; return 0; }
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2
  return 1
}

demo="$root/.demo"
rm -rf "$demo"
mkdir -p "$demo"
grpc_port=$(free_port 7443)
http_port=$(free_port 8080)
sim_port=$(free_port 50070)
db="sqlite:$demo/central.db"
kecamatan=32.73.05
export LAMPID_PASSPHRASE=demo-kantor-andir

pids=()
cleanup() {
  echo
  echo "==> stopping the demo"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "==> central database: a few thousand reports across Indonesia, so the dashboard has something to show"
"$central" admin seed-synthetic --db "$db" --reports 5000 --days-back 365 >"$demo/seed.log" 2>&1
echo "==> accounts (Argon2id-hashed on the server)"
LAMPID_PASSWORD=analis-demo-123 "$central" admin user add analis --db "$db" --name "Analis Pusat" \
  --role analis_pusat >/dev/null
LAMPID_PASSWORD=pejabat-demo-123 "$central" admin user add pejabat.bandung --db "$db" --name "Pejabat Kota Bandung" \
  --role pejabat_kabkota --region 32.73 >/dev/null
LAMPID_PASSWORD=verifikator-demo-123 "$central" admin user add verif.andir --db "$db" --name "Verifikator Andir" \
  --role verifikator_kecamatan --region "$kecamatan" >/dev/null
"$central" admin user contact verif.andir --db "$db" --email verif.andir@example.go.id --phone +6281200000001 >/dev/null

echo "==> Dukcapil simulator on 127.0.0.1:$sim_port (50 ms latency)"
"$sim" --listen "127.0.0.1:$sim_port" --latency-ms 50 >"$demo/dukcapil-sim.log" 2>&1 &
pids+=($!)
wait_port "$sim_port"

echo "==> central server: gRPC 127.0.0.1:$grpc_port, dashboard http://127.0.0.1:$http_port"
"$central" --listen "127.0.0.1:$grpc_port" --db "$db" --insecure-loopback --dukcapil "127.0.0.1:$sim_port" \
  --http "127.0.0.1:$http_port" --notify-spool "$demo/outbox" >"$demo/central.log" 2>&1 &
pids+=($!)
wait_port "$grpc_port"
wait_port "$http_port"

echo "==> edge node of kecamatan $kecamatan (Andir, Kota Bandung) in $demo/edge"
"$cli" --data "$demo/edge" init --kecamatan "$kecamatan" --operator siti >"$demo/edge-init.log"
code=$("$central" admin enroll-code --db "$db" --kecamatan "$kecamatan" | tail -1)
"$cli" --data "$demo/edge" enroll --server "127.0.0.1:$grpc_port" --insecure-loopback --code "$code"
"$cli" gen --count 200 --kecamatan "$kecamatan" --seed 1 --unknown-share 0.1 --out "$demo/reports.jsonl"
"$cli" --data "$demo/edge" import --jsonl "$demo/reports.jsonl" | tail -1
"$cli" --data "$demo/edge" add --json "$root/samples/reports/kelahiran.json"
echo "==> first sync"
"$cli" --data "$demo/edge" sync
sleep 2  # Dukcapil answers within a second or two
"$cli" --data "$demo/edge" sync >/dev/null
echo
echo "Reports on the server, per workflow state:"
"$central" admin report count --db "$db" | sed 's/^/  /'
echo "Reports on the edge:"
"$cli" --data "$demo/edge" list --limit 5 | sed 's/^/  /'

"$cli" --data "$demo/edge" sync --watch --pull-every 30 >"$demo/edge-sync.log" 2>&1 &
pids+=($!)

cat <<EOF

================================================================================================
 e-LAMPID Edge demo is running. Where to look:

 Dashboard (Bahasa Indonesia)  http://127.0.0.1:$http_port
   analis pusat:      analis            / analis-demo-123
   pejabat Kota Bandung (review queue): pejabat.bandung / pejabat-demo-123
 Metrics (Prometheus)          http://127.0.0.1:$http_port/metrics

 The edge node (folder $demo/edge, passphrase in LAMPID_PASSPHRASE=$LAMPID_PASSPHRASE):
   $cli --data $demo/edge list
   $cli --data $demo/edge add --json samples/reports/kematian.json
   (it keeps syncing in the background: $demo/edge-sync.log)
 Server-side decisions:
   $central admin report act ID --action approve --as verif.andir --db $db
 Notifications (SMS/e-mail to verif.andir when a report needs correction): $demo/outbox/*.json
 Logs: $demo/*.log

 Ctrl-C stops everything.
================================================================================================
EOF
while true; do sleep 3600; done
