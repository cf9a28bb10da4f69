-- table_option/unchanged_options_with_new_column: an unlogged table with storage parameters and replica identity FULL gains a column; its options stay untouched
create unlogged table cache_entries (key text primary key, value text)
    with (autovacuum_enabled = false, fillfactor = 60, toast.autovacuum_enabled = false);
alter table cache_entries replica identity full;
insert into cache_entries values ('a', 'one'), ('b', 'two');
