-- view/drop_table_and_view: a table and the view reading it are both dropped
create table keep (id integer);
