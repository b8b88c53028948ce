#!/usr/bin/env bash
# Creates a small private CA and a server certificate for lampid-central's TLS.
#
#   scripts/make-certs.sh DIR [HOSTNAME_OR_IP ...]
#
# DIR/ca.pem        the CA certificate: copy it to every edge (lampid-edge-cli --ca DIR/ca.pem)
# DIR/ca-key.pem    the CA's private key: keep it offline
# DIR/server.pem    the server's certificate chain (lampid-central --cert)
# DIR/server-key.pem  the server's private key (lampid-central --key)
#
# The names (default: localhost and 127.0.0.1) go into the certificate's subjectAltName; edges must connect
# with one of them. Keys are ECDSA P-256; the server certificate is valid for 825 days, the CA for 10 years.
set -euo pipefail
dir=${1:?usage: make-certs.sh DIR [HOSTNAME_OR_IP ...]}
shift
names=("$@")
[[ ${#names[@]} -eq 0 ]] && names=(localhost 127.0.0.1)
mkdir -p "$dir"
cd "$dir"
umask 077

san=""
for n in "${names[@]}"; do
  if [[ $n =~ ^[0-9.]+$ || $n == *:* ]]; then san+="IP:$n,"; else san+="DNS:$n,"; fi
done
san=${san%,}

if [[ ! -f ca.pem ]]; then
  openssl ecparam -name prime256v1 -genkey -noout -out ca-key.pem
  openssl req -x509 -new -key ca-key.pem -sha256 -days 3650 -subj "/O=e-LAMPID/CN=e-LAMPID private CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out ca.pem
fi
openssl ecparam -name prime256v1 -genkey -noout -out server-key.pem
openssl req -new -key server-key.pem -subj "/O=e-LAMPID/CN=${names[0]}" -out server.csr
printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' \
  "$san" > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 825 -sha256 \
  -extfile server.ext -out server.pem 2>/dev/null
rm -f server.csr server.ext ca.srl
chmod 644 ca.pem server.pem
echo "CA: $dir/ca.pem  server: $dir/server.pem + $dir/server-key.pem  names: ${names[*]}"
