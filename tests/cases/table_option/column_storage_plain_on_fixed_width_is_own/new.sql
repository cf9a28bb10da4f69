-- table_option/column_storage_plain_on_fixed_width_is_own: storage PLAIN on integer and timestamptz columns and MAIN on a numeric column is the type's own storage: nothing to do
create table counters (id integer primary key, hits bigint not null, ratio numeric(5, 2), updated_at timestamptz);
alter table counters alter column hits set storage plain;
alter table counters alter column ratio set storage main;
alter table counters alter column updated_at set storage plain;
