#!/usr/bin/env bash
# A small internet in network namespaces on this one machine, for testing the self-test page
# against a real DNS64 (unbound), a real NAT64 (tayga), a real CLAT (a second tayga) and a real
# browser. See test/lab/README.md for the topology.
#
#   lab.sh up                 build everything (runs `down` first), scenario "dualstack"
#   lab.sh scenario NAME      reconfigure the running lab for one scenario (cheap)
#   lab.sh down               tear everything down; idempotent, safe after a half-built lab
#   lab.sh exec CMD...        run CMD in the client namespace (nst-client)
#   lab.sh exec-in NS CMD...  run CMD in namespace nst-NS (router, dns, v4, v6, ds, www, portal)
#   lab.sh reap               kill what browsers left in the client namespace (not the CLAT)
#   lab.sh status             namespaces, daemons, current scenario
#   lab.sh check              dig/curl from the client: what the current scenario looks like
#
# Needs root. Touches nothing in the root namespace except files under $NST_LAB_STATE
# (default /run/nst-lab) and /etc/netns/nst-* (how `ip netns exec` gives a namespace its own
# resolv.conf); `down` removes both.

set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
STATE="${NST_LAB_STATE:-/run/nst-lab}"
DIST="${NST_LAB_DIST:-$REPO/dist}"
ECHO_SCRIPT="${NST_LAB_ECHO:-$REPO/server/echo.ts}"
# The lab's daemons (and run.mjs's browsers) run at this CPU priority, so that on a shared,
# busy machine answers and timeouts stay close to an idle machine's. 0 leaves it alone.
NICE="${NST_LAB_NICE:--10}"

NAMESPACES=(nst-client nst-router nst-dns nst-v4 nst-v6 nst-ds nst-www nst-portal)
SCENARIOS=(dualstack dualstack-v6late300 dualstack-v6late900 v4only v6only-nat64 v6only-nat64-nsp
  v6only-464xlat v6only-nonat64 ipv6-broken captive)

# --- addresses (keep in sync with README.md and run.mjs) ---------------------------------------
CLIENT_LAN4=10.0.0.0/24;          ROUTER_CL4=10.0.0.1;            CLIENT4=10.0.0.2
CLIENT_LAN6=2001:2:0:100::/64;    ROUTER_CL6=2001:2:0:100::1;     CLIENT6=2001:2:0:100::2
CLAT_NET6=2001:2:0:101::/64;      CLAT6=2001:2:0:101::1            # the CLAT's own IPv6 /64
CLAT4=192.0.0.1;                  CLAT_TAYGA4=192.0.0.2            # RFC 7335 range, client side
CLAT_INTERNAL=fd64:c1a7::/96                                       # CLAT tayga prefix, NATed to 64:ff9b
SRV_LAN4=192.0.2.0/24;            ROUTER_SRV4=192.0.2.1
SRV_LAN6=2001:2::/64;             ROUTER_SRV6=2001:2::1
PUBLIC4=203.0.113.1                                                # router's NAT44 address
POOL4=198.51.100.0/24;            TAYGA4=198.51.100.1              # NAT64 IPv4 pool
NAT64_INTERNAL=fd64:64::/96;      TAYGA6=fd64:ff::1                # tayga's own prefix (never seen by the client)
WKP=64:ff9b::/96                                                   # well-known prefix (RFC 6052)
NSP=2001:2:0:6464::/96                                             # network-specific prefix
V4_4=192.0.2.10                                                    # v4.lab.test (+ STUN)
V6_6=2001:2::20                                                    # v6.lab.test
DS_4=192.0.2.30;    DS_6=2001:2::30                                # ds.lab.test, large.lab.test
WWW_4=192.0.2.40;   WWW_6=2001:2::40                               # www.lab.test (the page)
DNS_4=192.0.2.53;   DNS_6=2001:2::53                               # nsd, authoritative
PORTAL_4=192.0.2.80; PORTAL_6=2001:2::80                           # captive portal

log() { printf '[lab] %s\n' "$*" >&2; }
die() { printf '[lab] error: %s\n' "$*" >&2; exit 1; }

need_root() {
  if [ "$(id -u)" != 0 ]; then
    die "the lab needs root (network namespaces, tun devices, nftables); run it as root, e.g. sudo bash $0 ${CMD:-up}"
  fi
}

nsx() { local ns="$1"; shift; ip netns exec "nst-$ns" "$@"; }

# --- processes: every daemon is started by start_daemon, which records its PID --------------
# A pidfile holds "PID NS NAME"; stop_daemon kills that PID only if it is still in that
# namespace (so a recycled PID is never hit).

pid_in_ns() { # pid ns -> true if process pid lives in namespace nst-ns
  local pid="$1" ns="$2"
  [ -d "/proc/$pid" ] || return 1
  ip netns identify "$pid" 2>/dev/null | grep -qx "nst-$ns"
}

