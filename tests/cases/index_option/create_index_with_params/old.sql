-- index_option/create_index_with_params: a new btree index is built with deduplicate_items and fillfactor
create table events (id bigint primary key, kind text not null, at timestamptz not null);
insert into events values (1, 'login', now()), (2, 'logout', now()), (3, 'login', now());
