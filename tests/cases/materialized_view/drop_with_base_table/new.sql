-- materialized_view/drop_with_base_table: a materialized view and the table it reads are dropped together
create table keep (id integer primary key);
