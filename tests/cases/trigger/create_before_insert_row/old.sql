-- trigger/create_before_insert_row: a BEFORE INSERT FOR EACH ROW trigger and its function are created
create table t (id integer primary key, name text, created_at timestamptz);
