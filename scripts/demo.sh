#!/usr/bin/env bash
# Walks the whole story against a running host: catalog, stock, a customer, an order to delivery, a declined
# payment, an out-of-stock order, a return of the delivered order with a restock and a refund, and an order split
# over two warehouses. Needs curl and jq.
#   scripts/demo.sh [base-url]        (default http://localhost:5080)
#   ADMIN_EMAIL / ADMIN_PASSWORD      (default: the development admin)
# Sign-ins, registrations and profile changes are rate limited per client address (RateLimits:Auth, 10 a minute by
# default); a run makes three of them (the admin's sign-in, the customer's registration and sign-in), so about three
# runs a minute fit, and a refusal is reported as the 429 it is.
set -euo pipefail
base=${1:-http://localhost:5080}
admin_email=${ADMIN_EMAIL:-admin@eci.local}
admin_password=${ADMIN_PASSWORD:-development-admin-password}
run=$(date +%s)-$RANDOM

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
headers=$(mktemp); trap 'rm -f "$headers"' EXIT
call() { # method path [token] [body] [idempotency-key]
  local args=(-sS -X "$1" "$base$2" -H 'Content-Type: application/json' -D "$headers" -w '\n%{http_code}')
  [ -n "${3:-}" ] && args+=(-H "Authorization: Bearer $3")
  [ -n "${4:-}" ] && args+=(-d "$4")
  [ -n "${5:-}" ] && args+=(-H "Idempotency-Key: $5")
  local out status
  out=$(curl "${args[@]}")
  status=${out##*$'\n'}
  if [ "$status" = 429 ]; then
    local retry; retry=$(grep -i '^retry-after:' "$headers" | tr -dc '0-9')
    echo "$1 $2 was refused with 429 Too Many Requests: the host's rate limit on sign-ins, registrations and" \
      "profile changes per client address (RateLimits:Auth) is used up. Run the demo again in ${retry:-60} s." >&2
    exit 1
  fi
  printf '%s\n' "${out%$'\n'*}"
}
expect() { # json jq-filter expected
  local got; got=$(jq -r "$2" <<<"$1")
  if [ "$got" != "$3" ]; then echo "expected $2 = $3, got $got:"; jq . <<<"$1"; exit 1; fi
  echo "  $2 = $got"
}

step "Admin signs in"
admin=$(call POST /v1/users/login "" "{\"email\":\"$admin_email\",\"password\":\"$admin_password\"}" | jq -r .access_token)
[ "$admin" != null ] || { echo "admin sign-in failed"; exit 1; }

step "Create a product and receive 5 units into a warehouse"
product=$(call POST /v1/products "$admin" "{\"sku\":\"DEMO-$run\",\"name\":\"Demo Kettle\",\"category\":\"Kitchen\",\"price\":1299.99}")
product_id=$(jq -r .id <<<"$product"); echo "  product $product_id at $(jq -r .price <<<"$product") $(jq -r .currency <<<"$product")"
call POST /v1/inventory/warehouses "$admin" "{\"code\":\"D$RANDOM$RANDOM\",\"name\":\"Demo\",\"priority\":1}" >/dev/null
warehouse=$(call GET /v1/inventory/warehouses "$admin" | jq -r '[.[] | select(.name=="Demo")] | last | .code')
stock=$(call POST /v1/inventory "$admin" "{\"product_id\":$product_id,\"warehouse\":\"$warehouse\",\"quantity\":5}")
expect "$stock" .available 5

step "A customer registers and signs in"
email="demo-$run@example.com"
customer=$(call POST /v1/users/register "" "{\"email\":\"$email\",\"full_name\":\"Demo Shopper\",\"password\":\"demo-password-1\"}")
customer_id=$(jq -r .id <<<"$customer")
token=$(call POST /v1/users/login "" "{\"email\":\"$email\",\"password\":\"demo-password-1\"}" | jq -r .access_token)
[ "$token" != null ] || { echo "customer sign-in failed"; exit 1; }
echo "  customer $customer_id"
ship_to='"shipping_address":{"line1":"12 MG Road","city":"Bengaluru","postal_code":"560001","country":"IN"}'

step "The customer orders 2 kettles; the confirmation is sent once the payment went through"
order=$(call POST /v1/orders "$token" "{\"items\":[{\"product_id\":$product_id,\"quantity\":2}],\"payment_method\":\"card\",$ship_to}" "demo-$run-1")
order_id=$(jq -r .id <<<"$order")
expect "$order" .status fulfilling
expect "$order" .payment_status paid
expect "$order" .total 2739.98
shipment_id=$(jq -r .shipment_id <<<"$order")

step "The shipment leaves, travels and arrives"
for status in shipped in_transit out_for_delivery delivered; do
  call PUT "/v1/shipments/$shipment_id/status" "$admin" "{\"status\":\"$status\"}" | jq -r '"  shipment " + .status'
done
for _ in $(seq 1 30); do
  state=$(call GET "/v1/orders/$order_id" "$token" | jq -r .status)
  [ "$state" = completed ] && break; sleep 1
done
[ "$state" = completed ] || { echo "order did not complete: $state"; exit 1; }
echo "  order $order_id is completed"
expect "$(call GET "/v1/inventory/$product_id" "$admin")" .on_hand 3

step "The customer's notifications"
# Notifications are queued from events and sent by a background worker: wait for the delivery one.
for _ in $(seq 1 30); do
  notifications=$(call GET "/v1/notifications?order_id=$order_id" "$token")
  [ "$(jq '[.items[] | select(.type == "order_delivered" and .status != "queued")] | length' <<<"$notifications")" -gt 0 ] && break; sleep 1
done
call GET /v1/notifications "$token" | jq -r '"  \(.total) notifications", (.items[] | "  \(.created_at)  \(.channel)  \(.status)  \(.type): \(.subject)")'
expect "$notifications" '[.items[] | select(.type == "order_confirmation")] | length' 1

step "A declined card: the order is cancelled, the stock released, and the customer gets one message"
declined=$(call POST /v1/orders "$token" "{\"items\":[{\"product_id\":$product_id,\"quantity\":1}],\"payment_method\":\"card\",\"payment_token\":\"tok_card_declined\",$ship_to}" "demo-$run-2")
expect "$declined" .status cancelled
expect "$declined" .cancellation_reason payment_declined
expect "$(call GET "/v1/inventory/$product_id" "$admin")" .available 3
for _ in $(seq 1 30); do
  told=$(call GET "/v1/notifications?order_id=$(jq -r .id <<<"$declined")" "$token")
  [ "$(jq '[.items[] | select(.type == "order_cancelled" and .status != "queued")] | length' <<<"$told")" -gt 0 ] && break; sleep 1
done
jq -r '.items[] | "  \(.channel)  \(.status)  \(.type): \(.subject)"' <<<"$told"
expect "$told" '[.items[] | .type] | join(",")' order_cancelled

step "More than is in stock: 409 insufficient_stock, and the attempt is kept as a cancelled order"
short=$(call POST /v1/orders "$token" "{\"items\":[{\"product_id\":$product_id,\"quantity\":4}],\"payment_method\":\"upi\",$ship_to}" "demo-$run-3")
expect "$short" .status 409
expect "$short" .code insufficient_stock
expect "$(call GET "/v1/orders/$(echo "$short" | jq -r .order_id)" "$token")" .cancellation_reason out_of_stock

step "The customer returns both kettles: one goes back on the shelf, one is written off, and all is refunded"
rma=$(call POST "/v1/orders/$order_id/returns" "$token" "{\"lines\":[{\"product_id\":$product_id,\"quantity\":2,\"reason\":\"changed my mind\"}]}" "demo-$run-4")
expect "$rma" .status requested
expect "$rma" .refund_amount 2739.98
received=$(call POST "/v1/returns/$(jq -r .id <<<"$rma")/receive" "$admin" \
  "{\"lines\":[{\"product_id\":$product_id,\"quantity\":1,\"disposition\":\"restock\",\"warehouse\":\"$warehouse\"},{\"product_id\":$product_id,\"quantity\":1,\"disposition\":\"write_off\",\"warehouse\":\"$warehouse\"}]}" \
  "demo-$run-5")
expect "$received" .status received
returned=$(call GET "/v1/orders/$order_id" "$token")
expect "$returned" .status returned
expect "$returned" .payment_status refunded
expect "$(call GET "/v1/payments/$(jq -r .payment_id <<<"$returned")" "$token")" .refunded_amount 2739.98
expect "$(call GET "/v1/inventory/$product_id" "$admin")" .on_hand 4
expect "$(call GET /v1/inventory/audit "$admin")" .consistent true
step "Stock in two warehouses: an order that needs both ships in two parcels and completes when both arrive"
lamp=$(call POST /v1/products "$admin" "{\"sku\":\"LAMP-$run\",\"name\":\"Demo Lamp\",\"category\":\"Home\",\"price\":499}")
lamp_id=$(jq -r .id <<<"$lamp")
north="N$RANDOM$RANDOM"; south="S$RANDOM$RANDOM"
call POST /v1/inventory/warehouses "$admin" "{\"code\":\"$north\",\"name\":\"Demo North\",\"priority\":1}" >/dev/null
call POST /v1/inventory/warehouses "$admin" "{\"code\":\"$south\",\"name\":\"Demo South\",\"priority\":1}" >/dev/null
call POST /v1/inventory "$admin" "{\"product_id\":$lamp_id,\"warehouse\":\"$north\",\"quantity\":2}" >/dev/null
expect "$(call POST /v1/inventory "$admin" "{\"product_id\":$lamp_id,\"warehouse\":\"$south\",\"quantity\":3}")" .available 5
split=$(call POST /v1/orders "$token" "{\"items\":[{\"product_id\":$lamp_id,\"quantity\":4}],\"payment_method\":\"card\",$ship_to}" "demo-$run-6")
split_id=$(jq -r .id <<<"$split")
expect "$split" .status fulfilling
parcels=$(call GET "/v1/shipments?order_id=$split_id" "$token")
expect "$parcels" .total 2
jq -r '.items[] | "  shipment \(.id) from \(.warehouse): \(.items | map("\(.quantity) × \(.name)") | join(", ")), \(.carrier) \(.tracking_number)"' <<<"$parcels"
expect "$parcels" '[.items[].tracking_number] | unique | length' 2
deliver() { # shipment id
  for status in shipped in_transit out_for_delivery delivered; do
    call PUT "/v1/shipments/$1/status" "$admin" "{\"status\":\"$status\"}" >/dev/null
  done
}
first=$(jq -r '.items[0].id' <<<"$parcels"); second=$(jq -r '.items[1].id' <<<"$parcels")
deliver "$first"
for _ in $(seq 1 30); do
  split=$(call GET "/v1/orders/$split_id" "$token")
  [ "$(jq -r --arg id "$first" '.shipments[] | select(.id == $id) | .status' <<<"$split")" = delivered ] && break; sleep 1
done
jq -r '.shipments[] | "  \(.warehouse): \(.status)"' <<<"$split"
expect "$split" .status fulfilling
deliver "$second"
for _ in $(seq 1 30); do
  split=$(call GET "/v1/orders/$split_id" "$token")
  [ "$(jq -r .status <<<"$split")" = completed ] && break; sleep 1
done
jq -r '.shipments[] | "  \(.warehouse): \(.status)"' <<<"$split"
expect "$split" .status completed
expect "$(call GET "/v1/inventory/$lamp_id" "$admin")" .on_hand 1

step "Done: the whole story ran"