start_daemon() { # name ns cmd... (the command must stay in the foreground)
  local name="$1" ns="$2"; shift 2
  mkdir -p "$STATE/pids" "$STATE/logs"
  # ip netns exec and nice exec the command itself, so $! is the daemon's PID.
  ip netns exec "nst-$ns" nice -n "$NICE" "$@" </dev/null >"$STATE/logs/$name.log" 2>&1 &
  echo "$! $ns $name" >"$STATE/pids/$name"
}

stop_daemon() { # name
  local f="$STATE/pids/$1" pid ns
  [ -f "$f" ] || return 0
  read -r pid ns _ <"$f" || true
  if [ -n "${pid:-}" ] && pid_in_ns "$pid" "$ns"; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do pid_in_ns "$pid" "$ns" || break; sleep 0.1; done
    if pid_in_ns "$pid" "$ns"; then kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  rm -f "$f"
}

daemon_alive() { # name
  local f="$STATE/pids/$1" pid ns
  [ -f "$f" ] || return 1
  read -r pid ns _ <"$f" || return 1
  pid_in_ns "$pid" "$ns"
}

wait_for() { # seconds description cmd...  (bounded)
  local secs="$1" what="$2"; shift 2
  local tries=$((secs * 10))
  for _ in $(seq 1 "$tries"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  die "timed out after ${secs}s waiting for $what"
}

# --- down ----------------------------------------------------------------------------------

cmd_down() {
  need_root
  local f
  if [ -d "$STATE/pids" ]; then
    for f in "$STATE"/pids/*; do [ -e "$f" ] && stop_daemon "$(basename "$f")"; done
  fi
  # Anything still inside one of our namespaces was started by this lab (or by `lab.sh exec`):
  # the nst- namespaces exist only for it. Kill those PIDs, and only those.
  local ns pids
  for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep '^nst-' || true); do
    pids="$(ip netns pids "$ns" 2>/dev/null || true)"
    if [ -n "$pids" ]; then
      # shellcheck disable=SC2086
      kill -TERM $pids 2>/dev/null || true
      for _ in $(seq 1 20); do [ -z "$(ip netns pids "$ns" 2>/dev/null)" ] && break; sleep 0.1; done
      pids="$(ip netns pids "$ns" 2>/dev/null || true)"
      # shellcheck disable=SC2086
      [ -n "$pids" ] && kill -KILL $pids 2>/dev/null || true
    fi
  done
  for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep '^nst-' || true); do
    ip netns del "$ns" 2>/dev/null || true
  done
  rm -rf /etc/netns/nst-* "$STATE"
  rmdir /etc/netns 2>/dev/null || true # only if empty (it did not exist before the lab)
  return 0
}

# --- up ------------------------------------------------------------------------------------

ns_base() { # ns: create namespace, lo up, sane sysctls
  local ns="$1"
  ip netns add "nst-$ns"
  nsx "$ns" ip link set lo up
  nsx "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0 \
    net.ipv6.conf.all.accept_ra=0 net.ipv6.conf.default.accept_ra=0 \
    net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 >/dev/null
}

server_ns() { # ns v4addr|- v6addr|-   (one veth into the router's server bridge)
  local ns="$1" a4="$2" a6="$3"
  ns_base "$ns"
  if [ "$a6" = - ]; then
    nsx "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1 >/dev/null
  fi
  ip -n nst-router link add "r-$ns" type veth peer name eth0 netns "nst-$ns"
  ip -n nst-router link set "r-$ns" master br0 up
  nsx "$ns" ip link set eth0 up
  if [ "$a4" != - ]; then
    nsx "$ns" ip addr add "$a4/24" dev eth0
    nsx "$ns" ip route add default via "$ROUTER_SRV4"
  fi
  if [ "$a6" != - ]; then
    nsx "$ns" ip -6 addr add "$a6/64" dev eth0 nodad
    nsx "$ns" ip -6 route add default via "$ROUTER_SRV6"
  fi
}

write_zones() {
  mkdir -p "$STATE/nsd"
  cat >"$STATE/nsd/lab.test.zone" <<EOF
\$ORIGIN lab.test.
\$TTL 30
@       SOA ns.lab.test. hostmaster.lab.test. 1 3600 600 86400 30
@       NS  ns
ns      A     $DNS_4
ns      AAAA  $DNS_6
v4      A     $V4_4
v6      AAAA  $V6_6
ds      A     $DS_4
ds      AAAA  $DS_6
large   A     $DS_4
large   AAAA  $DS_6
www     A     $WWW_4
www     AAAA  $WWW_6
; reachable only through a NAT64 on the well-known prefix: 64:ff9b::192.0.2.10
nat64   AAAA  64:ff9b::c000:20a
portal  A     $PORTAL_4
portal  AAAA  $PORTAL_6
EOF
  cat >"$STATE/nsd/ipv4only.arpa.zone" <<EOF
\$ORIGIN ipv4only.arpa.
\$TTL 30
@       SOA ns.lab.test. hostmaster.lab.test. 1 3600 600 86400 30
@       NS  ns.lab.test.
@       A   192.0.0.170
@       A   192.0.0.171
EOF
  cat >"$STATE/nsd/nsd.conf" <<EOF
server:
  ip-address: $DNS_4
  ip-address: $DNS_6
  port: 53
  username: ""
  chroot: ""
  zonesdir: "$STATE/nsd"
  pidfile: "$STATE/nsd/nsd.pid"
  database: ""
  zonelistfile: "$STATE/nsd/zone.list"
  xfrdfile: "$STATE/nsd/xfrd.state"
  xfrdir: "$STATE/nsd"
  server-count: 1
  verbosity: 1
  hide-version: yes
remote-control:
  control-enable: no
zone:
  name: "lab.test"
  zonefile: "lab.test.zone"
zone:
  name: "ipv4only.arpa"
  zonefile: "ipv4only.arpa.zone"
EOF
}

write_tayga_nat64() {
  mkdir -p "$STATE/tayga-nat64"
  cat >"$STATE/tayga-nat64/tayga.conf" <<EOF
tun-device nat64
ipv4-addr $TAYGA4
ipv6-addr $TAYGA6
prefix $NAT64_INTERNAL
dynamic-pool $POOL4
data-dir $STATE/tayga-nat64
EOF
}

write_www() {
  mkdir -p "$STATE/www/root" "$STATE/www/tmp" "$STATE/portal/tmp"
  cat >"$STATE/www/nginx.conf" <<EOF
user root;
worker_processes 1;
daemon off;
pid $STATE/www/nginx.pid;
error_log $STATE/www/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $STATE/www/access.log;
  client_body_temp_path $STATE/www/tmp/body;
  proxy_temp_path $STATE/www/tmp/proxy;
  fastcgi_temp_path $STATE/www/tmp/fastcgi;
  uwsgi_temp_path $STATE/www/tmp/uwsgi;
  scgi_temp_path $STATE/www/tmp/scgi;
  server {
    listen $WWW_4:80;
    listen [$WWW_6]:80;
    server_name www.lab.test;
    add_header Cache-Control "no-store" always;
    # Lab files (config*.json, probe.html) first, then the built page.
    location / {
      root $STATE/www/root;
      try_files \$uri @dist;
    }
    location @dist {
      root $DIST;
      index index.html;
    }
  }
}
EOF
  cat >"$STATE/portal/nginx.conf" <<EOF
user root;
worker_processes 1;
daemon off;
pid $STATE/portal/nginx.pid;
error_log $STATE/portal/error.log warn;
events { worker_connections 256; }
http {
  access_log $STATE/portal/access.log;
  client_body_temp_path $STATE/portal/tmp/body;
  proxy_temp_path $STATE/portal/tmp/proxy;
  fastcgi_temp_path $STATE/portal/tmp/fastcgi;
  uwsgi_temp_path $STATE/portal/tmp/uwsgi;
  scgi_temp_path $STATE/portal/tmp/scgi;
  server {
    listen 80 default_server;
    listen [::]:80 default_server;
    # Like a real portal: every URL gets the login page, 200 text/html, no CORS headers.
    location / {
      default_type text/html;
      add_header Cache-Control "no-store" always;
      return 200 '<!doctype html><html><head><title>Sign in to Lab WiFi</title></head><body><h1>Welcome to Lab WiFi</h1><form method="post" action="/login"><input name="room"><button>Connect</button></form></body></html>\n';
    }
  }
}
EOF
}

cmd_up() {
  need_root
  cmd_down
  local t0=$SECONDS
  [ -f "$ECHO_SCRIPT" ] || die "echo server not found: $ECHO_SCRIPT"
  [ -e /dev/net/tun ] || die "/dev/net/tun is missing (tayga needs it)"
  local tool
  for tool in tayga unbound nsd nginx nft dig node; do
    command -v "$tool" >/dev/null || die "$tool is not installed (apt-get install tayga unbound nsd nginx nftables dnsutils nodejs)"
  done
  mkdir -p "$STATE/pids" "$STATE/logs"
  log "building namespaces"

  # Router: one link to the client, one bridge for all servers.
  ns_base router
  nsx router sysctl -qw net.ipv4.ip_forward=1 net.ipv6.conf.all.forwarding=1 >/dev/null
  nsx router ip link add br0 type bridge forward_delay 0 stp_state 0
  nsx router ip link set br0 up
  nsx router ip addr add "$ROUTER_SRV4/24" dev br0
  nsx router ip -6 addr add "$ROUTER_SRV6/64" dev br0 nodad
  nsx router ip addr add "$PUBLIC4/32" dev lo
  # Anything outside the lab is unreachable (answered at once with ICMP, never sent anywhere).
  nsx router ip route add unreachable default
  nsx router ip -6 route add unreachable default

  ns_base client
  # A second loopback address, so that glibc's AI_ADDRCONFIG ("does this host have IPv4?"
  # counts every IPv4 address but 127.0.0.1) sends IPv4 lookups to the resolver on IPv6-only
  # scenarios instead of failing them at once. WebKitGTK resolves through GLib, which looks up
  # A and AAAA in parallel and, when the A lookup fails first, waits only 50 ms for the AAAA
  # before failing the whole name with the A lookup's error: on a busy machine 1 in 10 page
  # loads lost a name that way (0 in 20 with this address). The answers it now gets are
  # unroutable here and skipped by every browser; loopback is never an ICE candidate or route.
  nsx client ip addr add 127.0.0.2/32 dev lo
  ip -n nst-router link add r-cl type veth peer name c0 netns nst-client
  nsx router ip link set r-cl up
  nsx router ip addr add "$ROUTER_CL4/24" dev r-cl
  nsx router ip -6 addr add "$ROUTER_CL6/64" dev r-cl nodad
  nsx router ip -6 route add "$CLAT_NET6" via "$CLIENT6" dev r-cl
  nsx client ip link set c0 up

  server_ns dns "$DNS_4" "$DNS_6"
  server_ns v4 "$V4_4" -
  server_ns v6 - "$V6_6"
  server_ns ds "$DS_4" "$DS_6"
  server_ns www "$WWW_4" "$WWW_6"
  server_ns portal "$PORTAL_4" "$PORTAL_6"

  # NAT64 in the router: tayga on an internal prefix; nftables maps the client-visible prefix
  # (64:ff9b::/96 or the NSP, per scenario) onto it. See README.md for why.
  write_tayga_nat64
  nsx router tayga --mktun -c "$STATE/tayga-nat64/tayga.conf" >/dev/null 2>&1 \
    || die "tayga --mktun failed"
  nsx router ip link set nat64 up
  nsx router ip route add "$POOL4" dev nat64
  nsx router ip -6 route add "$NAT64_INTERNAL" dev nat64
  start_daemon tayga-nat64 router tayga --nodetach -c "$STATE/tayga-nat64/tayga.conf"

  # DNS: nsd authoritative in nst-dns; unbound (the client's resolver) in the router.
  write_zones
  start_daemon nsd dns nsd -d -c "$STATE/nsd/nsd.conf"

  # Echo servers (server/echo.ts), one per server namespace; the STUN responder on the
  # IPv4-only host. The dual-stack host runs one echo per family, so that its IPv6 side can be
  # made slow (start_v6_echoes) while its IPv4 side is not.
  (cd "$REPO" && start_daemon echo-v4 v4 node --import tsx "$ECHO_SCRIPT" --listen "$V4_4:80" --stun "$V4_4:3478")
  (cd "$REPO" && start_daemon echo-ds ds node --import tsx "$ECHO_SCRIPT" --listen "$DS_4:80")
  start_v6_echoes 0

  write_www
  start_daemon nginx-www www nginx -p "$STATE/www" -c "$STATE/www/nginx.conf"
  start_daemon nginx-portal portal nginx -p "$STATE/portal" -c "$STATE/portal/nginx.conf"

  wait_for 10 "nsd" nsx router dig +time=1 +tries=1 +short @"$DNS_4" ns.lab.test A
  wait_for 10 "nginx (www)" nsx router bash -c "exec 3<>/dev/tcp/$WWW_4/80"
  wait_for 10 "nginx (portal)" nsx router bash -c "exec 3<>/dev/tcp/$PORTAL_4/80"
  wait_for 20 "echo v4" nsx router bash -c "exec 3<>/dev/tcp/$V4_4/80"
  wait_for 20 "echo ds" nsx router bash -c "exec 3<>/dev/tcp/$DS_4/80"
  wait_v6_echoes
  daemon_alive tayga-nat64 || die "tayga (NAT64) exited: $(tail -5 "$STATE/logs/tayga-nat64.log")"

  cmd_scenario "${1:-dualstack}"
  log "lab up in $((SECONDS - t0))s"
}

# The echoes that answer over IPv6 (v6.lab.test, the IPv6 literal, and the IPv6 side of
# ds.lab.test and large.lab.test), started with every answer DELAY ms late (0: at once). The
# kernel here has no netem, so a slow IPv6 path is made by the echo itself (--delay-ms): the TCP
# handshake is as fast as ever, the HTTP answer is late. Restarted only when the delay changes
# (a restart costs about a second); nginx (the page) and DNS stay fast, and STUN runs only on
# the IPv4-only host, so it has no IPv6 side to slow down.
start_v6_echoes() { # delay-ms
  local delay="$1" extra=()
  [ "$delay" -gt 0 ] && extra=(--delay-ms "$delay")
  stop_daemon echo-v6
  stop_daemon echo-ds6
  (cd "$REPO" && start_daemon echo-v6 v6 node --import tsx "$ECHO_SCRIPT" --listen "[$V6_6]:80" "${extra[@]}")
  (cd "$REPO" && start_daemon echo-ds6 ds node --import tsx "$ECHO_SCRIPT" --listen "[$DS_6]:80" "${extra[@]}")
  echo "$delay" >"$STATE/v6delay"
}

wait_v6_echoes() {
  wait_for 20 "echo v6" nsx router bash -c "exec 3<>/dev/tcp/$V6_6/80"
  wait_for 20 "echo ds (IPv6)" nsx router bash -c "exec 3<>/dev/tcp/$DS_6/80"
}

set_v6_delay() { # delay-ms: restart the IPv6 echoes only if their delay differs
  local delay="$1"
  [ "$(cat "$STATE/v6delay" 2>/dev/null || echo 0)" = "$delay" ] && return 0
  start_v6_echoes "$delay"
  wait_v6_echoes
  log "IPv6 echoes answer ${delay} ms late"
}

# --- scenarios -----------------------------------------------------------------------------

write_unbound() { # dns64: none|wkp|nsp ; captive: 0|1
  local dns64="$1" captive="$2"
  mkdir -p "$STATE/unbound"
  {
    cat <<EOF
server:
  interface: $ROUTER_CL4
  interface: $ROUTER_CL6
  port: 53
  do-daemonize: no
  username: ""
  chroot: ""
  directory: "$STATE/unbound"
  pidfile: "$STATE/unbound/unbound.pid"
  use-syslog: no
  logfile: ""
  verbosity: 1
  log-queries: yes
  num-threads: 1
  do-ip4: yes
  do-ip6: yes
  access-control: 0.0.0.0/0 allow
  access-control: ::/0 allow
  cache-max-ttl: 30
  cache-max-negative-ttl: 5
  qname-minimisation: no
  # Nothing leaves the lab: every name outside our zones is NXDOMAIN (Chromium still makes
  # background lookups despite its flags).
  local-zone: "." static
  local-zone: "test." nodefault
  local-zone: "lab.test." transparent
  local-zone: "ipv4only.arpa." transparent
EOF
    if [ "$dns64" = none ]; then
      echo '  module-config: "iterator"'
    else
      echo '  module-config: "dns64 iterator"'
      if [ "$dns64" = wkp ]; then echo "  dns64-prefix: $WKP"; else echo "  dns64-prefix: $NSP"; fi
    fi
    if [ "$captive" = 1 ]; then
      echo "  # captive portal: every probe name points at the portal; www stays reachable"
      local n
      for n in v4 v6 ds large nat64; do
        echo "  local-data: \"$n.lab.test. 30 IN A $PORTAL_4\""
        echo "  local-data: \"$n.lab.test. 30 IN AAAA $PORTAL_6\""
      done
    fi
    cat <<EOF
stub-zone:
  name: "lab.test."
  stub-addr: $DNS_4
  stub-addr: $DNS_6
stub-zone:
  name: "ipv4only.arpa."
  stub-addr: $DNS_4
  stub-addr: $DNS_6
EOF
  } >"$STATE/unbound/unbound.conf"
}

write_router_nft() { # nat64: none|wkp|nsp ; v6drop: 0|1 ; captive: 0|1
  local nat64="$1" v6drop="$2" captive="$3"
  {
    echo "flush ruleset"
    cat <<EOF
table ip nst4 {
  chain c_post {
    type nat hook postrouting priority srcnat; policy accept;
    oifname "br0" ip saddr $CLIENT_LAN4 snat to $PUBLIC4
  }
EOF
    if [ "$captive" = 1 ]; then
      cat <<EOF
  chain c_pre {
    type nat hook prerouting priority dstnat; policy accept;
    iifname "r-cl" ip daddr != $WWW_4 tcp dport 80 dnat to $PORTAL_4
  }
EOF
    fi
    echo "}"
    echo "table ip6 nst6 {"
    # The client never reaches tayga's internal prefix directly.
    cat <<EOF
  chain c_raw {
    type filter hook prerouting priority raw; policy accept;
    iifname "r-cl" ip6 daddr $NAT64_INTERNAL drop
  }
  chain c_pre {
    type nat hook prerouting priority dstnat; policy accept;
EOF
    if [ "$captive" = 1 ]; then
      echo "    iifname \"r-cl\" ip6 daddr != $WWW_6 tcp dport 80 dnat to $PORTAL_6"
    fi
    case "$nat64" in
      wkp) echo "    iifname \"r-cl\" ip6 daddr $WKP dnat prefix to $NAT64_INTERNAL" ;;
      nsp) echo "    iifname \"r-cl\" ip6 daddr $NSP dnat prefix to $NAT64_INTERNAL" ;;
    esac
    echo "  }"
    echo "}"
    cat <<EOF
table inet nstf {
  chain c_fwd {
    type filter hook forward priority filter; policy accept;
EOF
    if [ "$v6drop" = 1 ]; then
      echo "    iifname \"r-cl\" meta nfproto ipv6 drop"
      echo "    oifname \"r-cl\" meta nfproto ipv6 drop"
    fi
    if [ "$captive" = 1 ]; then
      # Walled garden: the page itself and the portal, nothing else (no STUN, no echo).
      echo "    iifname \"r-cl\" ct status dnat accept"
      echo "    iifname \"r-cl\" ip daddr $WWW_4 accept"
      echo "    iifname \"r-cl\" ip6 daddr $WWW_6 accept"
      echo "    iifname \"r-cl\" ip daddr $PORTAL_4 accept"
      echo "    iifname \"r-cl\" ip6 daddr $PORTAL_6 accept"
      echo "    iifname \"r-cl\" drop"
    fi
    echo "  }"
    echo "}"
  } >"$STATE/router.nft"
  nsx router nft -f "$STATE/router.nft"
}

client_net() { # v4: 0|1 ; v6: 0|1 ; clat: 0|1
  local v4="$1" v6="$2" clat="$3"
  stop_daemon tayga-clat
  nsx client ip link del clat 2>/dev/null || true
  nsx client nft flush ruleset
  nsx client ip addr flush dev c0
  nsx client ip route flush dev c0 2>/dev/null || true
  nsx client ip -6 route flush dev c0 2>/dev/null || true
  nsx client ip route del default 2>/dev/null || true
  nsx client ip -6 route del default 2>/dev/null || true
  nsx client sysctl -qw net.ipv6.conf.c0.disable_ipv6=$((1 - v6)) >/dev/null
  nsx client sysctl -qw net.ipv6.conf.all.forwarding="$clat" >/dev/null
  if [ "$v4" = 1 ]; then
    nsx client ip addr add "$CLIENT4/24" dev c0
    nsx client ip route add default via "$ROUTER_CL4"
  fi
  if [ "$v6" = 1 ]; then
    nsx client ip -6 addr add "$CLIENT6/64" dev c0 nodad
    # A default route even on IPv6-only: Chromium asks for AAAA only if a UDP connect() to a
    # public IPv6 address succeeds; the router answers "unreachable" for anything outside.
    nsx client ip -6 route add default via "$ROUTER_CL6" dev c0
  fi
  if [ "$clat" = 1 ]; then
    mkdir -p "$STATE/tayga-clat"
    cat >"$STATE/tayga-clat/tayga.conf" <<EOF
tun-device clat
ipv4-addr $CLAT_TAYGA4
prefix $CLAT_INTERNAL
map $CLAT4 $CLAT6
data-dir $STATE/tayga-clat
EOF
    nsx client tayga --mktun -c "$STATE/tayga-clat/tayga.conf" >/dev/null 2>&1 || die "tayga --mktun (clat) failed"
    nsx client ip link set clat up mtu 1480
    nsx client ip addr add "$CLAT4/32" dev clat
    nsx client ip route add default dev clat src "$CLAT4"
    nsx client ip -6 route add "$CLAT_NET6" dev clat
    nsx client ip -6 route add "$CLAT_INTERNAL" dev clat
    # The CLAT translates to an internal prefix (tayga refuses TEST-NET addresses under
    # 64:ff9b::/96); nftables maps it onto the well-known prefix on the way out.
    nsx client nft -f - <<EOF
table ip6 clat {
  chain c_pre {
    type nat hook prerouting priority dstnat; policy accept;
    iifname "clat" ip6 daddr $CLAT_INTERNAL dnat prefix to $WKP
  }
}
EOF
    start_daemon tayga-clat client tayga --nodetach -c "$STATE/tayga-clat/tayga.conf"
  fi
  local resolv=""
  [ "$v6" = 1 ] && resolv+="nameserver $ROUTER_CL6"$'\n'
  [ "$v4" = 1 ] && resolv+="nameserver $ROUTER_CL4"$'\n'
  mkdir -p /etc/netns/nst-client
  printf '%soptions timeout:2 attempts:2\n' "$resolv" >/etc/netns/nst-client/resolv.conf
}

restart_unbound() {
  stop_daemon unbound
  start_daemon unbound router unbound -d -c "$STATE/unbound/unbound.conf"
  wait_for 10 "unbound" nsx router dig +time=1 +tries=1 +short @"$ROUTER_CL4" www.lab.test A
}

# The first IPv6 packets after the client's addresses change can take a moment (neighbour
# discovery on the fresh link, the restarted resolver), and a browser started in that window
# fails to resolve the page's own name (WebKit did). So before anything is measured, wait
# (bounded) until the resolver answers on every family the client has and the page loads over
# each family the scenario routes.
client_ready() { # v4 v6 v6drop
  local v4="$1" v6="$2" v6drop="$3" t0 ms
  t0=$(date +%s%N)
  if [ "$v6" = 1 ]; then
    wait_for 10 "the resolver over IPv6" answers_name "@$ROUTER_CL6" AAAA
    [ "$v6drop" = 1 ] || wait_for 10 "the page over IPv6" nsx client curl -6 -sf -m 1 -o /dev/null http://www.lab.test/
  fi
  if [ "$v4" = 1 ]; then
    wait_for 10 "the resolver over IPv4" answers_name "@$ROUTER_CL4" A
    wait_for 10 "the page over IPv4" nsx client curl -4 -sf -m 1 -o /dev/null http://www.lab.test/
  fi
  ms=$((($(date +%s%N) - t0) / 1000000))
  [ "$ms" -lt 500 ] || log "client network ready after ${ms} ms"
}

answers_name() { # @server type: the client's resolver returns an address for www.lab.test
  [ -n "$(nsx client dig +time=1 +tries=1 +short "$1" www.lab.test "$2")" ]
}

# What must work from the client in each scenario (curl URL -> start of the body): a cheap proof
# that the network is what the scenario says before a browser is blamed for a wrong verdict.
expect_body() { # url prefix
  local url="$1" want="$2" got=""
  for _ in 1 2 3; do
    got="$(nsx client curl -s -m 2 "$url" 2>/dev/null | head -c 200 || true)"
    case "$got" in "$want"*) return 0 ;; esac
    sleep 0.3
  done
  die "scenario check: $url answered '${got:-nothing}', expected '$want…'"
}

# The slow-IPv6 scenarios: the answer is ours and starts no sooner than the delay (the echo
# really is late; one request checks both).
expect_late() { # url prefix delay-ms
  local url="$1" want="$2" delay="$3" out="" body="" ms=0
  for _ in 1 2 3; do
    out="$(nsx client curl -s -m 3 -w '\n%{time_starttransfer}' "$url" 2>/dev/null || true)"
    body="$(printf '%s' "$out" | head -n -1 | head -c 200)"
    ms="$(printf '%s' "$out" | tail -n 1 | awk '{ printf "%d", $1 * 1000 }')"
    case "$body" in "$want"*) break ;; esac
    sleep 0.3
  done
  case "$body" in "$want"*) ;; *) die "scenario check: $url answered '${body:-nothing}', expected '$want…'" ;; esac
  [ "$ms" -ge "$delay" ] || die "scenario check: $url answered after ${ms} ms, expected ${delay} ms or later"
}

verify_scenario() { # scenario v6delay
  local s="$1" v6delay="$2" nat='{"ip":"198.51.100.'
  if ! command -v curl >/dev/null; then
    log "curl is not installed: skipping the scenario check (apt-get install curl)"
    return 0
  fi
  case "$s" in
    dualstack)
      expect_body http://v4.lab.test/echo '{"ip":"203.0.113.1"'
      expect_body http://v6.lab.test/echo "{\"ip\":\"$CLIENT6\"" ;;
    dualstack-v6late*)
      expect_body http://v4.lab.test/echo '{"ip":"203.0.113.1"'
      expect_late http://v6.lab.test/echo "{\"ip\":\"$CLIENT6\"" "$v6delay"
      expect_late "http://[$DS_6]/echo" "{\"ip\":\"$CLIENT6\"" "$v6delay" ;;
    v4only | ipv6-broken)
      expect_body http://v4.lab.test/echo '{"ip":"203.0.113.1"' ;;
    v6only-nat64)
      expect_body http://v4.lab.test/echo "$nat"
      expect_body http://nat64.lab.test/echo "$nat" ;;
    v6only-nat64-nsp)
      expect_body http://v4.lab.test/echo "$nat"
      expect_body "http://[2001:2:0:6464::c000:20a]/echo" "$nat" ;;
    v6only-464xlat)
      expect_body http://nat64.lab.test/echo "$nat"
      expect_body "http://$V4_4/echo" "$nat" ;;
    v6only-nonat64)
      expect_body http://v6.lab.test/echo "{\"ip\":\"$CLIENT6\"" ;;
    captive)
      expect_body http://v4.lab.test/echo '<!doctype html><html><head><title>Sign in' ;;
  esac
  expect_body http://www.lab.test/ '<!doctype html>'
}

cmd_scenario() {
  need_root
  local s="$1"
  [ -d "$STATE/pids" ] || die "the lab is not up (run: $0 up)"
  # scenario -> client v4 v6 clat | dns64 | nat64 | v6 dropped | captive | IPv6 echoes' delay
  local v4 v6 clat dns64 nat64 v6drop=0 captive=0 v6delay=0
  case "$s" in
    dualstack)        v4=1 v6=1 clat=0 dns64=none nat64=none ;;
    dualstack-v6late300) v4=1 v6=1 clat=0 dns64=none nat64=none v6delay=300 ;;
    dualstack-v6late900) v4=1 v6=1 clat=0 dns64=none nat64=none v6delay=900 ;;
    v4only)           v4=1 v6=0 clat=0 dns64=none nat64=none ;;
    v6only-nat64)     v4=0 v6=1 clat=0 dns64=wkp  nat64=wkp ;;
    v6only-nat64-nsp) v4=0 v6=1 clat=0 dns64=nsp  nat64=nsp ;;
    v6only-464xlat)   v4=0 v6=1 clat=1 dns64=wkp  nat64=wkp ;;
    v6only-nonat64)   v4=0 v6=1 clat=0 dns64=none nat64=none ;;
    ipv6-broken)      v4=1 v6=1 clat=0 dns64=none nat64=none v6drop=1 ;;
    captive)          v4=1 v6=1 clat=0 dns64=none nat64=none captive=1 ;;
    *) die "unknown scenario '$s' (known: ${SCENARIOS[*]})" ;;
  esac
  set_v6_delay "$v6delay"
  write_router_nft "$nat64" "$v6drop" "$captive"
  client_net "$v4" "$v6" "$clat"
  write_unbound "$dns64" "$captive"
  restart_unbound
  if [ "$clat" = 1 ]; then
    sleep 0.2
    daemon_alive tayga-clat || die "tayga (CLAT) exited: $(tail -5 "$STATE/logs/tayga-clat.log")"
  fi
  client_ready "$v4" "$v6" "$v6drop"
  verify_scenario "$s" "$v6delay"
  echo "$s" >"$STATE/scenario"
  log "scenario $s"
}

# Kill what a browser session left in the client namespace (browser, driver, X server), by
# PID: everything there except the lab's own daemons (the CLAT's tayga) was started by a run.
cmd_reap() {
  need_root
  local keep="" f pid ns pids p left
  if [ -d "$STATE/pids" ]; then
    for f in "$STATE"/pids/*; do
      [ -e "$f" ] || continue
      read -r pid ns _ <"$f" || continue
      [ "$ns" = client ] && keep+=" $pid"
    done
  fi
  pids=""
  for p in $(ip netns pids nst-client 2>/dev/null || true); do
    case " $keep " in *" $p "*) ;; *) pids+=" $p" ;; esac
  done
  [ -n "$pids" ] || return 0
  log "reaping leftover processes in nst-client:$pids"
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  for _ in $(seq 1 20); do
    left=""
    for p in $pids; do pid_in_ns "$p" client && left+=" $p"; done
    [ -z "$left" ] && return 0
    sleep 0.1
  done
  # shellcheck disable=SC2086
  kill -KILL $left 2>/dev/null || true
}

cmd_status() {
  echo "namespaces: $(ip netns list 2>/dev/null | awk '{print $1}' | grep '^nst-' | tr '\n' ' ')"
  echo "scenario:   $(cat "$STATE/scenario" 2>/dev/null || echo none)"
  echo "IPv6 echoes answer $(cat "$STATE/v6delay" 2>/dev/null || echo 0) ms late"
  local f
  if [ -d "$STATE/pids" ]; then
    for f in "$STATE"/pids/*; do
      [ -e "$f" ] || continue
      if daemon_alive "$(basename "$f")"; then echo "  up    $(cat "$f")"; else echo "  DEAD  $(cat "$f")"; fi
    done
  fi
}

cmd_check() {
  local n t
  echo "== resolv.conf"; cat /etc/netns/nst-client/resolv.conf
  echo "== client addresses"; nsx client ip -br addr
  for n in v4 v6 ds nat64 www ipv4only.arpa; do
    local fq="$n.lab.test"; [ "$n" = ipv4only.arpa ] && fq=$n
    for t in A AAAA; do
      printf '%-18s %-4s %s\n' "$fq" "$t" "$(nsx client dig +time=2 +tries=1 +short "$fq" "$t" 2>&1 | tr '\n' ' ')"
    done
  done
  for u in http://v4.lab.test/echo http://v6.lab.test/echo http://ds.lab.test/echo \
    http://nat64.lab.test/echo "http://$V4_4/echo" "http://[$V6_6]/echo" \
    "http://[2001:2:0:6464::c000:20a]/echo" http://www.lab.test/; do
    printf '%-42s %s\n' "$u" "$(nsx client curl -s -m 3 -o /dev/stdout -w ' [%{http_code}]' "$u" 2>&1 | head -c 120 | tr '\n' ' ')"
  done
}

main() {
  local cmd="${1:-}"; shift || true
  CMD="$cmd"
  case "$cmd" in
    up) need_root; cmd_up "$@" ;;
    down) cmd_down ;;
    scenario) [ $# -eq 1 ] || die "usage: $0 scenario NAME (${SCENARIOS[*]})"; cmd_scenario "$1" ;;
    exec) need_root; [ $# -ge 1 ] || die "usage: $0 exec CMD..."; exec ip netns exec nst-client "$@" ;;
    exec-in) need_root; [ $# -ge 2 ] || die "usage: $0 exec-in NS CMD..."; local ns="${1#nst-}"; shift; exec ip netns exec "nst-$ns" "$@" ;;
    reap) cmd_reap ;;
    status) cmd_status ;;
    check) need_root; cmd_check ;;
    scenarios) printf '%s\n' "${SCENARIOS[@]}" ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; [ -z "$cmd" ] || exit 2 ;;
  esac
}

main "$@"
