-- a domain that types an attribute of a composite type (used by no table) changes base type integer -> bigint
create domain positive_qty as bigint constraint positive_qty_check check (value > 0);
create type order_line as (sku text, qty positive_qty);
