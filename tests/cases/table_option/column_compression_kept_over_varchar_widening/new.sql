-- table_option/column_compression_kept_over_varchar_widening: a varchar(20) column compressed with pglz widens to varchar(50) (no rewrite) and keeps pglz (the type change resets it)
create table customers (id integer primary key, nickname varchar(50) compression pglz);
