-- Runs once, when the data volume is first initialised, after the image has created the eci user (MYSQL_USER). The
-- host needs no database created in advance: `migrate` creates eci_orders and eci_shipping. The eci user may create
-- and use databases named eci_* and nothing else.
GRANT ALL PRIVILEGES ON `eci\_%`.* TO 'eci'@'%';
