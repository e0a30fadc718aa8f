-- Data for the pgbench checkout baseline, in the one database that holds every module's schema:
-- the same number of products with stock as the ECI run, one warehouse and one customer.
INSERT INTO inventory.warehouses (id, code, name, priority, is_active, created_at, updated_at, version)
  OVERRIDING SYSTEM VALUE VALUES (1, 'BENCH', 'Bench', 1, true, now(), now(), 1);
INSERT INTO catalog.products (id, sku, sku_key, name, search_name, category, category_key, price_minor, currency, is_active, created_at, updated_at, version)
  OVERRIDING SYSTEM VALUE
  SELECT i, 'SKU-' || i, 'SKU-' || i, 'Thing ' || i, 'THING ' || i, 'Home', 'HOME', 10000 + i, 'INR', true, now(), now(), 1
  FROM generate_series(1, :skus) AS i;
INSERT INTO inventory.stock_items (id, product_id, warehouse_id, on_hand, reserved, committed, updated_at)
  OVERRIDING SYSTEM VALUE
  SELECT i, i, 1, 1000000000, 0, 0, now() FROM generate_series(1, :skus) AS i;
INSERT INTO customers.customers (id, email, email_key, full_name, role, failed_logins, created_at, updated_at, version)
  OVERRIDING SYSTEM VALUE VALUES (1, 'c@bench.local', 'C@BENCH.LOCAL', 'Bench Shopper', 'customer', 0, now(), now(), 1);
