-- table_option/unlogged_tables_with_index_and_foreign_key: two new unlogged tables, one with an index and a foreign key to the other
create unlogged table batches (id integer primary key, label text not null);
create unlogged table batch_items (
    id integer primary key,
    batch_id integer not null references batches (id) on delete cascade,
    item text
);
create index batch_items_batch_id_idx on batch_items (batch_id);
