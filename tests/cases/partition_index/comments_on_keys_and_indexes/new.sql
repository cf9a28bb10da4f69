-- partition_index/comments_on_keys_and_indexes: comments on a partitioned table's primary key, unique constraint, foreign key, check and indexes are added, changed and removed
create table customers (id integer primary key);
create table orders (id bigint not null, placed date not null, customer_id integer, ref text,
    constraint orders_pkey primary key (id, placed),
    constraint orders_ref_key unique (ref, placed),
    constraint orders_customer_fkey foreign key (customer_id) references customers (id),
    constraint orders_id_check check (id > 0)) partition by range (placed);
create index orders_customer_idx on orders (customer_id);
create index orders_ref_idx on orders (lower(ref));
create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
comment on constraint orders_pkey on orders is 'the key: id and day';
comment on constraint orders_ref_key on orders is 'ref is unique per day';
comment on constraint orders_customer_fkey on orders is 'who ordered';
comment on index orders_customer_idx is 'lookup by customer; it''s partitioned';
comment on index orders_ref_idx is 'new ref';
